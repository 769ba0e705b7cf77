import Analysis
import GraphModel

/// Resolves the entity names a user typed on the command line.
enum AnalysisNames {
    /// The entity `name` denotes in `graph` (id, canonical name or alias; case- and
    /// diacritic-insensitive).
    ///
    /// - Throws: `CLIError.input` when no entity or several have the name, listing
    ///   close names or the candidates.
    static func resolve(_ name: String, in graph: Graph) throws -> EntityID {
        switch EntityLookup(graph).match(name) {
        case .found(let id):
            return id
        case .ambiguous(let ids):
            throw CLIError.input(
                "'\(name)' is ambiguous: \(ids.map(\.rawValue).joined(separator: ", ")); give an id")
        case .notFound(let suggestions):
            throw notFound(name, suggestions: suggestions)
        }
    }

    /// The node `name` denotes in `index`, matched the same way without a `Graph`.
    static func resolve(_ name: String, in index: GraphIndex) throws -> GraphIndex.Node {
        // Exact matches first: they need no folding of every name.
        for candidate in [EntityID(name), EntityID(kind: .node, name: name)] {
            if let node = index.node(candidate) { return node }
        }
        if let position = index.names.firstIndex(of: name) { return GraphIndex.Node(position) }
        let folded = NameFolding.fold(name)
        var matches: [GraphIndex.Node] = []
        var scored: [(Int, String)] = []
        for (position, candidate) in index.names.enumerated() {
            let foldedCandidate = NameFolding.fold(candidate)
            if foldedCandidate == folded || NameFolding.fold(index.ids[position].rawValue) == folded {
                matches.append(GraphIndex.Node(position))
            } else if matches.isEmpty {
                let distance = EntityLookup.editDistance(folded, foldedCandidate)
                if distance <= max(2, folded.count / 3) { scored.append((distance, candidate)) }
            }
        }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw CLIError.input(
                "'\(name)' is ambiguous: \(matches.map { index.ids[Int($0)].rawValue }.joined(separator: ", ")); give an id")
        }
        throw notFound(name, suggestions: scored.sorted { $0 < $1 }.prefix(5).map(\.1))
    }

    private static func notFound(_ name: String, suggestions: [String]) -> CLIError {
        suggestions.isEmpty
            ? CLIError.input("no entity named '\(name)'")
            : CLIError.input("no entity named '\(name)'; did you mean: \(suggestions.joined(separator: ", "))?")
    }
}
