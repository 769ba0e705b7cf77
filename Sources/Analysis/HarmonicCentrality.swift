extension GraphIndex {
    /// Harmonic centrality: the sum of the inverse distances from every other node,
    /// as `networkx.harmonic_centrality` (not normalized; unreachable nodes add 0).
    ///
    /// In a directed view the distances are those *to* the node, as in networkx.
    ///
    /// - Parameter length: Hop counts (BFS) or edge weights as lengths (Dijkstra).
    /// - Complexity: O(*n* *m*) for hops, O(*n*(*m* + *n* log *n*)) for weights.
    /// - Paper: M. Marchiori & V. Latora, "Harmony in the small-world", Physica A
    ///   285, 2000; P. Boldi & S. Vigna, "Axioms for centrality", Internet
    ///   Mathematics 10, 2014.
    public func harmonicCentrality(length: EdgeLength = .hops) -> CentralityScores {
        if length == .hops {
            return CentralityScores(
                measure: "harmonic", index: self, values: hopDistanceSums(alongIncoming: true).harmonic)
        }
        let values = SharedBuffer<Double>(repeating: 0, count: nodeCount)
        forEachSearchTowards(length: length) { u, scratch in
            var total = 0.0
            for i in 1..<max(scratch.reached, 1) {
                let v = Int(scratch.order[i])
                let d = length == .hops ? Double(scratch.level[v]) : scratch.distance[v]
                if d != 0 { total += 1 / d }
            }
            values.pointer[Int(u)] = total
        }
        return CentralityScores(measure: "harmonic", index: self, values: values.array)
    }
}
