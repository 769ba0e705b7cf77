import Analysis
import ArgumentParser
import Foundation
import GraphFormats
import GraphModel
import Graphviz
import Report

/// `relgraph report`: articles (or a graph) in; graph files, drawings, a page and a summary out.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Extract, analyse and draw: write a graph, images, an HTML page and a summary.",
        discussion: """
            INPUT is articles (.txt files or folders of them) or graphs in any format
            relgraph reads; all inputs are merged. DIR receives graph.json, graph.dot,
            graph.graphml, nodes.csv and edges.csv (with centrality columns), graph.svg
            and graph.png (drawn in process by Graphviz), report.html (one self-contained
            page: pan, zoom, search, evidence of every relation) and summary.md.
            --formats writes only some of them (--formats svg,html: the drawing and
            the page), and skips the work of the others; files not asked for are left
            as they are. Every file is written to a temporary name first and all are
            renamed at the end (the ones already renamed are put back if one fails),
            so a failure leaves the previous report intact. Progress goes to stderr
            when it is a terminal.

            Examples:
              relgraph report examples/articles -o output
              relgraph report graph.json -o out --size-by betweenness --layout sfdp
              relgraph report articles/ -o out --top 150 --cluster-by none
              relgraph report graph.json -o out --highlight-path Hungary Sweden
              relgraph report --store corpus.sqlite --since 2024-01 --until 2024-06 -o h1
              relgraph report graph.json -o out --formats svg,html

            The selection options (as in relgraph render) choose what graph.svg,
            graph.png and the page's drawing show; graph.json, graph.dot (the drawn
            part, styled), the tables and the page's data keep the whole graph.
            --top ranks by --size-by unless --top-by says otherwise.
            The layout engine follows the size of what is drawn (dot, neato, sfdp);
            a dot drawing more than 3 times wider than tall is laid out again by
            neato. Clusters (--cluster-by country) are drawn by dot and fdp only.
            """)

    @Argument(help: "Articles, folders of articles, graph files, or corpus stores.")
    var inputs: [String] = []

    @Option(name: [.short, .customLong("output")], help: "The folder to write into (created if missing).")
    var output = "output"

    @Option(
        help: ArgumentHelp(
            "The files to write, comma-separated: \(ReportFile.validNames) (default: all). "
                + "html is report.html, md summary.md, csv nodes.csv and edges.csv.",
            valueName: "formats"))
    var formats: String?

    @Option(help: "The measure that sizes the nodes: pagerank, betweenness, degree, eigenvector or closeness.")
    var sizeBy = "pagerank"

    @Option(help: "Group persons with their country in the drawing: country or none (drawn by dot and fdp only).")
    var clusterBy = "country"

    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")) (default: by size).")
    var layout: String?

    @Option(help: "The page's title (default: from the inputs).")
    var title: String?

    @Option(help: "Random seed of the layout and the community search.")
    var seed = 1

    @Flag(help: "Print no progress on standard error.")
    var quiet = false

    @OptionGroup(title: "Selection (what is drawn; the files keep the whole graph)") var selection: GraphSelection

    @OptionGroup var storeOptions: StoreOptions

    static let measureNames = GraphSelection.measureNames

    func validate() throws {
        guard Self.measureNames.contains(sizeBy) else {
            throw ValidationError("unknown measure '\(sizeBy)' for --size-by (valid: \(Self.measureNames.joined(separator: ", ")))")
        }
        guard ["country", "none"].contains(clusterBy) else {
            throw ValidationError("unknown clustering '\(clusterBy)' (valid: country, none)")
        }
        if let layout { _ = try Self.engine(named: layout) }
        if let formats { _ = try ReportFile.parse(formats) }
    }

    func run() throws {
        let files = try formats.map { try ReportFile.parse($0) } ?? Set(ReportFile.allCases)
        let progress = ProgressReporter(quiet: quiet)
        defer { progress.finish() }
        let inputs = try storeOptions.inputs(self.inputs)
        let graph = try ReportInputs.load(inputs, store: storeOptions, progress: progress)
        guard !graph.isEmpty else {
            throw CLIError.input("\(inputs.joined(separator: " ")): no entities found; nothing to report")
        }

        // The drawing needs only the measure that sizes (and ranks) the nodes: it starts
        // at once, and Graphviz lays out while the other measures are computed.
        progress.update("drawing \(graph.entityCount) entities, \(graph.relationCount) relations")
        let source = inputs.joined(separator: " ")
        let index = try ReportAnalysis.index(of: graph)
        // Eigenvector centrality may not converge (bipartite graphs): size by degree then.
        let sized = try? GraphSelection.scores(sizeBy, of: index, source: source)
        let sizeScores = try sized ?? GraphSelection.scores("degree", of: index, source: source)
        let rankBy = selection.topBy ?? sizeBy
        let rankScores = rankBy == sizeBy ? sizeScores : try GraphSelection.scores(rankBy, of: index, source: source)
        let selected = try selection.select(
            from: graph, rankingBy: sizeBy, precomputed: { $0 == rankBy ? rankScores : nil }, source: source)
        let requestedEngine = try layout.map(Self.engine(named:))
        let drawnLayout = RenderLayout(
            for: selected.graph, engine: requestedEngine, clusterBy: clusterBy == "country" ? .country : nil)
        // Refuse rather than hang: dot grows faster than quadratically.
        if requestedEngine != nil,
            drawnLayout.engine.isTooSlow(nodeCount: selected.graph.entityCount, edgeCount: selected.graph.relationCount)
        {
            throw CLIError.usage(
                "--layout \(drawnLayout.engine) would take minutes on \(selected.graph.entityCount) entities and "
                    + "\(selected.graph.relationCount) relations; draw fewer with --top 150, or use --layout sfdp")
        }
        let nodeScores = ReportAnalysis.values(sizeScores)
        let highlight = selected.highlight
        let seed = seed
        // Only what is written is drawn: the page embeds the SVG.
        let images = (files.contains(.svg) || files.contains(.html) ? [RenderFormat.svg] : [])
            + (files.contains(.png) ? [.png] : [])
        let drawing = images.isEmpty && !files.contains(.dot) ? nil : ReportDrawing.start(
            selected.graph, as: images, layout: drawnLayout, isAutomatic: requestedEngine == nil, source: source,
            seed: seed
        ) { layout in
            DOTWriter.Options(
                graphName: "relgraph", nodeScores: nodeScores, clusterBy: layout.clusterBy, showsLegend: true,
                highlight: highlight, graphAttributes: layout.graphAttributes, seed: seed)
        }

        progress.update("analysing \(graph.entityCount) entities, \(graph.relationCount) relations")
        var known = [sizeScores.measure: sizeScores]
        known[rankScores.measure] = rankScores
        let analysis = files.contains(where: \.needsAnalysis)
            ? ReportAnalysis(index: index, seed: UInt64(seed), known: known) : nil
        var written: [String: Data] = [:]
        if files.contains(.json) { written["graph.json"] = try GraphJSON.encode(graph) }
        if files.contains(.graphml) { written["graph.graphml"] = Data(try GraphMLWriter().write(graph).utf8) }
        if files.contains(.csv), let analysis {
            let csv = try CSVWriter().write(analysis.graphWithScores(graph))
            written["nodes.csv"] = Data(csv.nodes.utf8)
            written["edges.csv"] = Data(csv.edges.utf8)
        }

        progress.update("drawing")
        // The SVG comes before the PNG is made: the page is built while Graphviz rasterises.
        let svg = images.contains(.svg) ? try drawing?.value(.svg).data : nil
        if files.contains(.svg) { written["graph.svg"] = svg }
        if let analysis, files.contains(.html) || files.contains(.md) {
            progress.update("writing the page")
            let input = ReportInput(
                title: ReportInputs.title(title ?? ReportInputs.title(for: inputs, graph: graph), selecting: storeOptions),
                graph: graph,
                svg: files.contains(.html) ? String(decoding: svg ?? Data(), as: UTF8.self) : "",
                measures: analysis.columns,
                communities: analysis.communities,
                modularity: analysis.modularity,
                generated: ReportInputs.generatedStamp())
            if files.contains(.html) {
                do {
                    written["report.html"] = Data(try ReportPage.html(for: input).utf8)
                } catch let error as ReportError {
                    throw CLIError.input("report page: \(error)")
                }
            }
            if files.contains(.md) { written["summary.md"] = Data(ReportSummary.markdown(for: input).utf8) }
        }
        if let drawn = try drawing?.value() {
            if files.contains(.dot) { written["graph.dot"] = Data(drawn.dot.utf8) }
            if files.contains(.png) { written["graph.png"] = drawn.data[.png] }
        }

        progress.update("writing \(output)")
        // In a fixed order (json, dot, graphml, csv, svg, png, html, md): the page and
        // the summary are renamed into place last.
        try ReportOutput.write(
            ReportFile.allCases.filter(files.contains).flatMap(\.fileNames).map { name in
                ReportOutput.File(name: name, data: written[name]!)
            }, into: output)
    }

    private static func engine(named name: String) throws -> LayoutEngine {
        do {
            return try LayoutEngine(parsing: name)
        } catch {
            throw ValidationError("\(error)")
        }
    }
}
