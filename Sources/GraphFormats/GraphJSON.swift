import Foundation
import GraphModel

/// relgraph's native graph format: JSON with entities and relations (see `docs/graph-json.md`).
public enum GraphJSON {
    /// The `format` tag written at the top of every document.
    public static let formatTag = "relgraph-graph"
    /// The schema version this build writes and reads.
    public static let version = 1

    private struct Document: Codable {
        var format: String?
        var version: Int?
        var entities: [Entity]
        var relations: [Relation]
    }

    /// The graph as pretty-printed JSON with sorted keys: the same graph gives the same bytes.
    public static func encode(_ graph: Graph) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(
            Document(format: formatTag, version: version, entities: graph.entities, relations: graph.relations))
        data.append(0x0A)
        return data
    }

    /// Reads a graph from JSON.
    ///
    /// - Throws: `GraphFormatError` naming the problem.
    public static func decode(_ data: Data, source: String = "-") throws -> Graph {
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: data)
        } catch {
            throw GraphFormatError.malformed(format: "JSON", source: source, line: nil, message: "\(error)")
        }
        do {
            return try Graph(entities: document.entities, relations: document.relations)
        } catch {
            throw GraphFormatError.malformed(format: "JSON", source: source, line: nil, message: "\(error)")
        }
    }
}
