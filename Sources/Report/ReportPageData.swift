import Foundation
import GraphModel

/// The data the page's script reads: the JSON inside `<script id="relgraph-data">`.
///
/// Entities and relations use the graph's own JSON coding (as in `graph.json`); scores
/// are keyed by entity id. Non-finite scores are left out, since JSON has no NaN.
/// `Codable` reads the data back (the tests do); `json()` writes it.
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

    init(_ input: ReportInput, relations: [Relation]? = nil) {
        title = input.title
        generated = input.generated
        entities = input.graph.entities
        self.relations = relations ?? input.graph.relations
        measures = input.measures.map { column in
            Measure(
                name: column.name,
                values: Dictionary(uniqueKeysWithValues: column.values.filter { $0.value.isFinite }
                    .map { ($0.key.rawValue, $0.value) }))
        }
        communities = input.communities
        modularity = input.modularity.flatMap { $0.isFinite ? $0 : nil }
    }

    /// The data as compact JSON with sorted keys, safe inside a `<script>` element
    /// (`ScriptJSONWriter`), so equal input gives equal bytes.
    ///
    /// - Throws: `ReportError.unencodableNumber` for a weight that is not finite.
    /// - Complexity: O(*n* + *m* + *e*) in entities, relations and evidence, plus
    ///   sorting each measure's ids.
    func json() throws(ReportError) -> String {
        var writer = ScriptJSONWriter(capacity: 1 << 20)
        writer.beginObject()
        writer.key("communities")
        writer.beginArray()
        for community in communities {
            writer.beginArray()
            for id in community { writer.string(id.rawValue) }
            writer.endArray()
        }
        writer.endArray()
        writer.key("entities")
        writer.beginArray()
        for entity in entities {
            writer.beginObject()
            writer.key("aliases")
            writer.beginArray()
            for alias in entity.aliases { writer.string(alias) }
            writer.endArray()
            Self.write(entity.attributes, to: &writer)
            writer.key("id")
            writer.string(entity.id.rawValue)
            writer.key("kind")
            writer.string(entity.kind.rawValue)
            writer.key("name")
            writer.string(entity.name)
            writer.endObject()
        }
        writer.endArray()
        writer.key("format")
        writer.string(format)
        writer.key("generated")
        writer.string(generated)
        writer.key("measures")
        writer.beginArray()
        for measure in measures {
            writer.beginObject()
            writer.key("name")
            writer.string(measure.name)
            writer.key("values")
            writer.beginObject()
            for (id, value) in measure.values.sorted(by: { $0.key < $1.key }) {
                writer.key(id)
                try writer.number(value, of: "\(measure.name) of \(id)")
            }
            writer.endObject()
            writer.endObject()
        }
        writer.endArray()
        if let modularity {
            writer.key("modularity")
            try writer.number(modularity, of: "the modularity")
        }
        writer.key("relations")
        writer.beginArray()
        for relation in relations {
            writer.beginObject()
            Self.write(relation.attributes, to: &writer)
            writer.key("directed")
            writer.bool(relation.isDirected)
            writer.key("evidence")
            writer.beginArray()
            for evidence in relation.evidence {
                writer.beginObject()
                if let date = evidence.date {
                    writer.key("date")
                    writer.string(date)
                }
                writer.key("document")
                writer.string(evidence.document)
                writer.key("end")
                writer.number(evidence.end)
                writer.key("sentence")
                writer.string(evidence.sentence)
                writer.key("start")
                writer.number(evidence.start)
                writer.endObject()
            }
            writer.endArray()
            writer.key("kind")
            writer.string(relation.kind.rawValue)
            writer.key("source")
            writer.string(relation.source.rawValue)
            writer.key("target")
            writer.string(relation.target.rawValue)
            writer.key("weight")
            try writer.number(relation.weight, of: "the weight of \(relation.source) – \(relation.target)")
            writer.endObject()
        }
        writer.endArray()
        writer.key("title")
        writer.string(title)
        writer.key("version")
        writer.number(version)
        writer.endObject()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Writes `attributes` as the `attributes` member, sorted by name; nothing when empty
    /// (as `Entity` and `Relation` encode them).
    private static func write(_ attributes: [String: String], to writer: inout ScriptJSONWriter) {
        guard !attributes.isEmpty else { return }
        writer.key("attributes")
        writer.beginObject()
        for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
            writer.key(name)
            writer.string(value)
        }
        writer.endObject()
    }
}
