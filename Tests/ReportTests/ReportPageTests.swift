import Foundation
import GraphModel
import Testing
@testable import Report
import Digest

@Suite struct ReportPageTests {
    static let dataOpening = #"<script type="application/json" id="relgraph-data">"#

    /// The text of the page's data block.
    static func dataBlock(of page: String) throws -> String {
        let start = try #require(page.range(of: dataOpening)).upperBound
        let end = try #require(page.range(of: "</script>", range: start..<page.endIndex)).lowerBound
        return String(page[start..<end])
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// A graph whose names, aliases, attributes and sentences try to break out of the page.
    static let hostileInput: ReportInput = {
        var graph = Graph()
        let scriptName = "<script>alert(1)</script>"
        graph.add(Entity(kind: .person, name: scriptName, aliases: [#"" onmouseover="x"#],
                         attributes: ["role": "</script><script>window.__pwned=1</script>"]))
        graph.add(Entity(kind: .organization, name: "<img src=x onerror=alert(1)> & <!-- co"))
        try! graph.add(Relation(
            kind: .statement, source: EntityID(kind: .person, name: scriptName),
            target: EntityID(kind: .organization, name: "<img src=x onerror=alert(1)> & <!-- co"),
            attributes: ["tone": "' onclick='x"],
            evidence: [Evidence(
                document: "</script><script>alert(2)</script>.txt",
                sentence: "He said \u{2028}</script><script>window.__pwned=1</script>\u{2029} <!-- and -->.",
                start: 0, end: 60, date: "\"June\"")]))
        return ReportInput(
            title: "<title>Hostile</title>", graph: graph, svg: SVGSanitizerTests.graphvizSVG,
            measures: [MeasureColumn(name: "<b>degree</b>", values: [EntityID(kind: .person, name: scriptName): 1])],
            communities: [graph.entities.map(\.id)], modularity: 0, generated: "<now>")
    }()

    @Test func pageIsOneSelfContainedDocument() throws {
        let page = try ReportPage.html(for: SampleReport.input(svg: SVGSanitizerTests.graphvizSVG))
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(Self.occurrences(of: "<html", in: page) == 1)
        #expect(Self.occurrences(of: "</html>", in: page) == 1)
        #expect(Self.occurrences(of: "<body>", in: page) == 1)
        #expect(Self.occurrences(of: "<svg", in: page) == 1)
        #expect(Self.occurrences(of: "<style>", in: page) == 1)
        // Two scripts: the data block and the inline code; nothing loaded from elsewhere.
        #expect(Self.occurrences(of: "<script", in: page) == 2)
        #expect(Self.occurrences(of: "</script>", in: page) == 2)
        #expect(!page.contains("<script src"))
        #expect(!page.contains("<link"))
        #expect(!page.contains("@import"))
        for id in ["search", "panel", "viewport", "zoom-in", "zoom-out", "zoom-fit", "legend", "top-entities", "communities"] {
            #expect(page.contains("id=\"\(id)\""), "missing #\(id)")
        }
        #expect(page.contains("<h1>Diplomacy in the South Caucasus, 2024</h1>"))
        #expect(page.contains("17 entities · 29 relations · 35 sentences from 4 documents"))
    }

    @Test func dataBlockParsesBackToTheInput() throws {
        let input = SampleReport.input()
        let page = try ReportPage.html(for: input)
        let block = try Self.dataBlock(of: page)
        #expect(try JSONSerialization.jsonObject(with: Data(block.utf8)) is [String: Any])
        let data = try JSONDecoder().decode(ReportPageData.self, from: Data(block.utf8))
        #expect(data.format == "relgraph-report")
        #expect(data.version == 1)
        #expect(data.title == input.title)
        #expect(data.generated == input.generated)
        #expect(data.entities == input.graph.entities)
        #expect(data.relations == input.graph.relations)
        #expect(try Graph(entities: data.entities, relations: data.relations) == input.graph)
        #expect(data.measures.map(\.name) == ["pagerank", "degree"])
        for (measure, column) in zip(data.measures, input.measures) {
            #expect(measure.values == Dictionary(uniqueKeysWithValues: column.values.map { ($0.key.rawValue, $0.value) }))
        }
        #expect(data.communities == input.communities)
        #expect(data.modularity == input.modularity)
    }

    @Test func hostileTextStaysData() throws {
        let input = Self.hostileInput
        let page = try ReportPage.html(for: input)
        // Only the page's own two script elements exist; data never opens or closes one.
        #expect(Self.occurrences(of: "<script", in: page) == 2)
        #expect(Self.occurrences(of: "</script>", in: page) == 2)
        #expect(!page.contains("alert(1)</script>"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("onmouseover=\""))
        #expect(!page.contains("\u{2028}"))
        #expect(!page.contains("\u{2029}"))
        #expect(!page.contains("<!-- co"))
        #expect(page.contains("<title>&lt;title&gt;Hostile&lt;/title&gt;</title>"))
        #expect(page.contains("generated &lt;now&gt;"))
        // Escaped, yet every string comes back exactly.
        let data = try JSONDecoder().decode(ReportPageData.self, from: Data(try Self.dataBlock(of: page).utf8))
        #expect(data.entities == input.graph.entities)
        #expect(data.relations == input.graph.relations)
        #expect(data.title == input.title)
        #expect(data.measures.map(\.name) == ["<b>degree</b>"])
    }

    @Test func pageHasNoExternalReferences() throws {
        var input = SampleReport.input(svg: SVGSanitizerTests.graphvizSVG)
        input.graph.add(Entity(kind: .organization, name: "Example", attributes: ["site": "example.org"]))
        let page = try ReportPage.html(for: input)
        let allowed: Set<String> = ["http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink", "http://www.w3.org/1999/xhtml"]
        let urls = try Regex(#"https?://[^\s"'<>)]*"#)
        for match in page.matches(of: urls) {
            #expect(allowed.contains(String(page[match.range])), "external reference \(page[match.range])")
        }
        #expect(page.contains("default-src 'none'"))
    }

    @Test func policyAllowsExactlyThePageScript() throws {
        let page = try ReportPage.html(for: SampleReport.input())
        let start = try #require(page.range(of: "<script>")).upperBound
        let end = try #require(page.range(of: "</script>", range: start..<page.endIndex)).lowerBound
        let hash = Data(SHA256.digest(Array(page[start..<end].utf8))).base64EncodedString()
        #expect(page.contains("script-src 'sha256-\(hash)';"))
        #expect(!page.contains("unsafe-eval"))
        #expect(Self.occurrences(of: "'unsafe-inline'", in: page) == 1)  // styles only
    }

    @Test func sameInputGivesSameBytes() throws {
        let input = SampleReport.input(svg: SVGSanitizerTests.graphvizSVG)
        let first = try ReportPage.html(for: input)
        #expect(try ReportPage.html(for: input) == first)
        // The same graph built in another order gives the same page.
        let graph = SampleReport.graph
        let rebuilt = try Graph(entities: graph.entities.reversed(), relations: graph.relations.reversed())
        var other = input
        other.graph = rebuilt
        other.measures = input.measures.map { MeasureColumn(name: $0.name, values: Dictionary(uniqueKeysWithValues: $0.values.reversed().map { ($0.key, $0.value) })) }
        #expect(try ReportPage.html(for: other) == first)
    }

    @Test func worksWithoutADrawingAndRejectsABrokenOne() throws {
        let page = try ReportPage.html(for: SampleReport.input(svg: ""))
        #expect(page.contains("No drawing was made for this graph."))
        #expect(!page.contains("<svg"))
        #expect(throws: ReportError.invalidDrawing("no <svg> element")) {
            try ReportPage.html(for: SampleReport.input(svg: "Error: syntax error in line 1"))
        }
    }

    @Test func leavesNonFiniteScoresOut() throws {
        var input = SampleReport.input()
        input.measures = [MeasureColumn(name: "closeness", values: ["country/azerbaijan": .nan, "country/hungary": 0.5])]
        input.modularity = .infinity
        let data = try JSONDecoder().decode(
            ReportPageData.self, from: Data(try Self.dataBlock(of: try ReportPage.html(for: input)).utf8))
        #expect(data.measures == [.init(name: "closeness", values: ["country/hungary": 0.5])])
        #expect(data.modularity == nil)
    }

    @Test func everyElementTheScriptLooksUpIsOnThePage() throws {
        let script = try ReportAssets.text(named: "report.js")
        let page = try ReportPage.html(for: SampleReport.input())
        let lookups = script.matches(of: try Regex(#"getElementById\("([^"]+)"\)"#))
        #expect(lookups.count >= 10)
        for lookup in lookups {
            let id = try #require(lookup.output[1].substring)
            #expect(page.contains("id=\"\(id)\""), "the script looks up #\(id), which the page lacks")
        }
    }

    @Test func scriptAssetCannotEndItsElement() throws {
        let script = try ReportAssets.text(named: "report.js")
        #expect(!script.lowercased().contains("</script"))
        #expect(!script.contains("innerHTML"))
        #expect(!script.contains("insertAdjacentHTML"))
        #expect(!script.contains("document.write"))
        #expect(!script.contains("eval("))
        #expect(throws: ReportError.missingAsset("missing.js")) { try ReportAssets.text(named: "missing.js") }
    }
}
