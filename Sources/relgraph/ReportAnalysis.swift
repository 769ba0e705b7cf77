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

    /// Analyses the undirected view of `graph`, every relation kind together.
    init(graph: Graph, seed: UInt64) throws {
        let index: GraphIndex
        do {
            index = try GraphIndex(graph)
        } catch {
            throw CLIError.input("cannot analyse the graph: \(error)")
        }
        let large = index.nodeCount > Self.exactLimit
        scoresByMeasure["degree"] = index.degreeCentrality()
        scoresByMeasure["pagerank"] = (try? index.pageRank()) ?? nil
        scoresByMeasure["betweenness"] = try? index.betweennessCentrality(
            samples: large ? Self.pivots : nil, seed: seed)
        // Eigenvector centrality may not converge on some graphs (bipartite ones);
        // the report then goes without it rather than failing.
        scoresByMeasure["eigenvector"] = try? index.eigenvectorCentrality(maxIterations: 1000)
        if !large { scoresByMeasure["closeness"] = index.closenessCentrality() }
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
                MeasureColumn(name: name, values: Dictionary(uniqueKeysWithValues: scores.ranked().map { ($0.id, $0.score) }))
            }
        }
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
