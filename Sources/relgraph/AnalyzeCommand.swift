import Analysis
import CorpusStore
import ArgumentParser
import Foundation
import GraphModel

/// `relgraph analyze`: centrality measures of every entity, ranked.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Rank entities by centrality: who is central, who brokers between camps.",
        discussion: """
            Measures (networkx's definitions and defaults): degree, in-degree, out-degree,
            strength (weighted degree), betweenness, closeness (Wasserman–Faust), harmonic,
            eigenvector, pagerank, katz, core (k-core number). Rows are sorted by
            the first measure, highest first, ties by id.

            Examples:
              relgraph analyze graph.json --measure betweenness --top 10
              relgraph analyze graph.json --measure pagerank,degree --relations meeting --format csv
              relgraph analyze edges.edgelist --measure betweenness --samples 256 -o scores.csv
              relgraph analyze --store corpus.sqlite --since 2024-01 --until 2024-06
              relgraph analyze --store corpus.sqlite --every month --measure pagerank -o trend.csv
            """)

    static let measures = [
        "degree", "in-degree", "out-degree", "strength", "betweenness", "closeness", "harmonic",
        "eigenvector", "pagerank", "katz", "core",
    ]

    @Argument(help: "The graph: any format relgraph reads (edge lists too), a corpus store, or - for stdin.")
    var graph: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Measures, comma-separated (\(measures.joined(separator: ", "))).", valueName: "list"))
    var measure: String = "degree,betweenness,pagerank"

    @Option(name: .long, help: "How many entities to list (0: all). Default: 10 in a table, all in CSV and JSON.")
    var top: Int?

    @Option(name: .long, help: "Output format: table, csv or json.")
    var format: String = "table"

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String = "-"

    @Option(name: .long, help: "Estimate betweenness from this many random pivot sources.")
    var samples: Int?

    @Option(name: .long, help: "Seed of the betweenness pivots.")
    var seed: UInt64 = 0

    @Flag(name: .long, help: "Do not normalize betweenness (networkx's normalized=False).")
    var raw = false

    @Option(
        name: .long,
        help: ArgumentHelp("Personalize PageRank: jump only to these entities, comma-separated.", valueName: "names"))
    var personalize: String?

    @OptionGroup var view: AnalysisViewOptions

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "With a store: the measures of each period (week, month or year), as CSV ready to plot.")
    var every: SlicePeriod?

    /// The PageRank jump weights --personalize gives, resolved in `run`.
    private var personalization: [EntityID: Double]?

    enum CodingKeys: String, CodingKey {
        case graph, measure, top, format, output, samples, seed, raw, personalize, view, storeOptions, every
    }

    func validate() throws {
        let path = try storeOptions.graphPath(graph)
        if every != nil && !storeOptions.isStore(path) {
            throw ValidationError("--every needs a corpus store (--store PATH, or a .sqlite graph)")
        }
        guard AnalysisTable.formats.contains(format) else {
            throw ValidationError("unknown format '\(format)' (use table, csv or json)")
        }
        let chosen = AnalysisViewOptions.list(measure)
        guard !chosen.isEmpty else { throw ValidationError("--measure names no measure") }
        for name in chosen where !Analyze.measures.contains(name) {
            throw ValidationError("unknown measure '\(name)' (known: \(Analyze.measures.joined(separator: ", ")))")
        }
        if let top, top < 0 { throw ValidationError("--top must be 0 or more") }
        if let samples, samples < 1 { throw ValidationError("--samples must be at least 1") }
    }

    mutating func run() throws {
        let graph = try storeOptions.graphPath(self.graph)
        if let every {
            let series = StoreTimeSeries(
                slices: try storeOptions.loadTimeSlices(of: graph, every: every),
                measures: try AnalysisViewOptions.list(measure).map { try .analysis($0, view: view) },
                top: top)
            return try OutputFile.write(try series.csv(), to: output)
        }
        let length = try view.edgeLength()
        let index = try storeOptions.index(graph, view: view)
        if let personalize {
            var weights: [EntityID: Double] = [:]
            for name in AnalysisViewOptions.list(personalize) {
                weights[index.ids[Int(try AnalysisNames.resolve(name, in: index))]] = 1
            }
            personalization = weights
        }
        var columns: [CentralityScores] = []
        for name in AnalysisViewOptions.list(measure) {
            do {
                columns.append(try compute(name, on: index, length: length))
            } catch let error as AnalysisError {
                throw CLIError.input("\(graph): \(name): \(error)")
            }
        }
        let limit = top ?? (format == "table" ? 10 : 0)
        let ranked = columns[0].ranked(top: limit == 0 ? nil : limit)
        switch format {
        case "csv":
            var text = "id,name,kind," + columns.map(\.measure).joined(separator: ",") + "\n"
            for entry in ranked {
                let v = Int(entry.node)
                text += AnalysisTable.csvField(index.ids[v].rawValue) + "," + AnalysisTable.csvField(index.names[v])
                    + "," + AnalysisTable.csvField(index.kinds[v].rawValue)
                for column in columns { text += "," + AnalysisTable.number(column.values[v]) }
                text += "\n"
            }
            try OutputFile.write(text, to: output)
        case "json":
            let rows: [[String: Any]] = ranked.map { entry in
                let v = Int(entry.node)
                var scores: [String: Any] = [:]
                for column in columns { scores[column.measure] = jsonNumber(column.values[v]) }
                return ["id": index.ids[v].rawValue, "name": index.names[v], "kind": index.kinds[v].rawValue,
                        "scores": scores]
            }
            let document: [String: Any] = [
                "graph": graph, "nodes": index.nodeCount, "edges": index.edgeCount, "directed": index.isDirected,
                "weighted": index.isWeighted, "measures": columns.map(\.measure), "entities": rows,
            ]
            try OutputFile.write(try AnalysisTable.json(document), to: output)
        default:
            let header = ["#", "entity", "kind"] + columns.map(\.measure)
            let rows = ranked.enumerated().map { rank, entry in
                let v = Int(entry.node)
                return ["\(rank + 1)", index.names[v], index.kinds[v].rawValue]
                    + columns.map { AnalysisTable.short($0.values[v]) }
            }
            let numeric = Set([0] + (3..<(3 + columns.count)))
            let summary = "\(index.nodeCount) entities, \(index.edgeCount) edges"
                + (index.isDirected ? ", directed" : "") + (index.isWeighted ? ", weighted" : "") + "\n"
            try OutputFile.write(summary + AnalysisTable.aligned(header: header, rows: rows, numeric: numeric), to: output)
        }
    }

    private func compute(_ name: String, on index: GraphIndex, length: EdgeLength) throws -> CentralityScores {
        switch name {
        case "degree": return index.degreeCentrality()
        case "in-degree": return index.degreeCentrality(.incoming)
        case "out-degree": return index.degreeCentrality(.outgoing)
        case "strength": return index.strength()
        case "betweenness":
            return try index.betweennessCentrality(normalized: !raw, length: length, samples: samples, seed: seed)
        case "closeness": return index.closenessCentrality(length: length)
        case "harmonic": return index.harmonicCentrality(length: length)
        case "eigenvector": return try index.eigenvectorCentrality()
        case "pagerank": return try index.pageRank(personalization: personalization)
        case "katz": return try index.katzCentrality()
        default: return index.coreNumbers()
        }
    }
}

/// A JSON value for a score: the number, or null when it is not finite.
func jsonNumber(_ value: Double) -> Any {
    value.isFinite ? value : NSNull()
}
