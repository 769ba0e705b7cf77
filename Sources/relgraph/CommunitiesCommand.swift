import Analysis
import ArgumentParser
import Foundation
import GraphModel

/// `relgraph communities`: which groups form (Louvain), or the connected components.
struct Communities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Find the groups that form: Louvain communities with their modularity, or components.",
        discussion: """
            Methods: louvain (seeded; --resolution below 1 gives larger groups, above 1
            smaller), components (weakly connected), strong-components. Groups are listed
            largest first and numbered from 1.

            Examples:
              relgraph communities graph.json
              relgraph communities graph.json --relations meeting --resolution 0.5 --format csv
              relgraph communities graph.json --project country
              relgraph communities --store corpus.sqlite --since 2024 --until 2024
            """)

    @Argument(help: "The graph: any format relgraph reads (edge lists too), a corpus store, or - for stdin.")
    var graph: String?

    @Option(name: .long, help: "louvain, components or strong-components.")
    var method: String = "louvain"

    @Option(name: .long, help: "Louvain resolution γ.")
    var resolution: Double = 1

    @Option(name: .long, help: "Louvain seed (the order nodes are visited in).")
    var seed: UInt64 = 0

    @Option(name: .long, help: "Output format: table, csv (one row per entity) or json.")
    var format: String = "table"

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String = "-"

    @OptionGroup var view: AnalysisViewOptions

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        _ = try storeOptions.graphPath(graph)
        guard ["louvain", "components", "strong-components"].contains(method) else {
            throw ValidationError("unknown method '\(method)' (use louvain, components or strong-components)")
        }
        guard AnalysisTable.formats.contains(format) else {
            throw ValidationError("unknown format '\(format)' (use table, csv or json)")
        }
        guard resolution > 0 && resolution.isFinite else { throw ValidationError("--resolution must be positive") }
    }

    func run() throws {
        let graph = try storeOptions.graphPath(self.graph)
        let index = try storeOptions.index(graph, view: view)
        let partition: Partition
        var modularity: Double?
        switch method {
        case "components": partition = index.weaklyConnectedComponents()
        case "strong-components": partition = index.stronglyConnectedComponents()
        default:
            let found = index.louvainCommunities(resolution: resolution, seed: seed)
            partition = found.partition
            modularity = found.modularity
        }
        let modularityValue = modularity ?? index.modularity(of: partition, resolution: resolution)
        switch format {
        case "csv":
            var text = "id,name,kind,community\n"
            for (number, group) in partition.groups.enumerated() {
                for node in group {
                    let v = Int(node)
                    text += AnalysisTable.csvField(index.ids[v].rawValue) + "," + AnalysisTable.csvField(index.names[v])
                        + "," + AnalysisTable.csvField(index.kinds[v].rawValue) + ",\(number + 1)\n"
                }
            }
            try OutputFile.write(text, to: output)
        case "json":
            let document: [String: Any] = [
                "graph": graph, "method": method, "modularity": jsonNumber(modularityValue),
                "resolution": resolution, "seed": method == "louvain" ? seed as Any : NSNull(),
                "communities": partition.groups.enumerated().map { number, group in
                    ["community": number + 1, "size": group.count,
                     "members": group.map { index.ids[Int($0)].rawValue }] as [String: Any]
                },
            ]
            try OutputFile.write(try AnalysisTable.json(document), to: output)
        default:
            let noun = method == "louvain" ? "communit" + (partition.groups.count == 1 ? "y" : "ies") : "component" + (partition.groups.count == 1 ? "" : "s")
            var text = "\(partition.groups.count) \(noun) of "
                + "\(index.nodeCount) entities; modularity \(String(format: "%.4f", modularityValue))"
                + (method == "louvain" ? " (resolution \(AnalysisTable.short(resolution)), seed \(seed))" : "") + "\n"
            for (number, group) in partition.groups.enumerated() {
                let names = group.map { index.names[Int($0)] }.sorted {
                    $0.localizedStandardCompare($1) == .orderedAscending
                }
                text += "\(number + 1) (\(group.count)): " + names.joined(separator: ", ") + "\n"
            }
            try OutputFile.write(text, to: output)
        }
    }
}
