extension GraphIndex {
    /// The core number of every node, as `networkx.core_number`: the largest *k* such
    /// that the node belongs to a subgraph where every node has degree ≥ *k*. In a
    /// directed view the degree is in-degree plus out-degree, as in networkx.
    ///
    /// - Complexity: O(*n* + *m*), bucket sort by degree.
    /// - Paper: V. Batagelj & M. Zaversnik, "An O(m) algorithm for cores
    ///   decomposition of networks", arXiv cs/0310049, 2003.
    public func coreNumbers() -> CentralityScores {
        let n = nodeCount
        var degree = (0..<n).map { self.degree(of: Node($0)) }
        let maxDegree = degree.max() ?? 0
        var binStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { binStart[d + 1] += 1 }
        for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
        var position = [Int](repeating: 0, count: n)
        var vertices = [Int](repeating: 0, count: n)
        var next = binStart
        for v in 0..<n {
            position[v] = next[degree[v]]
            vertices[position[v]] = v
            next[degree[v]] += 1
        }
        for i in 0..<n {
            let v = vertices[i]
            for neighbor in neighborsBothWays(v) where degree[neighbor] > degree[v] {
                // Move the neighbour to the front of its bin, then shrink the bin.
                let du = degree[neighbor]
                let pu = position[neighbor]
                let pw = binStart[du]
                let w = vertices[pw]
                if neighbor != w {
                    position[neighbor] = pw
                    vertices[pu] = w
                    position[w] = pu
                    vertices[pw] = neighbor
                }
                binStart[du] += 1
                degree[neighbor] -= 1
            }
        }
        return CentralityScores(measure: "core", index: self, values: degree.map(Double.init))
    }

    /// The neighbours of `v` through outgoing then incoming arcs (each arc once).
    private func neighborsBothWays(_ v: Int) -> [Int] {
        var result = (outOffsets[v]..<outOffsets[v + 1]).map { Int(outTargets[$0]) }
        if isDirected { result += (inOffsets[v]..<inOffsets[v + 1]).map { Int(inSources[$0]) } }
        return result
    }

    /// The nodes of the `k`-core: those whose core number is at least `k`
    /// (the main core, the largest *k* with a non-empty core, when nil).
    public func kCore(_ k: Int? = nil) -> [Node] {
        let cores = coreNumbers().values
        let threshold = Double(k ?? Int(cores.max() ?? 0))
        return cores.indices.filter { cores[$0] >= threshold }.map { Node($0) }
    }
}
