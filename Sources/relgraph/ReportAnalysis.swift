import Analysis
import GraphModel
import Report

/// The measures and communities `relgraph report` shows, computed once.
struct ReportAnalysis {
    /// Each measure's scores, by measure name.
    private(set) var scoresByMeasure: [String: CentralityScores] = [:]
    /// The communities, largest first, as entity ids.
    private(set) var communities: [[EntityID]] = []
    /// The modularity of the communities.
    private(set) var modularity: Double?

    /// Above this many entities betweenness and closeness are estimated from pivots,
    /// so that a report of a large corpus stays a matter of seconds.
    static let exactLimit = 5_000
    static let pivots = 256

    /// The index every measure of the report is computed on: the undirected view of
    /// `graph`, every relation kind together.
    static func index(of graph: Graph) throws -> GraphIndex {
        do {
            return try GraphIndex(graph)
        } catch {
            throw CLIError.input("cannot analyse the graph: \(error)")
        }
    }

    /// Analyses the graph of `index` (from `index(of:)`).
    ///
    /// - Parameter known: measures already computed on `index` by
    ///   `GraphSelection.scores` (exact), by name; they are not computed again, except
    ///   betweenness on a graph large enough to be estimated here.
    init(index: GraphIndex, seed: UInt64, known: [String: CentralityScores] = [:]) {
        let large = index.nodeCount > Self.exactLimit
        func measure(_ name: String, _ compute: () throws -> CentralityScores) -> CentralityScores? {
            if let scores = known[name], !(large && name == "betweenness") { return scores }
            return try? compute()
        }
        scoresByMeasure["degree"] = measure("degree") { index.degreeCentrality() }
        scoresByMeasure["pagerank"] = measure("pagerank") { try index.pageRank() }
        scoresByMeasure["betweenness"] = measure("betweenness") {
            try index.betweennessCentrality(samples: large ? Self.pivots : nil, seed: seed)
        }
        // Eigenvector centrality may not converge on some graphs (bipartite ones);
        // the report then goes without it rather than failing.
        scoresByMeasure["eigenvector"] = measure("eigenvector") { try index.eigenvectorCentrality(maxIterations: 1000) }
        if !large { scoresByMeasure["closeness"] = measure("closeness") { index.closenessCentrality() } }
        let found = index.louvainCommunities(seed: seed)
        communities = found.partition.entityGroups
        modularity = found.modularity
    }

    /// The scores of `measure`, falling back to degree when it could not be computed.
    func scores(_ measure: String) -> CentralityScores {
        scoresByMeasure[measure] ?? scoresByMeasure["degree"]!
    }

    /// The measures as the page's columns, in a fixed order.
    var columns: [MeasureColumn] {
        Report.measureNames.compactMap { name in
            scoresByMeasure[name].map { scores in
                MeasureColumn(name: name, values: Self.values(scores))
            }
        }
    }

    /// Each entity's score, by id (no ranking: the page and the drawing sort what they show).
    static func values(_ scores: CentralityScores) -> [EntityID: Double] {
        Dictionary(uniqueKeysWithValues: zip(scores.index.ids, scores.values))
    }

    /// `graph` with each entity's scores as attributes, for the CSV tables.
    func graphWithScores(_ graph: Graph) -> Graph {
        var result = graph
        for entity in graph.entities {
            var scored = entity
            for (name, scores) in scoresByMeasure {
                if let value = scores[entity.id] { scored.attributes[name] = String(value) }
            }
            try? result.update(scored)
        }
        return result
    }
}
