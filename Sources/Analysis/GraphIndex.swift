import GraphModel

/// A compact, read-only adjacency index of a graph, built once and shared by every
/// algorithm of the module.
///
/// Nodes are dense `Int32` numbers (the entities sorted by id); arcs are stored in
/// compressed sparse row form (CSR), outgoing and incoming, so a traversal touches
/// only contiguous arrays. An undirected view stores each edge as two arcs. Several
/// relations between the same two entities (different kinds, or both directions in an
/// undirected view) collapse into one edge whose weight is the sum of their weights;
/// an unweighted view gives every collapsed edge weight 1. Self-loops are dropped:
/// a relation of an entity with itself says nothing about its position.
public struct GraphIndex: Sendable {
    /// A node of the index: a position in `ids`.
    public typealias Node = Int32

    /// An edge between two nodes, for building an index from plain data.
    public struct Edge: Hashable, Sendable {
        public var source: Node
        public var target: Node
        public var weight: Double

        public init(_ source: Node, _ target: Node, weight: Double = 1) {
            self.source = source
            self.target = target
            self.weight = weight
        }
    }

    /// Whether arcs have a direction (otherwise every edge is stored both ways).
    public let isDirected: Bool
    /// Whether edge weights are kept (otherwise every edge weighs 1).
    public let isWeighted: Bool
    /// The entity id of each node.
    public let ids: [EntityID]
    /// The display name of each node.
    public let names: [String]
    /// The kind of each node.
    public let kinds: [EntityKind]

    let outOffsets: [Int]
    let outTargets: [Int32]
    let outWeights: [Double]
    let inOffsets: [Int]
    let inSources: [Int32]
    let inWeights: [Double]
    private let idsAreSorted: Bool

    /// The number of nodes.
    public var nodeCount: Int { ids.count }
    /// The number of edges after collapsing (an undirected edge counts once).
    public var edgeCount: Int { isDirected ? outTargets.count : outTargets.count / 2 }
    /// The sum of the edge weights (an undirected edge counts once).
    public var totalWeight: Double {
        let sum = outWeights.reduce(0, +)
        return isDirected ? sum : sum / 2
    }

    /// Indexes `graph`.
    ///
    /// - Parameters:
    ///   - graph: The graph to index.
    ///   - directed: Whether to keep the direction of directed relations; undirected
    ///     relations then become arcs both ways. When false every relation is an edge.
    ///   - weighted: Whether to keep relation weights (summed over collapsed relations).
    ///   - relationKinds: The relation kinds to keep; all when nil.
    ///   - entityKinds: The entity kinds to keep; all when nil.
    /// - Throws: `AnalysisError.invalidWeight` for a weighted view with a weight that
    ///   is not a positive finite number.
    /// - Complexity: O(*n* log *n* + *m* log *m*), the cost of sorting the graph.
    public init(
        _ graph: Graph,
        directed: Bool = false,
        weighted: Bool = false,
        relationKinds: Set<RelationKind>? = nil,
        entityKinds: Set<EntityKind>? = nil
    ) throws {
        let entities = graph.entities.filter { entityKinds?.contains($0.kind) ?? true }
        var position: [EntityID: Int32] = [:]
        position.reserveCapacity(entities.count)
        for (i, entity) in entities.enumerated() { position[entity.id] = Int32(i) }
        var edges: [Edge] = []
        for relation in graph.relations where relationKinds?.contains(relation.kind) ?? true {
            guard let s = position[relation.source], let t = position[relation.target] else {
                continue
            }
            if weighted && !(relation.weight > 0 && relation.weight.isFinite) {
                throw AnalysisError.invalidWeight(
                    source: relation.source.rawValue, target: relation.target.rawValue,
                    weight: relation.weight)
            }
            edges.append(Edge(s, t, weight: relation.weight))
            if directed && !relation.isDirected { edges.append(Edge(t, s, weight: relation.weight)) }
        }
        try self.init(
            ids: entities.map(\.id), names: entities.map(\.name), kinds: entities.map(\.kind),
            edges: edges, directed: directed, weighted: weighted, idsAreSorted: true)
    }

