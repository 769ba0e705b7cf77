/// Per-worker scratch space for single-source searches: breadth-first search
/// (Moore 1959) and Dijkstra's algorithm (Dijkstra 1959) with a binary heap.
///
/// The buffers are allocated once per worker and reset only where a search wrote,
/// so *n* searches cost O(*n*(*n* + *m*)) and not O(*n*²) of clearing on top.
/// Not `Sendable`: each worker owns one.
final class SearchScratch {
    let nodeCount: Int
    /// Hop distance of each node from the source, −1 when not reached (BFS).
    let level: UnsafeMutablePointer<Int32>
    /// Length of the shortest path from the source, +∞ when not reached (Dijkstra).
    let distance: UnsafeMutablePointer<Double>
    /// The number of shortest paths from the source (σ in Brandes 2001).
    let sigma: UnsafeMutablePointer<Double>
    /// The dependency of the source on each node (δ in Brandes 2001).
    let delta: UnsafeMutablePointer<Double>
    /// The reached nodes in the order they were settled (non-decreasing distance).
    let order: UnsafeMutablePointer<Int32>
    /// How many entries of `order` the last search filled.
    var reached = 0
    private var heapKeys: [Double] = []
    private var heapNodes: [Int32] = []

    init(nodeCount n: Int) {
        nodeCount = n
        level = .allocate(capacity: max(n, 1))
        level.initialize(repeating: -1, count: max(n, 1))
        distance = .allocate(capacity: max(n, 1))
        distance.initialize(repeating: .infinity, count: max(n, 1))
        sigma = .allocate(capacity: max(n, 1))
        sigma.initialize(repeating: 0, count: max(n, 1))
        delta = .allocate(capacity: max(n, 1))
        delta.initialize(repeating: 0, count: max(n, 1))
        // One spare slot: the branch-free BFS writes a candidate at `order[tail]`
        // before deciding whether to keep it, also when all n nodes are already in.
        order = .allocate(capacity: n + 1)
        order.initialize(repeating: 0, count: n + 1)
    }

    deinit {
        level.deallocate()
        distance.deallocate()
        sigma.deallocate()
        delta.deallocate()
        order.deallocate()
    }

    /// Clears what the last search wrote.
    func reset() {
        let level = self.level, distance = self.distance, sigma = self.sigma, delta = self.delta
        let order = self.order
        for i in 0..<reached {
            let v = Int(order[i])
            level[v] = -1
            distance[v] = .infinity
            sigma[v] = 0
            delta[v] = 0
        }
        reached = 0
    }

    /// Breadth-first search from `source` along the arcs of `adjacency`; fills
    /// `level`, `order` and, when `countPaths`, `sigma`.
    ///
    /// - Complexity: O(*n* + *m*) over the reached part.
    func breadthFirst(from source: Int32, _ adjacency: Adjacency, countPaths: Bool, maxLevel: Int32 = .max) {
        reset()
        // Locals, so the compiler need not reload the buffers after every store.
        let offsets = adjacency.offsets, targets = adjacency.targets
        let level = self.level, sigma = self.sigma, order = self.order
        level[Int(source)] = 0
        sigma[Int(source)] = 1
        order[0] = source
        var head = 0, tail = 1
        if countPaths {
            while head < tail {
                let v = Int(order[head])
                head += 1
                let next = level[v] + 1
                let sigmaV = sigma[v]
                // Branch-free: whether a neighbour is new is unpredictable, and a
                // mispredicted branch costs more than the stores made regardless.
                for e in offsets[v]..<offsets[v + 1] {
                    let w = Int(targets[e])
                    let lw = level[w]
                    let isNew = lw < 0
                    level[w] = isNew ? next : lw
                    order[tail] = Int32(truncatingIfNeeded: w)
                    tail &+= isNew ? 1 : 0
                    sigma[w] += isNew || lw == next ? sigmaV : 0
                }
            }
        } else {
            while head < tail {
                let v = Int(order[head])
                head += 1
                let next = level[v] + 1
                if next > maxLevel { continue }
                for e in offsets[v]..<offsets[v + 1] {
                    let w = Int(targets[e])
                    if level[w] < 0 {
                        level[w] = next
                        order[tail] = Int32(w)
                        tail += 1
                    }
                }
            }
        }
        reached = tail
    }

