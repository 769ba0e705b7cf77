import Foundation
import GraphModel

/// Reads DOT into a relationship graph, through Graphviz's own parser.
///
/// A file `DOTWriter` wrote (marked by the graph attribute `relgraph_version`) reads
/// back losslessly from its `relgraph_*` attributes, absent ones being empty: on
/// nodes `relgraph_kind`, `relgraph_name`, `relgraph_aliases` (JSON array) and
/// `relgraph_attributes` (JSON object), the node's name being the entity id; on
/// edges `relgraph_kind`, `relgraph_directed`, `relgraph_weight`,
/// `relgraph_attributes` (JSON object) and `relgraph_evidence` (JSON array of
/// evidence). Values are unescaped as `DOTQuoting.quotedData` escaped them. Nodes
/// and edges marked `relgraph_legend` are the legend and are skipped.
///
/// Any other DOT maps as follows. A node becomes an entity named by its `label`
/// (Graphviz's escapes and entities decoded; the node name when the label is absent,
/// `\N` or HTML-like), of the kind its `kind` attribute says (lowercased; `node`
/// otherwise), with the id derived from kind and name, and its `role`, `iso` and
/// `affiliation` attributes. An edge becomes a relation of the kind its `kind`
/// attribute says (lowercased; `link` otherwise), directed when the graph is a
/// `digraph` and the edge's `dir` is not `none`, weighted by its `weight` (1
/// otherwise), with its `date`, `tone` and `cameo` attributes. Nodes that map to the
/// same id are united, and so are edges that map to the same relation.
public enum DOTReader {
    /// Entity attributes read from plain DOT attributes of the same name.
    public static let entityAttributeKeys = ["affiliation", "iso", "role"]
    /// Relation attributes read from plain DOT attributes of the same name.
    public static let relationAttributeKeys = ["cameo", "date", "tone"]

    /// Parses `text` with Graphviz and maps it to a graph.
    ///
    /// - Parameters:
    ///   - text: DOT source.
    ///   - source: the file name to put in errors.
    /// - Throws: `GraphvizError.syntax` with Graphviz's message and line, or
    ///   `.invalidData` for an unreadable `relgraph_*` value.
    /// - Complexity: O(*n* + *m*) after Graphviz's parse.
    public static func read(_ text: String, source: String = "-") throws -> Graph {
        try graph(from: DOTParser.parse(text, source: source), source: source)
    }

    /// Maps a parsed DOT document to a graph (see `DOTReader`).
    ///
    /// - Throws: `GraphvizError.invalidData` for an unreadable `relgraph_*` value.
    public static func graph(from document: DOTDocument, source: String = "-") throws -> Graph {
        var graph = Graph()
        var ids: [String: EntityID] = [:]
        let hasData = document.attributes["relgraph_version"] != nil
        for node in document.nodes where node.attributes["relgraph_legend"] == nil {
            let entity = try entity(from: node, hasData: hasData, source: source)
            ids[node.name] = entity.id
            graph.add(entity)
        }
        for edge in document.edges where edge.attributes["relgraph_legend"] == nil {
            guard let tail = ids[edge.tail], let head = ids[edge.head] else { continue }
            try graph.add(relation(from: edge, from: tail, to: head, in: document, hasData: hasData, file: source))
        }
        return graph
    }

    private static func entity(from node: DOTDocument.Node, hasData: Bool, source: String) throws -> Entity {
        let attributes = node.attributes
        let object = "node '\(node.name)'"
        if hasData {
            return Entity(
                id: EntityID(rawValue: DOTText.decodeData(node.name)),
                kind: EntityKind(rawValue: DOTText.decodeData(attributes["relgraph_kind"] ?? "")),
                name: DOTText.decodeData(attributes["relgraph_name"] ?? ""),
                aliases: try json([String].self, attributes["relgraph_aliases"], source, object) ?? [],
                attributes: try json([String: String].self, attributes["relgraph_attributes"], source, object) ?? [:])
        }
        let name: String
        if let label = attributes["label"], !node.htmlAttributes.contains("label"), label != "\\N" {
            name = DOTText.decodeLabel(label, nodeName: node.name)
        } else {
            name = DOTText.decodeData(node.name)
        }
        let kind = attributes["kind"].map { EntityKind(rawValue: $0.lowercased()) } ?? .node
        return Entity(
            kind: kind, name: name,
            attributes: attributes.filter { entityAttributeKeys.contains($0.key) })
    }

    private static func relation(
        from edge: DOTDocument.Edge, from sourceID: EntityID, to targetID: EntityID,
        in document: DOTDocument, hasData: Bool, file: String
    ) throws -> Relation {
        let attributes = edge.attributes
        let object = "edge '\(edge.tail)' -> '\(edge.head)'"
        if hasData {
            let kind = attributes["relgraph_kind"] ?? ""
            guard let weight = Double(attributes["relgraph_weight"] ?? "1") else {
                throw GraphvizError.invalidData(
                    source: file, object: object, message: "relgraph_weight is not a number")
            }
            return Relation(
                kind: RelationKind(rawValue: DOTText.decodeData(kind)),
                source: sourceID, target: targetID,
                isDirected: attributes["relgraph_directed"].map { $0 == "true" },
                weight: weight,
                attributes: try json([String: String].self, attributes["relgraph_attributes"], file, object) ?? [:],
                evidence: try json([Evidence].self, attributes["relgraph_evidence"], file, object) ?? [])
        }
        return Relation(
            kind: attributes["kind"].map { RelationKind(rawValue: $0.lowercased()) } ?? .link,
            source: sourceID, target: targetID,
            isDirected: document.isDirected && attributes["dir"] != "none",
            weight: attributes["weight"].flatMap(Double.init) ?? 1,
            attributes: attributes.filter { relationAttributeKeys.contains($0.key) })
    }

    /// Decodes a JSON `relgraph_*` value, nil when absent.
    private static func json<Value: Decodable>(
        _ type: Value.Type, _ text: String?, _ source: String, _ object: String
    ) throws -> Value? {
        guard let text else { return nil }
        do {
            return try JSONDecoder().decode(type, from: Data(DOTText.decodeData(text).utf8))
        } catch {
            throw GraphvizError.invalidData(
                source: source, object: object, message: "unreadable JSON: \(text.prefix(60))")
        }
    }
}
