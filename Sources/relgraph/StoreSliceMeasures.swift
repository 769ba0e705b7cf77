import Analysis
import GraphModel

extension StoreTimeSeries.Measure {
    /// The measures of `relgraph analyze` that a time series can follow.
    static let analysisMeasures = [
        "degree", "in-degree", "out-degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector",
        "pagerank", "katz", "core",
    ]

    /// The `relgraph analyze` measure `name`, computed on each period's graph as `view`
    /// (--relations, --kinds, --weighted, …) selects, with the analysis module's defaults.
    ///
    /// - Precondition: `name` is one of `analysisMeasures`.
    static func analysis(_ name: String, view: AnalysisViewOptions) throws -> Self {
        let length = try view.edgeLength()
        return Self(name: name) { graph in
            let index = try view.index(of: graph, source: "time slice")
            guard index.nodeCount > 0 else { return [:] }
            let scores: CentralityScores
            switch name {
            case "degree": scores = index.degreeCentrality()
            case "in-degree": scores = index.degreeCentrality(.incoming)
            case "out-degree": scores = index.degreeCentrality(.outgoing)
            case "strength": scores = index.strength()
            case "betweenness": scores = try index.betweennessCentrality(length: length)
            case "closeness": scores = index.closenessCentrality(length: length)
            case "harmonic": scores = index.harmonicCentrality(length: length)
            case "eigenvector": scores = try index.eigenvectorCentrality()
            case "pagerank": scores = try index.pageRank()
            case "katz": scores = try index.katzCentrality()
            default: scores = index.coreNumbers()
            }
            var result: [EntityID: Double] = [:]
            for (node, value) in scores.values.enumerated() { result[index.ids[node]] = value }
            return result
        }
    }
}
