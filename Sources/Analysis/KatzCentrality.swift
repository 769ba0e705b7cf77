import Foundation

extension GraphIndex {
    /// Katz centrality by fixed-point iteration, as `networkx.katz_centrality`.
    ///
    /// Iterates *x* ← α*A*ᵀ*x* + β from zero until the L1 change is below
    /// *n*·`tolerance`, then divides by the Euclidean norm when `normalized`. Converges
    /// only when α is below the inverse of the largest eigenvalue of *A*.
    ///
    /// - Parameters:
    ///   - alpha: The attenuation factor (networkx: 0.1).
    ///   - beta: The weight every node starts with (networkx: 1).
    ///   - normalized: Whether to scale to unit Euclidean norm (networkx: true).
    ///   - maxIterations: The iteration budget (networkx: 1000).
    ///   - tolerance: The per-node tolerance (networkx: 1e-6).
    /// - Throws: `AnalysisError.notConverged` when the budget runs out.
    /// - Complexity: O(*m*) per iteration.
    /// - Paper: L. Katz, "A new status index derived from sociometric analysis",
    ///   Psychometrika 18(1), 1953.
    public func katzCentrality(
        alpha: Double = 0.1, beta: Double = 1, normalized: Bool = true,
        maxIterations: Int = 1000, tolerance: Double = 1e-6
    ) throws -> CentralityScores {
        let n = nodeCount
        guard n > 0 else { return CentralityScores(measure: "katz", index: self, values: []) }
        var x = [Double](repeating: 0, count: n)
        var next = x
        for _ in 0..<maxIterations {
            var change = 0.0
            withAdjacency { _, incoming in
                for v in 0..<n {
                    var sum = 0.0
                    for e in incoming.offsets[v]..<incoming.offsets[v + 1] {
                        sum += x[Int(incoming.targets[e])] * incoming.weights[e]
                    }
                    let value = alpha * sum + beta
                    change += abs(value - x[v])
                    next[v] = value
                }
            }
            swap(&x, &next)
            if !change.isFinite { break }
            if change < Double(n) * tolerance {
                if normalized {
                    var norm = 0.0
                    for value in x { norm += value * value }
                    let scale = norm > 0 ? 1 / norm.squareRoot() : 1
                    for v in 0..<n { x[v] *= scale }
                }
                return CentralityScores(measure: "katz", index: self, values: x)
            }
        }
        throw AnalysisError.notConverged(measure: "Katz centrality", iterations: maxIterations)
    }
}
