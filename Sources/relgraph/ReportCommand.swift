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
            Every file is written to a temporary name first and all are renamed at the
            end (the ones already renamed are put back if one fails), so a failure
            leaves the previous report intact. Progress goes to stderr when it is a
            terminal.

            Examples:
              relgraph report examples/articles -o output
              relgraph report graph.json -o out --size-by betweenness --layout sfdp
              relgraph report articles/ -o out --top 150 --cluster-by none
              relgraph report graph.json -o out --highlight-path Hungary Sweden
              relgraph report --store corpus.sqlite --since 2024-01 --until 2024-06 -o h1

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
    }

    func run() throws {
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
        // Eigenvector centrality may not converge (bipartite graphs): size by degree then.
        let sizeScores = try (try? GraphSelection.scores(sizeBy, of: graph, source: source))
            ?? GraphSelection.scores("degree", of: graph, source: source)
        let rankBy = selection.topBy ?? sizeBy
        let rankScores = rankBy == sizeBy ? sizeScores : try GraphSelection.scores(rankBy, of: graph, source: source)
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
        let nodeScores = Dictionary(uniqueKeysWithValues: sizeScores.ranked().map { ($0.id, $0.score) })
        let highlight = selected.highlight
        let seed = seed
        let drawing = ReportDrawing.start(
            selected.graph, layout: drawnLayout, isAutomatic: requestedEngine == nil, source: source, seed: seed
        ) { layout in
            DOTWriter.Options(
                graphName: "relgraph", nodeScores: nodeScores, clusterBy: layout.clusterBy, showsLegend: true,
                highlight: highlight, graphAttributes: layout.graphAttributes, seed: seed)
        }

        progress.update("analysing \(graph.entityCount) entities, \(graph.relationCount) relations")
        let analysis = try ReportAnalysis(graph: graph, seed: UInt64(seed))
        let json = try GraphJSON.encode(graph)
        let graphML = Data(try GraphMLWriter().write(graph).utf8)
        let csv = try CSVWriter().write(analysis.graphWithScores(graph))

        progress.update("drawing")
        let drawn = try drawing.value()
        let dot = drawn.dot

        progress.update("writing the page")
        let input = ReportInput(
            title: ReportInputs.title(title ?? ReportInputs.title(for: inputs, graph: graph), selecting: storeOptions),
            graph: graph,
            svg: String(decoding: drawn.svg, as: UTF8.self),
            measures: analysis.columns,
            communities: analysis.communities.map { $0.map { $0 } },
            modularity: analysis.modularity,
            generated: ReportInputs.generatedStamp())
        let html: String
        do {
            html = try ReportPage.html(for: input)
        } catch let error as ReportError {
            throw CLIError.input("report page: \(error)")
        }
        let summary = ReportSummary.markdown(for: input)

        progress.update("writing \(output)")
        try ReportOutput.write(
            [
                .init(name: "graph.json", data: json),
                .init(name: "graph.dot", data: Data(dot.utf8)),
                .init(name: "graph.graphml", data: graphML),
                .init(name: "nodes.csv", data: Data(csv.nodes.utf8)),
                .init(name: "edges.csv", data: Data(csv.edges.utf8)),
                .init(name: "graph.svg", data: drawn.svg),
                .init(name: "graph.png", data: drawn.png),
                .init(name: "report.html", data: Data(html.utf8)),
                .init(name: "summary.md", data: Data(summary.utf8)),
            ], into: output)
    }

    private static func engine(named name: String) throws -> LayoutEngine {
        do {
            return try LayoutEngine(parsing: name)
        } catch {
            throw ValidationError("\(error)")
        }
    }
}
