import GraphModel

/// Two entities and every relation between them, for the "most connected pairs" table.
struct ConnectedPair: Hashable {
    /// The end with the smaller id.
    var first: EntityID
    /// The end with the larger id.
    var second: EntityID
    /// The weight of the relations between the two, summed per kind.
    var weightByKind: [RelationKind: Double]
    /// The weight of all relations between the two.
    var totalWeight: Double

    /// Every pair joined by at least one relation (self-loops aside), heaviest first;
    /// ties by the number of relation kinds, then by ids, so the order is stable.
    ///
    /// - Complexity: O(*m* log *m*).
    static func ranked(in graph: Graph) -> [ConnectedPair] {
        var pairs: [[EntityID]: ConnectedPair] = [:]
        for relation in graph.relations where relation.source != relation.target {
            let ends = [relation.source, relation.target].sorted()
            var pair = pairs[ends] ?? ConnectedPair(first: ends[0], second: ends[1], weightByKind: [:], totalWeight: 0)
            pair.weightByKind[relation.kind, default: 0] += relation.weight
            pair.totalWeight += relation.weight
            pairs[ends] = pair
        }
        return pairs.values.sorted {
            if $0.totalWeight != $1.totalWeight { return $0.totalWeight > $1.totalWeight }
            if $0.weightByKind.count != $1.weightByKind.count { return $0.weightByKind.count > $1.weightByKind.count }
            if $0.first != $1.first { return $0.first < $1.first }
            return $0.second < $1.second
        }
    }
}
