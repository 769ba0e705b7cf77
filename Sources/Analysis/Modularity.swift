extension GraphIndex {
    /// The modularity of `partition`, as `networkx.community.modularity`.
    ///
    /// Undirected: Σ_c [*L_c*/*m* − γ(*d_c*/2*m*)²]; directed: Σ_c [*L_c*/*m* −
    /// γ *d⁺_c* *d⁻_c*/*m*²], with *L_c* the weight inside group *c*, *d* the (in/out)
    /// strengths and *m* the total weight (unweighted views weigh each edge 1).
    ///
    /// - Parameters:
    ///   - partition: A partition of this index's nodes.
    ///   - resolution: γ; below 1 favours larger groups, above 1 smaller ones.
    /// - Complexity: O(*n* + *m*).
    /// - Paper: M. E. J. Newman, "Modularity and community structure in networks",
    ///   PNAS 103(23), 2006; E. A. Leicht & M. E. J. Newman, "Community structure in
    ///   directed networks", Phys. Rev. Lett. 100, 2008.
    public func modularity(of partition: Partition, resolution: Double = 1) -> Double {
        modularity(membership: partition.membership, groupCount: partition.groups.count, resolution: resolution)
    }

    func modularity(membership: [Int32], groupCount: Int, resolution: Double) -> Double {
        var inside = [Double](repeating: 0, count: groupCount)
        var outStrength = [Double](repeating: 0, count: groupCount)
        var inStrength = [Double](repeating: 0, count: groupCount)
        var total = 0.0
        for v in 0..<nodeCount {
            let c = Int(membership[v])
            for e in outOffsets[v]..<outOffsets[v + 1] {
                let w = outWeights[e]
                total += w
                outStrength[c] += w
                inStrength[Int(membership[Int(outTargets[e])])] += w
                if membership[Int(outTargets[e])] == membership[v] { inside[c] += w }
            }
        }
        guard total > 0 else { return 0 }
        var q = 0.0
        if isDirected {
            let m = total
            for c in 0..<groupCount {
                q += inside[c] / m - resolution * outStrength[c] * inStrength[c] / (m * m)
            }
        } else {
            // Every edge is two arcs: `total` is 2m, `inside` twice the inner weight.
            let m = total / 2
            for c in 0..<groupCount {
                q += inside[c] / 2 / m - resolution * outStrength[c] * outStrength[c] / (total * total)
            }
        }
        return q
    }
}
