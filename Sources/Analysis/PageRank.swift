import GraphModel

extension GraphIndex {
    /// PageRank by power iteration, as `networkx.pagerank`.
    ///
    /// A random surfer follows an arc with probability `damping` (choosing arcs in
    /// proportion to their weight) and otherwise jumps to a node drawn from the
    /// personalization vector; dangling nodes (no outgoing arc) jump the same way.
    /// An undirected edge is an arc both ways. Stops when the L1 change is below
    /// *n*·`tolerance`.
    ///
    /// - Parameters:
    ///   - damping: The probability of following an arc (networkx's `alpha`, 0.85).
    ///   - personalization: Relative jump weights by entity; uniform when nil or empty.
    ///     Missing entities weigh 0.
    ///   - maxIterations: The iteration budget (networkx: 100).
    ///   - tolerance: The per-node tolerance (networkx: 1e-6).
    /// - Throws: `AnalysisError.notConverged` when the budget runs out;
    ///   `AnalysisError.invalidParameter` when the personalization sums to 0.
    /// - Complexity: O(*n* + *m*) per iteration.
    /// - Paper: S. Brin & L. Page, "The anatomy of a large-scale hypertextual Web
    ///   search engine", Computer Networks and ISDN Systems 30, 1998.
    public func pageRank(
        damping: Double = 0.85, personalization: [EntityID: Double]? = nil,
        maxIterations: Int = 100, tolerance: Double = 1e-6
    ) throws -> CentralityScores {
        let n = nodeCount
        guard n > 0 else { return CentralityScores(measure: "pagerank", index: self, values: []) }
        var jump = [Double](repeating: 1 / Double(n), count: n)
        if let personalization, !personalization.isEmpty {
            jump = ids.map { max(0, personalization[$0] ?? 0) }
            let sum = jump.reduce(0, +)
            guard sum > 0 else {
                throw AnalysisError.invalidParameter(
                    name: "personalization", value: "", reason: "no entity of the graph has a positive weight")
            }
            for v in 0..<n { jump[v] /= sum }
        }
        // Inverse out-strength of each node; 0 marks a dangling node.
        var inverseStrength = [Double](repeating: 0, count: n)
        var dangling: [Int] = []
        for v in 0..<n {
            var s = 0.0
            for e in outOffsets[v]..<outOffsets[v + 1] { s += outWeights[e] }
            if s != 0 { inverseStrength[v] = 1 / s } else { dangling.append(v) }
        }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        var share = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            var danglingSum = 0.0
            for v in dangling { danglingSum += x[v] }
            for v in 0..<n { share[v] = x[v] * inverseStrength[v] }
            var change = 0.0
            withAdjacency { _, incoming in
                for v in 0..<n {
                    var sum = 0.0
                    for e in incoming.offsets[v]..<incoming.offsets[v + 1] {
                        sum += share[Int(incoming.targets[e])] * incoming.weights[e]
                    }
                    let value = damping * (sum + danglingSum * jump[v]) + (1 - damping) * jump[v]
                    change += abs(value - x[v])
                    next[v] = value
                }
            }
            swap(&x, &next)
            if change < Double(n) * tolerance {
                return CentralityScores(measure: "pagerank", index: self, values: x)
            }
        }
        throw AnalysisError.notConverged(measure: "PageRank", iterations: maxIterations)
    }
}
