import Analysis
import ArgumentParser
import GraphModel

/// The options that choose which view of a graph the analysis commands work on.
struct AnalysisViewOptions: ParsableArguments {
    @Flag(name: .long, help: "Keep the direction of directed relations (statements, affiliations).")
    var directed = false

    @Flag(name: .long, help: "Use relation weights (mention counts; summed over collapsed relations).")
    var weighted = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "How --weighted measures distances: weight (as networkx) or inverse-weight (strong ties short).",
            valueName: "length"))
    var distance: String = "weight"

    @Option(
        name: .long,
        help: ArgumentHelp("Only these relation kinds, comma-separated (meeting,statement,…).", valueName: "kinds"))
    var relations: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Only entities of these kinds, comma-separated (person,country,…).", valueName: "kinds"))
    var kinds: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Project persons' relations onto the entities of these kinds they represent (country,organization).",
            valueName: "kinds"))
    var project: String?

    /// The relation kinds to keep, or nil for all.
    var relationKinds: Set<RelationKind>? {
        relations.map { Set(Self.list($0).map { RelationKind($0) }) }
    }

    /// The entity kinds to keep, or nil for all.
    var entityKinds: Set<EntityKind>? {
        kinds.map { Set(Self.list($0).map { EntityKind($0) }) }
    }

    /// How distance-based measures measure an edge.
    func edgeLength() throws -> EdgeLength {
        guard weighted else { return .hops }
        guard let length = EdgeLength(rawValue: distance), length != .hops else {
            throw CLIError.usage("unknown --distance '\(distance)' (use weight or inverse-weight)")
        }
        return length
    }

    /// `graph` projected as --project asks (unchanged without it).
    func view(of graph: Graph) -> Graph {
        guard let project else { return graph }
        return graph.projectingPersons(onto: Set(Self.list(project).map { EntityKind($0) }), relationKinds: relationKinds)
    }

    /// The index of `graph` in the chosen view.
    func index(of graph: Graph, source: String) throws -> GraphIndex {
        do {
            return try GraphIndex(
                view(of: graph), directed: directed, weighted: weighted, relationKinds: relationKinds,
                entityKinds: entityKinds)
        } catch let error as AnalysisError {
            throw CLIError.input("\(source): \(error)")
        }
    }

    /// Whether an edge list can be indexed directly, without building a `Graph`.
    var allowsDirectIndex: Bool { project == nil && relations == nil && kinds == nil }

    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

extension Set where Element == Character {
    fileprivate static let whitespaces: Set<Character> = [" ", "\t"]
}
