import GraphModel

/// A path through a relationship graph: its entities, and the relations of each hop.
public struct Path: Hashable, Sendable {
    /// One step of a path: two consecutive entities and the relations that join them.
    public struct Hop: Hashable, Sendable {
        /// The entity the hop leaves.
        public var from: EntityID
        /// The entity the hop reaches.
        public var to: EntityID
        /// The relations between the two (of the kinds the search used), sorted.
        public var relations: [Relation]
    }

    /// The entities along the path, both ends included.
    public var entities: [EntityID]
    /// The length of the path: its hop count, or the sum of its edge lengths.
    public var length: Double
    /// The hops, in order.
    public var hops: [Hop]

    /// Creates a path.
    public init(entities: [EntityID], length: Double, hops: [Hop]) {
        self.entities = entities
        self.length = length
        self.hops = hops
    }
}
