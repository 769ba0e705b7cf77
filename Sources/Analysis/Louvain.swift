import GraphModel

/// Communities found in a graph, with the modularity of the partition.
public struct Communities: Sendable {
    /// The communities, largest first.
    public let partition: Partition
    /// The modularity of the partition (`networkx.community.modularity`).
    public let modularity: Double
    /// The resolution the communities were found with.
    public let resolution: Double
    /// How many aggregation levels the search ran.
    public let levels: Int
}

extension GraphIndex {
    /// Louvain communities, as `networkx.community.louvain_communities`.
    ///
    /// Each level visits the nodes in a seeded random order and moves each to the
    /// neighbouring community with the largest modularity gain, until no move helps;
    /// then communities become nodes and the next level starts. Stops when a level
    /// gains no more than `threshold` modularity. The same seed gives the same
    /// communities; networkx's random stream differs, so its communities may differ
    /// while the modularity is close.
    ///
    /// - Parameters:
    ///   - resolution: γ; below 1 favours larger communities, above 1 smaller ones.
    ///   - threshold: The modularity gain below which the search stops (networkx: 1e-7).
    ///   - seed: The seed of the visiting order.
    /// - Complexity: about O(*m*) per sweep, a few sweeps per level, few levels.
    /// - Paper: V. D. Blondel, J.-L. Guillaume, R. Lambiotte & E. Lefebvre, "Fast
    ///   unfolding of communities in large networks", J. Stat. Mech. P10008, 2008;
    ///   N. Dugué & A. Perez, "Directed Louvain", 2015 (the directed gain).
    public func louvainCommunities(resolution: Double = 1, threshold: Double = 1e-7, seed: UInt64 = 0)
        -> Communities
    {
        var generator = SplitMix64(seed: seed)
        var level = LouvainLevel(self)
        var membership = (0..<Int32(nodeCount)).map { $0 }  // original node → community
        let m = level.totalWeight
        guard m > 0 else {
            let partition = Partition(index: self, labels: membership)
            return Communities(
                partition: partition, modularity: modularity(of: partition, resolution: resolution),
                resolution: resolution, levels: 0)
        }
        var modularity = level.modularity(of: (0..<Int32(level.n)).map { $0 }, resolution: resolution, m: m)
        var levels = 0
        while true {
            let (inner, improved) = level.oneLevel(resolution: resolution, m: m, generator: &generator)
            guard improved || levels == 0 else { break }
            levels += 1
            for v in membership.indices { membership[v] = inner[Int(membership[v])] }
            let newModularity = level.modularity(of: inner, resolution: resolution, m: m)
            if newModularity - modularity <= threshold { break }
            modularity = newModularity
            level = level.aggregated(by: inner)
        }
        let partition = Partition(index: self, labels: membership)
        return Communities(
            partition: partition, modularity: self.modularity(of: partition, resolution: resolution),
            resolution: resolution, levels: levels)
    }
}

/// One level of the Louvain method: a weighted graph whose nodes are the
/// communities of the level below, with self-loops holding their inner weight.
private struct LouvainLevel {
    let n: Int
    let directed: Bool
    /// Outgoing arcs without self-loops (both ways when undirected).
    var offsets: [Int], targets: [Int32], weights: [Double]
    /// Incoming arcs without self-loops (directed only).
    var inOffsets: [Int], inSources: [Int32], inWeights: [Double]
    var selfLoop: [Double]
    /// Out- and in-strength with self-loops (the same array twice when undirected,
    /// where the degree counts a self-loop twice).
    var outStrength: [Double], inStrength: [Double]

    init(_ index: GraphIndex) {
        n = index.nodeCount
        directed = index.isDirected
        offsets = index.outOffsets
        targets = index.outTargets
        weights = index.outWeights
        inOffsets = index.inOffsets
        inSources = index.inSources
        inWeights = index.inWeights
        selfLoop = [Double](repeating: 0, count: n)
        outStrength = [Double](repeating: 0, count: n)
        inStrength = [Double](repeating: 0, count: n)
        computeStrengths()
    }

    init(n: Int, directed: Bool, arcs: [(Int32, Int32, Double)], selfLoop: [Double]) {
        self.n = n
        self.directed = directed
        self.selfLoop = selfLoop
        (offsets, targets, weights) = LouvainLevel.csr(n: n, arcs: arcs, bySource: true)
        if directed {
            (inOffsets, inSources, inWeights) = LouvainLevel.csr(n: n, arcs: arcs, bySource: false)
        } else {
            (inOffsets, inSources, inWeights) = (offsets, targets, weights)
        }
        outStrength = []
        inStrength = []
        computeStrengths()
    }

