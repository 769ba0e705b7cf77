/// Finds entities by a name a user typed: id, canonical name or alias, folded.
public struct EntityLookup: Sendable {
    /// What a look-up found.
    public enum Match: Hashable, Sendable {
        /// Exactly one entity has the name.
        case found(EntityID)
        /// Several entities share the name; their ids, sorted.
        case ambiguous([EntityID])
        /// No entity has the name; the closest names, best first.
        case notFound(suggestions: [String])
    }

    private var byFoldedName: [String: Set<EntityID>] = [:]
    private var names: [(folded: String, display: String)] = []

    /// Indexes every name of every entity in `graph`.
    ///
    /// - Complexity: O(total length of all names).
    public init(_ graph: Graph) {
        for entity in graph.entities {
            for name in [entity.id.rawValue] + entity.allNames {
                let folded = NameFolding.fold(name)
                byFoldedName[folded, default: []].insert(entity.id)
                names.append((folded, name))
            }
        }
    }

    /// The entity named `query` (by id, canonical name or alias, ignoring case,
    /// diacritics and spacing).
    public func match(_ query: String) -> Match {
        let folded = NameFolding.fold(query)
        if let ids = byFoldedName[folded] {
            return ids.count == 1 ? .found(ids.first!) : .ambiguous(ids.sorted())
        }
        var scored: [(Int, String)] = []
        for (candidate, display) in names {
            let distance = candidate.contains(folded) && !folded.isEmpty
                ? 0 : EntityLookup.editDistance(folded, candidate)
            if distance <= max(2, folded.count / 3) { scored.append((distance, display)) }
        }
        var seen = Set<String>()
        let suggestions = scored.sorted { $0 < $1 }.map(\.1).filter { seen.insert($0).inserted }
        return .notFound(suggestions: Array(suggestions.prefix(5)))
    }

    /// Levenshtein distance between two strings, by characters.
    ///
    /// - Complexity: O(*a* × *b*) time, O(*b*) memory.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = Swift.min(
                    previous[j] + 1, current[j - 1] + 1,
                    previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
