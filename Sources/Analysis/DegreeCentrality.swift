extension GraphIndex {
    /// Which arcs a degree counts.
    public enum DegreeDirection: String, Hashable, Sendable, CaseIterable {
        /// Incoming plus outgoing arcs (the degree in an undirected view).
        case all
        /// Incoming arcs.
        case incoming = "in"
        /// Outgoing arcs.
        case outgoing = "out"
    }

    /// Degree centrality: the fraction of the other nodes a node is joined to,
    /// as `networkx.degree_centrality` (and `in_`/`out_degree_centrality`).
    ///
    /// In a directed view `.all` counts arcs both ways, so a node with arcs to and
    /// from the same neighbour scores 2/(n − 1) for it, as in networkx.
    ///
    /// - Parameter direction: Which arcs to count.
    /// - Complexity: O(*n*).
    public func degreeCentrality(_ direction: DegreeDirection = .all) -> CentralityScores {
        let scale = nodeCount > 1 ? 1 / Double(nodeCount - 1) : 1
        let values = (0..<nodeCount).map { Double(degree(of: Node($0), direction)) * scale }
        return CentralityScores(measure: measureName("degree", direction), index: self, values: values)
    }

    /// Strength: the sum of the weights of a node's edges (networkx's
    /// `G.degree(weight="weight")`), not normalized.
    ///
    /// - Complexity: O(*m*).
    public func strength(_ direction: DegreeDirection = .all) -> CentralityScores {
        var values = [Double](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount {
            var sum = 0.0
            if direction != .incoming || !isDirected {
                for e in outOffsets[v]..<outOffsets[v + 1] { sum += outWeights[e] }
            }
            if isDirected && direction != .outgoing {
                for e in inOffsets[v]..<inOffsets[v + 1] { sum += inWeights[e] }
            }
            values[v] = sum
        }
        return CentralityScores(measure: measureName("strength", direction), index: self, values: values)
    }

    /// The number of arcs of `node` in `direction` (its degree in an undirected view).
    public func degree(of node: Node, _ direction: DegreeDirection = .all) -> Int {
        guard isDirected else { return outDegree(of: node) }
        switch direction {
        case .all: return outDegree(of: node) + inDegree(of: node)
        case .incoming: return inDegree(of: node)
        case .outgoing: return outDegree(of: node)
        }
    }

    private func measureName(_ base: String, _ direction: DegreeDirection) -> String {
        direction == .all || !isDirected ? base : "\(direction.rawValue)-\(base)"
    }
}
