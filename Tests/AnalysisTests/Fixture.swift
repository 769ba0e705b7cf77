import Foundation
import GraphModel
import Testing

@testable import Analysis

/// A small graph and networkx's answers for it, from scripts/make-analysis-fixtures.
struct Fixture: CustomTestStringConvertible, Sendable {
    let name: String
    let directed: Bool
    let weighted: Bool
    let nodes: [String]
    let edges: [(String, String, Double)]
    let data: Data

    var testDescription: String { name }

    static let names = [
        "karate", "florentine", "gnp-40-1", "gnp-60-2", "directed-30-3", "directed-50-4",
        "weighted-40-5", "weighted-directed-40-6", "disconnected-7", "disconnected-weighted-8",
    ]

    static let all: [Fixture] = names.map { Fixture(named: $0) }
    static var weightedOnes: [Fixture] { all.filter(\.weighted) }

    init(named name: String) {
        let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures")!
        data = try! Data(contentsOf: url)
        let object = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
        self.name = name
        directed = object["directed"] as! Bool
        weighted = object["weighted"] as! Bool
        nodes = object["nodes"] as! [String]
        edges = (object["edges"] as! [[Any]]).map {
            ($0[0] as! String, $0[1] as! String, ($0[2] as! NSNumber).doubleValue)
        }
    }

    /// The whole fixture, parsed.
    var json: [String: Any] { try! JSONSerialization.jsonObject(with: data) as! [String: Any] }

    /// The fixture's graph as an index (node ids are the networkx node names).
    func index(weighted: Bool = false) -> GraphIndex {
        let position = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, Int32($0)) })
        return try! GraphIndex(
            ids: nodes.map { EntityID($0) },
            edges: edges.map { GraphIndex.Edge(position[$0.0]!, position[$0.1]!, weight: $0.2) },
            directed: directed, weighted: weighted)
    }

    /// networkx's values of `measure`, by node, or nil when networkx has none.
    func expected(_ measure: String) -> [String: Double]? {
        guard let values = (json["measures"] as! [String: Any])[measure] as? [String: Any] else { return nil }
        return values.mapValues { ($0 as! NSNumber).doubleValue }
    }

    /// Checks `scores` against networkx's `measure` within `tolerance`.
    func check(
        _ scores: CentralityScores, against measure: String, tolerance: Double,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let expected = expected(measure) else {
            Issue.record("\(name): no networkx values for \(measure)", sourceLocation: sourceLocation)
            return
        }
        #expect(expected.count == scores.values.count, sourceLocation: sourceLocation)
        var worst = 0.0
        for (node, value) in expected {
            let difference = abs((scores[EntityID(node)] ?? .nan) - value)
            worst = difference.isNaN ? .infinity : max(worst, difference)
        }
        #expect(worst <= tolerance, "\(name) \(measure): largest difference \(worst)", sourceLocation: sourceLocation)
    }

    subscript(key: String) -> Any? { json[key] }
}