    private mutating func computeStrengths() {
        var out = [Double](repeating: 0, count: n)
        var inc = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for e in offsets[v]..<offsets[v + 1] { out[v] += weights[e] }
            if directed {
                for e in inOffsets[v]..<inOffsets[v + 1] { inc[v] += inWeights[e] }
                out[v] += selfLoop[v]
                inc[v] += selfLoop[v]
            } else {
                out[v] += 2 * selfLoop[v]
            }
        }
        outStrength = out
        inStrength = directed ? inc : out
    }

    /// Arcs (collapsed, sorted) in CSR form, by source or by target.
    private static func csr(n: Int, arcs: [(Int32, Int32, Double)], bySource: Bool)
        -> ([Int], [Int32], [Double])
    {
        let sorted = arcs.map { bySource ? $0 : ($0.1, $0.0, $0.2) }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [Int32] = [], weights: [Double] = []
        for (s, t, w) in sorted {
            if let last = targets.last, offsets[Int(s) + 1] > 0, last == t {
                weights[weights.count - 1] += w
                continue
            }
            offsets[Int(s) + 1] += 1
            targets.append(t)
            weights.append(w)
        }
        for v in 0..<n { offsets[v + 1] += offsets[v] }
        return (offsets, targets, weights)
    }

    /// The total weight *m* (each undirected edge once).
    var totalWeight: Double {
        let arcs = weights.reduce(0, +)
        return (directed ? arcs : arcs / 2) + selfLoop.reduce(0, +)
    }

    /// Moves nodes between communities until no move gains modularity; the community
    /// of each node (numbered densely) and whether any node moved.
    func oneLevel(resolution: Double, m: Double, generator: inout SplitMix64) -> ([Int32], Bool) {
        var community = (0..<Int32(n)).map { $0 }
        var totalOut = outStrength, totalIn = inStrength
        var order = Array(0..<n)
        order.shuffle(using: &generator)
        var toCommunity = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var improvement = false
        var moves = 1
        let m2 = m * m
        while moves > 0 {
            moves = 0
            for u in order {
                touched.removeAll(keepingCapacity: true)
                for e in offsets[u]..<offsets[u + 1] {
                    let c = Int(community[Int(targets[e])])
                    if toCommunity[c] == 0 { touched.append(c) }
                    toCommunity[c] += weights[e]
                }
                if directed {
                    for e in inOffsets[u]..<inOffsets[u + 1] {
                        let c = Int(community[Int(inSources[e])])
                        if toCommunity[c] == 0 { touched.append(c) }
                        toCommunity[c] += inWeights[e]
                    }
                }
                let own = Int(community[u])
                var best = own
                var bestGain = 0.0
                let removeCost: Double
                if directed {
                    totalIn[own] -= inStrength[u]
                    totalOut[own] -= outStrength[u]
                    removeCost = -toCommunity[own] / m
                        + resolution * (outStrength[u] * totalIn[own] + inStrength[u] * totalOut[own]) / m2
                } else {
                    totalOut[own] -= outStrength[u]
                    removeCost = -toCommunity[own] / m + resolution * totalOut[own] * outStrength[u] / (2 * m2)
                }
                for c in touched {
                    let gain: Double
                    if directed {
                        gain = removeCost + toCommunity[c] / m
                            - resolution * (outStrength[u] * totalIn[c] + inStrength[u] * totalOut[c]) / m2
                    } else {
                        gain = removeCost + toCommunity[c] / m - resolution * totalOut[c] * outStrength[u] / (2 * m2)
                    }
                    if gain > bestGain {
                        bestGain = gain
                        best = c
                    }
                }
                for c in touched { toCommunity[c] = 0 }
                if directed {
                    totalIn[best] += inStrength[u]
                    totalOut[best] += outStrength[u]
                } else {
                    totalOut[best] += outStrength[u]
                }
                if best != own {
                    community[u] = Int32(best)
                    improvement = true
                    moves += 1
                }
            }
        }
        // Renumber densely in order of first appearance.
        var renumber = [Int32](repeating: -1, count: n)
        var next: Int32 = 0
        for v in 0..<n where renumber[Int(community[v])] < 0 {
            renumber[Int(community[v])] = next
            next += 1
        }
        return (community.map { renumber[Int($0)] }, improvement)
    }

    /// The modularity of a dense community numbering of this level's nodes.
    func modularity(of community: [Int32], resolution: Double, m: Double) -> Double {
        let groups = Int(community.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: groups)
        var out = [Double](repeating: 0, count: groups)
        var inc = [Double](repeating: 0, count: groups)
        for v in 0..<n {
            let c = Int(community[v])
            inside[c] += selfLoop[v]
            out[c] += outStrength[v]
            inc[c] += inStrength[v]
            for e in offsets[v]..<offsets[v + 1] where community[Int(targets[e])] == community[v] {
                inside[c] += directed ? weights[e] : weights[e] / 2
            }
        }
        var q = 0.0
        for c in 0..<groups {
            q += directed
                ? inside[c] / m - resolution * out[c] * inc[c] / (m * m)
                : inside[c] / m - resolution * out[c] * out[c] / (4 * m * m)
        }
        return q
    }

    /// The next level: one node per community, weights summed, inner weight as self-loops.
    func aggregated(by community: [Int32]) -> LouvainLevel {
        let groups = Int(community.max() ?? -1) + 1
        var selfLoops = [Double](repeating: 0, count: groups)
        var arcs: [(Int32, Int32, Double)] = []
        for v in 0..<n {
            let c = community[v]
            selfLoops[Int(c)] += selfLoop[v]
            for e in offsets[v]..<offsets[v + 1] {
                let d = community[Int(targets[e])]
                if d == c {
                    selfLoops[Int(c)] += directed ? weights[e] : weights[e] / 2
                } else {
                    arcs.append((c, d, weights[e]))
                }
            }
        }
        return LouvainLevel(n: groups, directed: directed, arcs: arcs, selfLoop: selfLoops)
    }
}
