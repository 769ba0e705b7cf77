import Foundation
import GraphModel
internal import Digest

/// The report's HTML page: one self-contained file to explore a graph in a browser.
///
/// The page inlines its style sheet, its script, the Graphviz drawing and the data,
/// and loads nothing: it works from a file, offline. Its script offers pan and zoom,
/// search by name or alias, tooltips, a side panel with a clicked node's or edge's
/// relations and evidence, a sortable table of top entities and the communities.
///
/// Names and sentences come from articles and are untrusted. They reach the page as
/// escaped JSON and are rendered with `textContent` only; the drawing is sanitised;
/// and a Content-Security-Policy allows only the page's own script, by hash.
public enum ReportPage {
    /// The page for `input`, as HTML. The same input gives the same bytes.
    ///
    /// - Throws: `ReportError.invalidDrawing` when `input.svg` is not empty and not an
    ///   SVG document; `ReportError.missingAsset` when the build lacks the page's assets;
    ///   `ReportError.unencodableNumber` for a relation weight that is not finite.
    /// - Complexity: O(*n* + *m* + *s*) in entities, relations and drawing size, plus sorting.
    public static func html(for input: ReportInput) throws -> String {
        let style = try ReportAssets.text(named: "report.css")
        let script = try ReportAssets.text(named: "report.js")
        let drawing = try SVGSanitizer.sanitize(input.svg)
        let relations = input.graph.relations  // sorted on each call: once here
        let data = try ReportPageData(input, relations: relations).json()
        let scriptHash = Data(SHA256.digest(Array(script.utf8))).base64EncodedString()
        let policy = [
            "default-src 'none'",
            "script-src 'sha256-\(scriptHash)'",
            "style-src 'unsafe-inline'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ].joined(separator: "; ")
        let title = HTMLEscaping.escape(input.title)

        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="\(policy)">
            <meta name="generator" content="relgraph">
            <title>\(title)</title>
            <style>
            \(style)</style>
            </head>
            <body>
            <header class="top">
            <div class="heading">
            <h1>\(title)</h1>
            <p class="meta">\(HTMLEscaping.escape(overview(of: input, relations: relations)))</p>
            </div>
            <div class="search" role="search">
            <input id="search" type="search" placeholder="Search entities by name or alias" \
            autocomplete="off" spellcheck="false" aria-label="Search entities" aria-controls="search-results">
            <ul id="search-results" class="search-results" role="listbox" hidden></ul>
            </div>
            </header>
            <main class="layout">
            <section class="canvas" id="canvas" aria-label="Graph drawing">
            <div class="viewport" id="viewport">

            """
        page += drawing.isEmpty ? "<p class=\"no-drawing\">No drawing was made for this graph.</p>" : drawing
        page += """

            </div>
            <div class="zoom-controls" role="toolbar" aria-label="Zoom">
            <button type="button" id="zoom-in" title="Zoom in" aria-label="Zoom in">+</button>
            <button type="button" id="zoom-out" title="Zoom out" aria-label="Zoom out">&#8722;</button>
            <button type="button" id="zoom-fit" title="Fit the graph to the view">Fit</button>
            </div>
            <div class="legend" id="legend" aria-label="Legend"></div>
            <div class="tooltip" id="tooltip" role="tooltip" hidden></div>
            </section>
            <aside class="panel" id="panel" aria-live="polite">
            <div class="panel-empty">
            <h2>Details</h2>
            <p>Search for an entity, or click a node or an edge of the drawing, to see its \
            relations and the sentences that support them.</p>
            </div>
            </aside>
            </main>
            <section class="cards">
            <div class="card" id="top-entities">
            <h2>Top entities</h2>
            <noscript><p>This page needs JavaScript for its tables; summary.md has the same figures.</p></noscript>
            </div>
            <div class="card" id="communities">
            <h2>Communities</h2>
            </div>
            </section>
            <footer class="foot">Made by relgraph · generated \(HTMLEscaping.escape(input.generated))</footer>
            <script type="application/json" id="relgraph-data">\(data)</script>
            <script>\(script)</script>
            </body>
            </html>

            """
        return page
    }

    /// "18 entities · 27 relations · 41 sentences from 6 documents".
    static func overview(of input: ReportInput, relations: [Relation]) -> String {
        let sentences = relations.reduce(0) { $0 + $1.evidence.count }
        let documents = Set(relations.flatMap { $0.evidence.map(\.document) }).count
        func count(_ n: Int, _ noun: String, _ plural: String? = nil) -> String {
            "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
        }
        return [
            count(input.graph.entityCount, "entity", "entities"),
            count(relations.count, "relation"),
            "\(count(sentences, "sentence")) from \(count(documents, "document"))",
        ].joined(separator: " · ")
    }
}
