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
            end, so a failure leaves the previous report intact.

            Examples:
              relgraph report examples/articles -o output
              relgraph report graph.json -o out --size-by betweenness --layout sfdp
              relgraph report articles/ -o out --top 150 --cluster-by none
            """)

    @Argument(help: "Articles, folders of articles, or graph files.")
    var inputs: [String]

    @Option(name: [.short, .customLong("output")], help: "The folder to write into (created if missing).")
    var output = "output"

    @Option(help: "The measure that sizes the nodes: pagerank, betweenness, degree, eigenvector or closeness.")
    var sizeBy = "pagerank"

    @Option(help: "Group persons with their country in the drawing: country or none (drawn by dot only).")
    var clusterBy = "country"

    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")) (default: by size).")
    var layout: String?

    @Option(help: "Draw only the N most central entities (by --size-by); the files keep the whole graph.")
    var top: Int?

    @Option(help: "The page's title (default: from the inputs).")
    var title: String?

    @Option(help: "Random seed of the layout and the community search.")
    var seed = 1

    @Flag(help: "Print no progress on standard error.")
    var quiet = false

    static let measureNames = ["pagerank", "betweenness", "degree", "eigenvector", "closeness"]

    func validate() throws {
        guard Self.measureNames.contains(sizeBy) else {
            throw ValidationError("unknown measure '\(sizeBy)' for --size-by (valid: \(Self.measureNames.joined(separator: ", ")))")
        }
        guard ["country", "none"].contains(clusterBy) else {
            throw ValidationError("unknown clustering '\(clusterBy)' (valid: country, none)")
        }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if let layout { _ = try Self.engine(named: layout) }
    }

    func run() throws {
        let progress = ProgressReporter(quiet: quiet)
        defer { progress.finish() }
        let graph = try ReportInputs.load(inputs, progress: progress)
        guard !graph.isEmpty else {
            throw CLIError.input("\(inputs.joined(separator: " ")): no entities found; nothing to report")
        }

        progress.update("analysing \(graph.entityCount) entities, \(graph.relationCount) relations")
        let analysis = try ReportAnalysis(graph: graph, seed: UInt64(seed))

        progress.update("drawing")
        var drawn = graph
        if let top, graph.entityCount > top {
            let kept = Set(analysis.scores(sizeBy).ranked(top: top).map(\.id))
            drawn = graph.filteringEntities { kept.contains($0.id) }
        }
        let engine = try layout.map(Self.engine(named:))
            ?? LayoutEngine.suggested(nodeCount: drawn.entityCount, edgeCount: drawn.relationCount)
        // Refuse rather than hang: dot grows faster than quadratically.
        if layout != nil, engine.isTooSlow(nodeCount: drawn.entityCount, edgeCount: drawn.relationCount) {
            throw CLIError.usage(
                "--layout \(engine) would take minutes on \(drawn.entityCount) entities and \(drawn.relationCount) "
                    + "relations; draw fewer with --top 150, or use --layout sfdp")
        }
        let sizeScores = analysis.scores(sizeBy)
        let options = DOTWriter.Options(
            graphName: "relgraph",
            nodeScores: Dictionary(uniqueKeysWithValues: sizeScores.ranked().map { ($0.id, $0.score) }),
            clusterBy: clusterBy == "country" && engine == .dot ? .country : nil,
            showsLegend: true,
            graphAttributes: engine.suggestedGraphAttributes,
            seed: seed)
        let dot = DOTWriter(options: options).write(drawn)
        let renderer = GraphvizRenderer(seed: seed)
        let svg: Data
        let png: Data
        do {
            svg = try renderer.render(dot: dot, engine: engine, format: .svg, source: "graph.dot")
            png = try renderer.render(dot: dot, engine: engine, format: .png, source: "graph.dot")
        } catch let error as GraphvizError {
            throw CLIError.input("\(inputs.joined(separator: " ")): drawing failed: \(error)")
        }

        progress.update("writing the page")
        let input = ReportInput(
            title: title ?? ReportInputs.title(for: inputs, graph: graph),
            graph: graph,
            svg: String(decoding: svg, as: UTF8.self),
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

        let scored = analysis.graphWithScores(graph)
        let csv = try CSVWriter().write(scored)
        try createDirectory(output)
        let directory = URL(fileURLWithPath: output)
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
        try OutputFile.writeAll([
            (path("graph.json"), try GraphJSON.encode(graph)),
            (path("graph.dot"), Data(dot.utf8)),
            (path("graph.graphml"), Data(try GraphMLWriter().write(graph).utf8)),
            (path("nodes.csv"), Data(csv.nodes.utf8)),
            (path("edges.csv"), Data(csv.edges.utf8)),
            (path("graph.svg"), svg),
            (path("graph.png"), png),
            (path("report.html"), Data(html.utf8)),
            (path("summary.md"), Data(summary.utf8)),
        ])
    }

    private static func engine(named name: String) throws -> LayoutEngine {
        do {
            return try LayoutEngine(parsing: name)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    private func createDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw CLIError.input("\(path): exists and is not a directory") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw CLIError.input("\(path): cannot create directory: \(error.localizedDescription)")
        }
    }
}

