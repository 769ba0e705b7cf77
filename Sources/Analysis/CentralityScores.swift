import GraphModel

/// A score for every node of an index: the result of a centrality measure.
public struct CentralityScores: Sendable {
    /// One node's score.
    public struct Entry: Hashable, Sendable {
        /// The node in the index.
        public var node: GraphIndex.Node
        /// The node's entity id.
        public var id: EntityID
        /// The node's score.
        public var score: Double
    }

    /// The name of the measure (`betweenness`, `pagerank`, …).
    public let measure: String
    /// The index the scores belong to.
    public let index: GraphIndex
    /// The score of each node, by node number.
    public let values: [Double]

    /// Scores `values` (one per node of `index`) of `measure`.
    public init(measure: String, index: GraphIndex, values: [Double]) {
        precondition(values.count == index.nodeCount, "one score per node")
        self.measure = measure
        self.index = index
        self.values = values
    }

    /// The score of the entity with `id`, if the index has it.
    public subscript(id: EntityID) -> Double? {
        index.node(id).map { values[Int($0)] }
    }

    /// The score of `node`.
    public subscript(node: GraphIndex.Node) -> Double {
        values[Int(node)]
    }

    /// The `top` highest scores (all when nil), highest first, ties by id.
    ///
    /// - Complexity: O(*n* log *n*).
    public func ranked(top: Int? = nil) -> [Entry] {
        var order = Array(0..<Int32(values.count))
        let ids = index.ids
        order.sort { a, b in
            let x = values[Int(a)], y = values[Int(b)]
            if x != y { return x > y || (y.isNaN && !x.isNaN) }
            return ids[Int(a)] < ids[Int(b)]
        }
        let chosen = top.map { order.prefix(max(0, $0)) } ?? order[...]
        return chosen.map { Entry(node: $0, id: ids[Int($0)], score: values[Int($0)]) }
    }
}
