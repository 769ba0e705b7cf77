import Foundation
import GraphModel

/// The data the page's script reads: the JSON inside `<script id="relgraph-data">`.
///
/// Entities and relations use the graph's own JSON coding (as in `graph.json`); scores
/// are keyed by entity id. Non-finite scores are left out, since JSON has no NaN.
struct ReportPageData: Codable, Equatable {
    /// One measure's scores, keyed by entity id.
    struct Measure: Codable, Equatable {
        var name: String
        var values: [String: Double]
    }

    var format = "relgraph-report"
    var version = 1
    var title: String
    var generated: String
    var entities: [Entity]
    var relations: [Relation]
    var measures: [Measure]
    var communities: [[EntityID]]
    var modularity: Double?

    init(_ input: ReportInput) {
        title = input.title
        generated = input.generated
        entities = input.graph.entities
        relations = input.graph.relations
        measures = input.measures.map { column in
            Measure(
                name: column.name,
                values: Dictionary(uniqueKeysWithValues: column.values.filter { $0.value.isFinite }
                    .map { ($0.key.rawValue, $0.value) }))
        }
        communities = input.communities
        modularity = input.modularity.flatMap { $0.isFinite ? $0 : nil }
    }

    /// The data as compact JSON with sorted keys, so equal input gives equal bytes.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
