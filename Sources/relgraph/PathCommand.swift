import Analysis
import ArgumentParser
import CorpusStore
import Foundation
import GraphModel

/// `relgraph path`: how one entity is connected to another, hop by hop, with evidence.
struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show how two entities are connected, each hop with its relations and evidence.",
        discussion: """
            Names match ids, canonical names and aliases, ignoring case and diacritics.
            Without TO, prints the distance from FROM to every entity it reaches.
            Exits 1 when there is no path.

            Examples:
              relgraph path graph.json "Zakir Hasanov" "Péter Szijjártó"
              relgraph path graph.json Azerbaijan Hungary --relations meeting --k 3
              relgraph path graph.json Baku Budapest --all --format json
              relgraph path --store corpus.sqlite Azerbaijan Latvia --since 2024-06
            """)

    @Argument(help: "The graph: any format relgraph reads, a corpus store, or - for stdin (omitted with --store).")
    var graph: String

    @Argument(help: "The entity to start from.")
    var from: String?

    @Argument(help: "The entity to reach (omit for distances to every entity).")
    var to: String?

    @Option(name: .long, help: "List the k shortest simple paths (Yen).")
    var k: Int?

    @Flag(name: .long, help: "List every shortest path.")
    var all = false

    @Option(name: .long, help: "Output format: text or json (distances: also csv).")
    var format: String = "text"

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String = "-"

    @OptionGroup var view: AnalysisViewOptions

    @OptionGroup var storeOptions: StoreOptions

    mutating func validate() throws {
        (graph, from, to) = try storeOptions.movingNames(graph, from, to)
        guard from != nil else { throw ValidationError("Missing expected argument '<from>'") }
        let formats = to == nil ? ["text", "table", "csv", "json"] : ["text", "json"]
        guard formats.contains(format) else {
            throw ValidationError(
                "unknown format '\(format)' (use \(formats.joined(separator: ", ")))")
        }
        if let k, k < 1 { throw ValidationError("--k must be at least 1") }
        if k != nil && all { throw ValidationError("--k and --all cannot be combined") }
        if to == nil && (k != nil || all) { throw ValidationError("--k and --all need a target entity") }
    }

    func run() throws {
        let length = try view.edgeLength()
        guard let from else { throw CLIError.usage("missing the entity to start from") }
        guard let to else { return try writeDistances(from: from, length: length) }
        // A store's graph is searched without its evidence (a large corpus holds millions of
        // sentences); the evidence of the hops printed is read from the store afterwards.
        let fromStore = storeOptions.isStore(graph)
        let loaded = view.view(
            of: try storeOptions.loadGraph(graph, includingEvidence: !fromStore) { try AnalysisInput.graph($0) })
        let source = try AnalysisNames.resolve(from, in: loaded)
        let target = try AnalysisNames.resolve(to, in: loaded)
        let finder: PathFinder
        do {
            let kept = view.entityKinds.map { kinds in loaded.filteringEntities { kinds.contains($0.kind) } } ?? loaded
            finder = try PathFinder(kept, directed: view.directed, length: length, relationKinds: view.relationKinds)
        } catch let error as AnalysisError {
            throw CLIError.input("\(graph): \(error)")
        }
        let paths: [Analysis.Path]
        do {
            if let k {
                paths = try finder.shortestPaths(from: source, to: target, k: k)
            } else if all {
                paths = try finder.allShortestPaths(from: source, to: target)
            } else {
                paths = try finder.shortestPath(from: source, to: target).map { [$0] } ?? []
            }
        } catch let error as AnalysisError {
            throw CLIError.input("\(graph): \(error)")
        }
        let name = { (id: EntityID) in loaded[id]?.name ?? id.rawValue }
        let hopEvidence = try HopEvidence(store: fromStore ? graph : nil, options: storeOptions)
        var evidenceByKey: [RelationKey: [GraphModel.Evidence]] = [:]
        for path in paths {
            for hop in path.hops {
                for relation in hop.relations where evidenceByKey[relation.key] == nil {
                    evidenceByKey[relation.key] = try hopEvidence.of(relation)
                }
            }
        }
        let evidenceOf = { (relation: Relation) in evidenceByKey[relation.key] ?? relation.evidence }
        if format == "json" {
            let document: [String: Any] = [
                "from": source.rawValue, "to": target.rawValue,
                "paths": paths.map { path in
                    [
                        "length": path.length,
                        "entities": path.entities.map { ["id": $0.rawValue, "name": name($0)] },
                        "hops": path.hops.map { hop in
                            [
                                "from": hop.from.rawValue, "to": hop.to.rawValue,
                                "relations": hop.relations.map { relation in
                                    [
                                        "kind": relation.kind.rawValue, "source": relation.source.rawValue,
                                        "target": relation.target.rawValue, "weight": relation.weight,
                                        "evidence": evidenceOf(relation).map {
                                            ["document": $0.document, "sentence": $0.sentence]
                                        },
                                    ] as [String: Any]
                                },
                            ] as [String: Any]
                        },
                    ] as [String: Any]
                },
            ]
            try OutputFile.write(try AnalysisTable.json(document), to: output)
        } else {
            var text = ""
            if paths.isEmpty {
                text = "no path from \(name(source)) to \(name(target))"
                    + (view.relations.map { " through \($0) relations" } ?? "") + "\n"
            }
            for (number, path) in paths.enumerated() {
                if paths.count > 1 { text += "\(number + 1). " }
                let hops = path.hops.count
                let size = length == .hops
                    ? "\(hops) hop\(hops == 1 ? "" : "s")" : "length \(AnalysisTable.short(path.length))"
                text += path.entities.map(name).joined(separator: " → ") + " (\(size))\n"
                for hop in path.hops {
                    text += "  \(name(hop.from)) → \(name(hop.to))\n"
                    for relation in hop.relations {
                        let arrow = relation.isDirected ? "→" : "—"
                        text += "    \(relation.kind) \(name(relation.source)) \(arrow) \(name(relation.target))"
                        text += relation.weight == 1 ? "\n" : " (weight \(AnalysisTable.short(relation.weight)))\n"
                        for evidence in evidenceOf(relation) {
                            text += "      \(evidence.document): \(evidence.sentence)\n"
                        }
                    }
                }
            }
            try OutputFile.write(text, to: output)
        }
        if paths.isEmpty { throw ExitCode(CLIError.inputExitCode) }
    }

    /// Distances from `from` to every reached entity (single-source shortest paths).
    private func writeDistances(from: String, length: EdgeLength) throws {
        let index = try storeOptions.index(graph, view: view)
        let source = try AnalysisNames.resolve(from, in: index)
        let reached = index.distances(from: source, length: length).reached
        switch format {
        case "json":
            let rows: [[String: Any]] = reached.map {
                ["id": $0.id.rawValue, "name": index.names[Int($0.node)], "distance": $0.distance]
            }
            try OutputFile.write(try AnalysisTable.json(["from": index.ids[Int(source)].rawValue, "reached": rows]), to: output)
        case "csv":
            var text = "id,name,distance\n"
            for entry in reached {
                text += AnalysisTable.csvField(entry.id.rawValue) + "," + AnalysisTable.csvField(index.names[Int(entry.node)])
                    + "," + AnalysisTable.number(entry.distance) + "\n"
            }
            try OutputFile.write(text, to: output)
        default:
            let rows = reached.map { [AnalysisTable.short($0.distance), index.names[Int($0.node)], $0.id.rawValue] }
            try OutputFile.write(
                AnalysisTable.aligned(header: ["distance", "entity", "id"], rows: rows, numeric: [0]), to: output)
        }
    }
}

/// The evidence of the relations a path prints: the relation's own, or for a corpus
/// store (whose graph is searched without evidence) the store's sentences for that pair,
/// under the same date and source filters.
private final class HopEvidence {
    private let corpus: CorpusStore?
    private let options: StoreOptions
    private var byPair: [[EntityID]: [EvidenceRecord]] = [:]

    init(store path: String?, options: StoreOptions) throws {
        corpus = try path.map { try StoreOptions.open($0, readOnly: true) }
        self.options = options
    }

    func of(_ relation: Relation) throws -> [GraphModel.Evidence] {
        guard let corpus else { return relation.evidence }
        let pair = [relation.source, relation.target].sorted()
        if byPair[pair] == nil {
            do {
                byPair[pair] = try corpus.evidence(
                    between: pair[0], and: pair[1], since: options.since, until: options.until, source: options.source)
            } catch let error as CorpusStoreError {
                throw CLIError.input(error.description)
            }
        }
        return byPair[pair]!.filter { $0.relation == relation.key }.map(\.evidence).sorted()
    }
}