    /// Indexes plain edges between `ids.count` nodes.
    ///
    /// - Parameters:
    ///   - ids: The id of each node; edges refer to positions in this array.
    ///   - names: The display name of each node; the ids' raw values when nil.
    ///   - kinds: The kind of each node; `.node` when nil.
    ///   - edges: The edges; in an undirected view each is stored both ways.
    ///   - directed: Whether the edges have a direction.
    ///   - weighted: Whether to keep the weights.
    /// - Throws: `AnalysisError.invalidWeight` for a weighted view with a weight that
    ///   is not a positive finite number, `AnalysisError.nodeOutOfRange` for an edge
    ///   naming a node past the end of `ids`.
    /// - Complexity: O(*n* + *m*): two counting sorts, no comparison sort.
    public init(
        ids: [EntityID], names: [String]? = nil, kinds: [EntityKind]? = nil,
        edges: [Edge], directed: Bool, weighted: Bool
    ) throws {
        try self.init(
            ids: ids, names: names ?? ids.map(\.rawValue),
            kinds: kinds ?? Array(repeating: .node, count: ids.count),
            edges: edges, directed: directed, weighted: weighted,
            idsAreSorted: zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 })
    }

    private init(
        ids: [EntityID], names: [String], kinds: [EntityKind], edges: [Edge],
        directed: Bool, weighted: Bool, idsAreSorted: Bool
    ) throws {
        let n = ids.count
        precondition(names.count == n && kinds.count == n, "one name and kind per id")
        self.ids = ids
        self.names = names
        self.kinds = kinds
        self.isDirected = directed
        self.isWeighted = weighted
        self.idsAreSorted = idsAreSorted

        // Arcs, without self-loops; an undirected edge becomes two arcs.
        var sources: [Int32] = [], targets: [Int32] = [], weights: [Double] = []
        let arcEstimate = directed ? edges.count : 2 * edges.count
        sources.reserveCapacity(arcEstimate)
        targets.reserveCapacity(arcEstimate)
        weights.reserveCapacity(arcEstimate)
        for edge in edges {
            guard edge.source >= 0, edge.target >= 0, Int(edge.source) < n, Int(edge.target) < n else {
                throw AnalysisError.nodeOutOfRange(Int(max(edge.source, edge.target)), nodeCount: n)
            }
            if weighted && !(edge.weight > 0 && edge.weight.isFinite) {
                throw AnalysisError.invalidWeight(
                    source: ids[Int(edge.source)].rawValue, target: ids[Int(edge.target)].rawValue,
                    weight: edge.weight)
            }
            if edge.source == edge.target { continue }
            let w = weighted ? edge.weight : 1
            sources.append(edge.source)
            targets.append(edge.target)
            weights.append(w)
            if !directed {
                sources.append(edge.target)
                targets.append(edge.source)
                weights.append(w)
            }
        }
        // Sort arcs by target, then stably by source: rows come out sorted by target,
        // so duplicates are adjacent and collapse in one pass.
        let byTarget = GraphIndex.countingSort(keys: targets, buckets: n)
        let sortedSources = byTarget.order.map { sources[Int($0)] }
        let bySource = GraphIndex.countingSort(keys: sortedSources, buckets: n)
        var offsets = [Int](repeating: 0, count: n + 1)
        var outTargets: [Int32] = [], outWeights: [Double] = []
        outTargets.reserveCapacity(targets.count)
        outWeights.reserveCapacity(targets.count)
        var row = 0
        var previousSource: Int32 = -1, previousTarget: Int32 = -1
        for position in bySource.order {
            let arc = Int(byTarget.order[Int(position)])
            let s = sources[arc], t = targets[arc]
            if s == previousSource && t == previousTarget {
                if weighted { outWeights[outWeights.count - 1] += weights[arc] }
                continue
            }
            while row < Int(s) {
                row += 1
                offsets[row] = outTargets.count
            }
            previousSource = s
            previousTarget = t
            outTargets.append(t)
            outWeights.append(weights[arc])
        }
        while row < n {
            row += 1
            offsets[row] = outTargets.count
        }
        self.outOffsets = offsets
        self.outTargets = outTargets
        self.outWeights = outWeights
        if directed {
            // Transpose; a stable counting sort by target keeps each in-row sorted by source.
            var arcSources = [Int32](repeating: 0, count: outTargets.count)
            for v in 0..<n {
                for e in offsets[v]..<offsets[v + 1] { arcSources[e] = Int32(v) }
            }
            let transposed = GraphIndex.countingSort(keys: outTargets, buckets: n)
            self.inOffsets = transposed.offsets
            self.inSources = transposed.order.map { arcSources[Int($0)] }
            self.inWeights = transposed.order.map { outWeights[Int($0)] }
        } else {
            self.inOffsets = offsets
            self.inSources = outTargets
            self.inWeights = outWeights
        }
    }

    /// A stable counting sort: the positions of `keys` in key order, and the offset of
    /// each key's run.
    private static func countingSort(keys: [Int32], buckets: Int) -> (order: [Int32], offsets: [Int]) {
        var offsets = [Int](repeating: 0, count: buckets + 1)
        for key in keys { offsets[Int(key) + 1] += 1 }
        for i in 0..<buckets { offsets[i + 1] += offsets[i] }
        var next = offsets
        var order = [Int32](repeating: 0, count: keys.count)
        for (i, key) in keys.enumerated() {
            order[next[Int(key)]] = Int32(i)
            next[Int(key)] += 1
        }
        return (order, offsets)
    }

    /// The node of the entity with `id`, if the index has it.
    ///
    /// - Complexity: O(log *n*) for an index built from a `Graph`, O(*n*) otherwise.
    public func node(_ id: EntityID) -> Node? {
        if idsAreSorted {
            var low = 0, high = ids.count
            while low < high {
                let mid = (low + high) / 2
                if ids[mid] < id { low = mid + 1 } else { high = mid }
            }
            return low < ids.count && ids[low] == id ? Node(low) : nil
        }
        return ids.firstIndex(of: id).map { Node($0) }
    }

    /// The nodes `node` has an arc to (every neighbour in an undirected view), sorted.
    public func successors(of node: Node) -> ArraySlice<Int32> {
        outTargets[outOffsets[Int(node)]..<outOffsets[Int(node) + 1]]
    }

    /// The nodes that have an arc to `node` (every neighbour in an undirected view), sorted.
    public func predecessors(of node: Node) -> ArraySlice<Int32> {
        inSources[inOffsets[Int(node)]..<inOffsets[Int(node) + 1]]
    }

    /// The weight of the arc from `source` to `target`, if there is one.
    ///
    /// - Complexity: O(log *d*) in the out-degree of `source`.
    public func weight(from source: Node, to target: Node) -> Double? {
        var low = outOffsets[Int(source)], high = outOffsets[Int(source) + 1]
        while low < high {
            let mid = (low + high) / 2
            if outTargets[mid] < target { low = mid + 1 } else { high = mid }
        }
        return low < outOffsets[Int(source) + 1] && outTargets[low] == target ? outWeights[low] : nil
    }

    /// The number of arcs leaving `node` (its degree in an undirected view).
    public func outDegree(of node: Node) -> Int { outOffsets[Int(node) + 1] - outOffsets[Int(node)] }

    /// The number of arcs entering `node` (its degree in an undirected view).
    public func inDegree(of node: Node) -> Int { inOffsets[Int(node) + 1] - inOffsets[Int(node)] }

    /// The arc lengths for distance-based algorithms, outgoing and incoming, or nil
    /// for hop counts.
    func arcLengths(_ length: EdgeLength) -> (outgoing: [Double], incoming: [Double])? {
        switch length {
        case .hops: nil
        case .weight: (outWeights, inWeights)
        case .inverseWeight: (outWeights.map { 1 / $0 }, inWeights.map { 1 / $0 })
        }
    }
}

/// How distance-based algorithms measure the length of an edge.
public enum EdgeLength: String, Hashable, Sendable, CaseIterable {
    /// Every edge has length 1 (breadth-first search).
    case hops
    /// An edge is as long as its weight (networkx's `weight="weight"`).
    case weight
    /// An edge is as long as the inverse of its weight, so strong ties are short.
    case inverseWeight = "inverse-weight"
}