    /// Dijkstra's algorithm from `source` along `adjacency` with positive arc
    /// `lengths`; fills `distance`, `order` and, when `countPaths`, `sigma` (σ[w] is the
    /// sum of σ[v] over the v with d(v) + ℓ(v, w) = d(w), the same floating-point
    /// test networkx makes, so ties are the same ties).
    ///
    /// `reverse` must be the opposite adjacency (with `reverseLengths`), used to count paths.
    ///
    /// - Complexity: O((*n* + *m*) log *n*) over the reached part.
    func dijkstra(
        from source: Int32, _ adjacency: Adjacency, lengths: UnsafePointer<Double>,
        reverse: Adjacency?, reverseLengths: UnsafePointer<Double>?, maxDistance: Double = .infinity
    ) {
        reset()
        let offsets = adjacency.offsets, targets = adjacency.targets
        let level = self.level, distance = self.distance, sigma = self.sigma, order = self.order
        heapKeys.removeAll(keepingCapacity: true)
        heapNodes.removeAll(keepingCapacity: true)
        distance[Int(source)] = 0
        push(0, source)
        var settled = 0
        while let (d, node) = pop() {
            let v = Int(node)
            if d > distance[v] || level[v] == 0 { continue }
            level[v] = 0  // settled
            order[settled] = node
            settled += 1
            if let reverse, let reverseLengths {
                if node == source {
                    sigma[v] = 1
                } else {
                    var count = 0.0
                    for e in reverse.offsets[v]..<reverse.offsets[v + 1] {
                        let u = Int(reverse.targets[e])
                        if level[u] == 0 && distance[u] + reverseLengths[e] == d { count += sigma[u] }
                    }
                    sigma[v] = count
                }
            }
            for e in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[e])
                let candidate = d + lengths[e]
                if candidate < distance[w] && candidate <= maxDistance && level[w] != 0 {
                    distance[w] = candidate
                    push(candidate, Int32(w))
                }
            }
        }
        // Nodes pushed but never settled (beyond maxDistance they are never pushed,
        // so every pushed node is settled): `order` holds every touched node.
        reached = settled
    }

    private func push(_ key: Double, _ node: Int32) {
        heapKeys.append(key)
        heapNodes.append(node)
        var i = heapKeys.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if heapKeys[parent] <= key { break }
            heapKeys[i] = heapKeys[parent]
            heapNodes[i] = heapNodes[parent]
            i = parent
        }
        heapKeys[i] = key
        heapNodes[i] = node
    }

    private func pop() -> (Double, Int32)? {
        guard let lastKey = heapKeys.popLast(), let lastNode = heapNodes.popLast() else { return nil }
        guard !heapKeys.isEmpty else { return (lastKey, lastNode) }
        let top = (heapKeys[0], heapNodes[0])
        let count = heapKeys.count
        var i = 0
        while true {
            var child = 2 * i + 1
            if child >= count { break }
            if child + 1 < count && heapKeys[child + 1] < heapKeys[child] { child += 1 }
            if heapKeys[child] >= lastKey { break }
            heapKeys[i] = heapKeys[child]
            heapNodes[i] = heapNodes[child]
            i = child
        }
        heapKeys[i] = lastKey
        heapNodes[i] = lastNode
        return top
    }
}

/// Raw pointers to one direction of a `GraphIndex`'s CSR arrays, for inner loops.
///
/// Valid only inside `GraphIndex.withAdjacency`; read-only, so sharing it between
/// the workers of one call is safe.
struct Adjacency: @unchecked Sendable {
    let offsets: UnsafePointer<Int>
    let targets: UnsafePointer<Int32>
    let weights: UnsafePointer<Double>
}

extension GraphIndex {
    /// Calls `body` with the outgoing and incoming adjacency of the index.
    func withAdjacency<R>(_ body: (_ outgoing: Adjacency, _ incoming: Adjacency) throws -> R) rethrows -> R {
        try outOffsets.withUnsafeBufferPointer { oo in
            try outTargets.withUnsafeBufferPointer { ot in
                try outWeights.withUnsafeBufferPointer { ow in
                    try inOffsets.withUnsafeBufferPointer { io in
                        try inSources.withUnsafeBufferPointer { isrc in
                            try inWeights.withUnsafeBufferPointer { iw in
                                try body(
                                    Adjacency(
                                        offsets: oo.baseAddress!, targets: ot.baseAddress ?? dummyTargets,
                                        weights: ow.baseAddress ?? dummyWeights),
                                    Adjacency(
                                        offsets: io.baseAddress!, targets: isrc.baseAddress ?? dummyTargets,
                                        weights: iw.baseAddress ?? dummyWeights))
                            }
                        }
                    }
                }
            }
        }
    }
}

// Stand-ins for the base address of empty arrays (never read: no arcs, no reads).
nonisolated(unsafe) private let dummyTargets = UnsafePointer(UnsafeMutablePointer<Int32>.allocate(capacity: 1))
nonisolated(unsafe) private let dummyWeights = UnsafePointer(UnsafeMutablePointer<Double>.allocate(capacity: 1))
