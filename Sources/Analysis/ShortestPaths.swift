import GraphModel

/// The distances from one source to every node of an index.
public struct Distances: Sendable {
    /// One reached node and its distance.
    public struct Entry: Hashable, Sendable {
        public var node: GraphIndex.Node
        public var id: EntityID
        public var distance: Double
    }

    /// The node the distances are measured from.
    public let source: GraphIndex.Node
    /// The index the distances belong to.
    public let index: GraphIndex
    /// The distance of each node, by node number; +∞ when not reached.
    public let values: [Double]

    /// The distance to the entity with `id`; nil when it is not in the index or not reached.
    public subscript(id: EntityID) -> Double? {
        guard let node = index.node(id), values[Int(node)].isFinite else { return nil }
        return values[Int(node)]
    }

    /// The reached nodes (the source first), nearest first, ties by id.
    public var reached: [Entry] {
        let ids = index.ids
        return values.indices.filter { values[$0].isFinite }
            .sorted { values[$0] != values[$1] ? values[$0] < values[$1] : ids[$0] < ids[$1] }
            .map { Entry(node: GraphIndex.Node($0), id: ids[$0], distance: values[$0]) }
    }
}

extension GraphIndex {
    /// Single-source shortest path lengths, as networkx's
    /// `single_source_shortest_path_length` (hops) or
    /// `single_source_dijkstra_path_length` (weights).
    ///
    /// - Parameters:
    ///   - source: The node to measure from, along outgoing arcs.
    ///   - length: Hop counts (BFS) or edge weights as lengths (Dijkstra).
    /// - Complexity: O(*n* + *m*) for hops, O(*m* + *n* log *n*) for weights.
    /// - Paper: E. W. Dijkstra, "A note on two problems in connexion with graphs",
    ///   Numerische Mathematik 1, 1959; E. F. Moore, "The shortest path through a
    ///   maze", 1959.
    public func distances(from source: Node, length: EdgeLength = .hops) -> Distances {
        let scratch = runSearch(from: source, length: length, countPaths: false)
        var values = [Double](repeating: .infinity, count: nodeCount)
        for i in 0..<scratch.reached {
            let v = Int(scratch.order[i])
            values[v] = length == .hops ? Double(scratch.level[v]) : scratch.distance[v]
        }
        return Distances(source: source, index: self, values: values)
    }

    /// One shortest path from `source` to `target` as its nodes (both ends included),
    /// or nil when `target` cannot be reached. Among equal paths, the one whose
    /// nodes have the smallest ids walking back from `target`.
    ///
    /// - Complexity: O(*n* + *m*) for hops, O(*m* + *n* log *n*) for weights.
    public func shortestPath(from source: Node, to target: Node, length: EdgeLength = .hops) -> [Node]? {
        allShortestPaths(from: source, to: target, length: length, limit: 1).first
    }

    /// Every shortest path from `source` to `target`, as `networkx.all_shortest_paths`,
    /// in lexicographic order of their nodes read from `target` back; at most `limit`.
    ///
    /// - Complexity: O(*m* + *n* log *n*) for the search, plus the length of the paths.
    public func allShortestPaths(
        from source: Node, to target: Node, length: EdgeLength = .hops, limit: Int = .max
    ) -> [[Node]] {
        if source == target { return [[source]] }
        let scratch = runSearch(from: source, length: length, countPaths: false)
        let lengths = arcLengths(length)
        let reachedTarget = length == .hops ? scratch.level[Int(target)] >= 0 : scratch.distance[Int(target)].isFinite
        guard reachedTarget else { return [] }
        // The predecessors of v on shortest paths, in increasing node order.
        func predecessors(_ v: Int) -> [Node] {
            var result: [Node] = []
            for e in inOffsets[v]..<inOffsets[v + 1] {
                let u = Int(inSources[e])
                if let lengths {
                    let du = scratch.distance[u]
                    if du.isFinite && du + lengths.incoming[e] == scratch.distance[v] { result.append(Node(u)) }
                } else if scratch.level[u] >= 0 && scratch.level[u] == scratch.level[v] - 1 {
                    result.append(Node(u))
                }
            }
            return result
        }
        var paths: [[Node]] = []
        // Depth-first over predecessors from the target: an explicit stack, no recursion.
        var stack: [(node: Node, options: [Node], next: Int)] = [(target, predecessors(Int(target)), 0)]
        while !stack.isEmpty && paths.count < limit {
            let top = stack.count - 1
            if stack[top].node == source {
                paths.append(stack.map(\.node).reversed())
                stack.removeLast()
                continue
            }
            if stack[top].next < stack[top].options.count {
                let u = stack[top].options[stack[top].next]
                stack[top].next += 1
                stack.append((u, predecessors(Int(u)), 0))
            } else {
                stack.removeLast()
            }
        }
        return paths
    }

    /// A filled scratch space after one search from `source` along outgoing arcs.
    func runSearch(from source: Node, length: EdgeLength, countPaths: Bool) -> SearchScratch {
        let scratch = SearchScratch(nodeCount: nodeCount)
        let lengths = arcLengths(length)
        withAdjacency { outgoing, incoming in
            if let lengths {
                lengths.outgoing.withUnsafeBufferPointer { out in
                    lengths.incoming.withUnsafeBufferPointer { inc in
                        scratch.dijkstra(
                            from: source, outgoing, lengths: out.baseAddress!,
                            reverse: countPaths ? incoming : nil,
                            reverseLengths: countPaths ? inc.baseAddress! : nil)
                    }
                }
            } else {
                scratch.breadthFirst(from: source, outgoing, countPaths: countPaths)
            }
        }
        return scratch
    }
}
