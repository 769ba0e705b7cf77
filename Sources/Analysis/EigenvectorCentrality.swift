import Foundation

extension GraphIndex {
    /// Eigenvector centrality by power iteration, as `networkx.eigenvector_centrality`.
    ///
    /// Iterates *x* ← (*A*ᵀ + *I*)*x* / ‖(*A*ᵀ + *I*)*x*‖₂ from the uniform vector (the
    /// identity shift makes bipartite graphs converge, as in networkx) until the L1
    /// change is below *n*·`tolerance`. In a directed view scores flow along arcs (the
    /// left eigenvector: a node is central when central nodes point to it).
    ///
    /// - Parameters:
    ///   - maxIterations: The iteration budget (networkx: 100).
    ///   - tolerance: The per-node tolerance (networkx: 1e-6).
    /// - Throws: `AnalysisError.notConverged` when the budget runs out.
    /// - Complexity: O(*m*) per iteration.
    /// - Paper: P. Bonacich, "Factoring and weighting approaches to status scores and
    ///   clique identification", J. Math. Sociol. 2(1), 1972.
    public func eigenvectorCentrality(maxIterations: Int = 100, tolerance: Double = 1e-6) throws
        -> CentralityScores
    {
        let n = nodeCount
        guard n > 0 else { return CentralityScores(measure: "eigenvector", index: self, values: []) }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        for _ in 0..<maxIterations {
            withAdjacency { _, incoming in
                for v in 0..<n {
                    var sum = x[v]
                    for e in incoming.offsets[v]..<incoming.offsets[v + 1] {
                        sum += x[Int(incoming.targets[e])] * incoming.weights[e]
                    }
                    next[v] = sum
                }
            }
            var norm = 0.0
            for value in next { norm += value * value }
            norm = norm.squareRoot()
            if norm == 0 { norm = 1 }
            var change = 0.0
            for v in 0..<n {
                next[v] /= norm
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance {
                return CentralityScores(measure: "eigenvector", index: self, values: x)
            }
        }
        throw AnalysisError.notConverged(measure: "eigenvector centrality", iterations: maxIterations)
    }
}
