import GraphModel

/// One score per entity, under a name: a column of the report's table of top entities.
public struct MeasureColumn: Hashable, Sendable {
    /// The measure's name as shown (`pagerank`, `betweenness`, `degree`).
    public var name: String
    /// The score of each entity; entities without a score show as blank.
    public var values: [EntityID: Double]

    /// Creates a column of scores.
    public init(name: String, values: [EntityID: Double]) {
        self.name = name
        self.values = values
    }

    /// The entities with a finite score, highest first; ties broken by id so the order is stable.
    ///
    /// - Complexity: O(*n* log *n*).
    func ranked() -> [(id: EntityID, value: Double)] {
        values.filter { $0.value.isFinite }
            .map { (id: $0.key, value: $0.value) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.id < $1.id }
    }
}
