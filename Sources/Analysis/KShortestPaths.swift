extension GraphIndex {
    /// The `k` shortest simple paths from `source` to `target`, shortest first, as
    /// `networkx.shortest_simple_paths` (ties in length may come in another order).
    ///
    /// - Parameters:
    ///   - k: How many paths to return at most.
    ///   - length: Hop counts or edge weights as lengths.
    /// - Complexity: O(*k* *n* (*m* + *n* log *n*)).
    /// - Paper: J. Y. Yen, "Finding the k shortest loopless paths in a network",
    ///   Management Science 17(11), 1971.
    public func kShortestPaths(from source: Node, to target: Node, k: Int, length: EdgeLength = .hops)
        -> [[Node]]
    {
        guard k > 0 else { return [] }
        let lengths = arcLengths(length)?.outgoing ?? outWeights.map { _ in 1 }
        var blockedNodes = [Bool](repeating: false, count: nodeCount)
        var blockedArcs = Set<Int>()
        guard let first = restrictedPath(from: source, to: target, lengths, blockedNodes, blockedArcs) else {
            return []
        }
        var found: [(path: [Node], cost: Double)] = [first]
        var candidates: [(path: [Node], cost: Double)] = []
        var seen = Set<[Node]>([first.path])
        while found.count < k {
            let previous = found[found.count - 1].path
            for spurIndex in 0..<(previous.count - 1) {
                let spur = previous[spurIndex]
                let root = Array(previous[...spurIndex])
                blockedArcs.removeAll()
                for (path, _) in found where path.count > spurIndex && Array(path[...spurIndex]) == root {
                    if let arc = arcIndex(from: path[spurIndex], to: path[spurIndex + 1]) { blockedArcs.insert(arc) }
                }
                for v in 0..<nodeCount { blockedNodes[v] = false }
                for node in root.dropLast() { blockedNodes[Int(node)] = true }
                guard let spurPath = restrictedPath(from: spur, to: target, lengths, blockedNodes, blockedArcs)
                else { continue }
                var rootCost = 0.0
                for i in 0..<spurIndex {
                    rootCost += lengths[arcIndex(from: root[i], to: root[i + 1])!]
                }
                let total = root.dropLast() + spurPath.path
                if seen.insert(Array(total)).inserted {
                    candidates.append((Array(total), rootCost + spurPath.cost))
                }
            }
            guard !candidates.isEmpty else { break }
            // The cheapest candidate; ties by fewer nodes, then by node order.
            let best = candidates.indices.min { a, b in
                let x = candidates[a], y = candidates[b]
                if x.cost != y.cost { return x.cost < y.cost }
                if x.path.count != y.path.count { return x.path.count < y.path.count }
                return x.path.lexicographicallyPrecedes(y.path)
            }!
            found.append(candidates.remove(at: best))
        }
        return found.map(\.path)
    }

    /// The position of the arc from `source` to `target` in the outgoing arrays.
    func arcIndex(from source: Node, to target: Node) -> Int? {
        var low = outOffsets[Int(source)], high = outOffsets[Int(source) + 1]
        while low < high {
            let mid = (low + high) / 2
            if outTargets[mid] < target { low = mid + 1 } else { high = mid }
        }
        return low < outOffsets[Int(source) + 1] && outTargets[low] == target ? low : nil
    }

    /// Dijkstra's algorithm avoiding blocked nodes and arcs; the path and its cost.
    private func restrictedPath(
        from source: Node, to target: Node, _ lengths: [Double], _ blockedNodes: [Bool], _ blockedArcs: Set<Int>
    ) -> (path: [Node], cost: Double)? {
        var distance = [Double](repeating: .infinity, count: nodeCount)
        var previous = [Node](repeating: -1, count: nodeCount)
        var done = [Bool](repeating: false, count: nodeCount)
        var heap = [(Double, Node)]()
        distance[Int(source)] = 0
        heap.append((0, source))
        while let index = heap.indices.min(by: { heap[$0] < heap[$1] }) {
            let (d, v) = heap.remove(at: index)
            if done[Int(v)] { continue }
            done[Int(v)] = true
            if v == target { break }
            for e in outOffsets[Int(v)]..<outOffsets[Int(v) + 1] {
                let w = outTargets[e]
                if blockedNodes[Int(w)] || blockedArcs.contains(e) || done[Int(w)] { continue }
                let candidate = d + lengths[e]
                if candidate < distance[Int(w)] || (candidate == distance[Int(w)] && v < previous[Int(w)]) {
                    distance[Int(w)] = candidate
                    previous[Int(w)] = v
                    heap.append((candidate, w))
                }
            }
        }
        guard distance[Int(target)].isFinite else { return nil }
        var path = [target]
        while path.last! != source { path.append(previous[Int(path.last!)]) }
        return (path.reversed(), distance[Int(target)])
    }
}
