import GraphModel

/// A partition of the nodes of an index into groups: components or communities.
public struct Partition: Sendable {
    /// The index the partition belongs to.
    public let index: GraphIndex
    /// The group of each node, by node number; groups are numbered largest first
    /// (ties by smallest member id).
    public let membership: [Int32]
    /// The nodes of each group, in node order.
    public let groups: [[GraphIndex.Node]]

    /// A partition from group labels (any numbering), renumbered largest first.
    init(index: GraphIndex, labels: [Int32]) {
        var members: [Int32: [GraphIndex.Node]] = [:]
        for (v, label) in labels.enumerated() { members[label, default: []].append(GraphIndex.Node(v)) }
        let sorted = members.values.sorted { a, b in a.count != b.count ? a.count > b.count : a[0] < b[0] }
        var membership = [Int32](repeating: 0, count: labels.count)
        for (g, group) in sorted.enumerated() {
            for v in group { membership[Int(v)] = Int32(g) }
        }
        self.index = index
        self.membership = membership
        self.groups = sorted
    }

    /// The group of the entity with `id`, if the index has it.
    public subscript(id: EntityID) -> Int? {
        index.node(id).map { Int(membership[Int($0)]) }
    }

    /// The entity ids of each group, largest group first.
    public var entityGroups: [[EntityID]] {
        groups.map { $0.map { index.ids[Int($0)] } }
    }
}

extension GraphIndex {
    /// The weakly connected components (the connected components of an undirected
    /// view), largest first, as `networkx.(weakly_)connected_components`.
    ///
    /// - Complexity: O(*n* + *m*), iterative (no recursion on large graphs).
    public func weaklyConnectedComponents() -> Partition {
        var label = [Int32](repeating: -1, count: nodeCount)
        var queue = [Int32]()
        queue.reserveCapacity(nodeCount)
        var next: Int32 = 0
        for start in 0..<nodeCount where label[start] < 0 {
            label[start] = next
            queue.removeAll(keepingCapacity: true)
            queue.append(Int32(start))
            var head = 0
            while head < queue.count {
                let v = Int(queue[head])
                head += 1
                for e in outOffsets[v]..<outOffsets[v + 1] where label[Int(outTargets[e])] < 0 {
                    label[Int(outTargets[e])] = next
                    queue.append(outTargets[e])
                }
                for e in inOffsets[v]..<inOffsets[v + 1] where label[Int(inSources[e])] < 0 {
                    label[Int(inSources[e])] = next
                    queue.append(inSources[e])
                }
            }
            next += 1
        }
        return Partition(index: self, labels: label)
    }

    /// The strongly connected components, largest first, as
    /// `networkx.strongly_connected_components` (the weak ones in an undirected view).
    ///
    /// - Complexity: O(*n* + *m*); Tarjan's algorithm with an explicit stack.
    /// - Paper: R. Tarjan, "Depth-first search and linear graph algorithms",
    ///   SIAM J. Computing 1(2), 1972.
    public func stronglyConnectedComponents() -> Partition {
        guard isDirected else { return weaklyConnectedComponents() }
        let n = nodeCount
        var order = [Int32](repeating: -1, count: n)  // discovery number
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var label = [Int32](repeating: -1, count: n)
        var stack: [Int32] = []
        var callStack: [(node: Int32, edge: Int)] = []
        var counter: Int32 = 0, components: Int32 = 0
        for root in 0..<n where order[root] < 0 {
            callStack.append((Int32(root), outOffsets[root]))
            order[root] = counter
            low[root] = counter
            counter += 1
            stack.append(Int32(root))
            onStack[root] = true
            while let (node, edge) = callStack.last {
                let v = Int(node)
                if edge < outOffsets[v + 1] {
                    callStack[callStack.count - 1].edge += 1
                    let w = Int(outTargets[edge])
                    if order[w] < 0 {
                        order[w] = counter
                        low[w] = counter
                        counter += 1
                        stack.append(Int32(w))
                        onStack[w] = true
                        callStack.append((Int32(w), outOffsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], order[w])
                    }
                } else {
                    callStack.removeLast()
                    if let parent = callStack.last { low[Int(parent.node)] = min(low[Int(parent.node)], low[v]) }
                    if low[v] == order[v] {
                        while let w = stack.popLast() {
                            onStack[Int(w)] = false
                            label[Int(w)] = components
                            if Int(w) == v { break }
                        }
                        components += 1
                    }
                }
            }
        }
        return Partition(index: self, labels: label)
    }
}
