import Foundation
import GraphModel

/// Reads node-link JSON as networkx (`node_link_data`, either `edges` or `links`)
/// and d3 write it.
///
/// Node `id`s may be strings or numbers. A node's name is its `name`, else its
/// `label`, else its id; `kind` and `aliases` fill those fields; other members
/// become attributes (numbers and booleans as text, arrays and objects as JSON).
/// An edge's `source` and `target` are node ids, or, as d3 allows, indices into
/// `nodes` when no node has that id. Its weight is `weight`, else d3's `value`;
/// its direction is its own `directed`, else the document's.
public struct NodeLinkJSONReader: Sendable {
    public init() {}

    /// Reads the graph in node-link JSON `data`.
    ///
    /// - Parameter source: the file name errors name (`-` for stdin).
    /// - Throws: `GraphFormatError.malformed` naming the line of a syntax error, a
    ///   node without an id, an edge to an unknown node or a non-finite weight.
    /// - Complexity: O(size of the input + *m* log *m*).
    public func read(_ data: Data, source: String = "-") throws(GraphFormatError) -> Graph {
        func fail(_ line: Int?, _ message: String) -> GraphFormatError {
            .malformed(format: "node-link JSON", source: source, line: line, message: message)
        }
        let document: JSONValue
        do {
            document = try JSONParser.parse(data)
        } catch {
            throw fail(error.line, error.message)
        }
        do throws(JSONShapeError) {
            guard document.members != nil else {
                throw JSONShapeError(document, "expected an object with \"nodes\", found \(document.typeName)")
            }
            let defaultDirected = try document.optionalBool("directed") ?? false
            guard let nodeList = document["nodes"] else { throw JSONShapeError(document, "missing \"nodes\"") }
            guard let nodes = nodeList.elements else {
                throw JSONShapeError(nodeList, "\"nodes\" must be an array, found \(nodeList.typeName)")
            }
            var graph = Graph()
            var order: [EntityID] = []
            for (index, node) in nodes.enumerated() {
                guard let members = node.members else {
                    throw JSONShapeError(node, "nodes[\(index)] must be an object, found \(node.typeName)")
                }
                guard let idValue = node["id"], let id = Self.idText(idValue) else {
                    throw JSONShapeError(node, "nodes[\(index)] has no string or number \"id\"")
                }
                var name = try node.optionalString("name")
                var attributes: [String: String] = [:]
                for (key, value) in members where !["id", "kind", "name", "aliases"].contains(key) {
                    if let text = value.attributeText { attributes[attributeKey(fromField: key)] = text }
                }
                if name == nil, let label = attributes.removeValue(forKey: "label") { name = label }
                let kind = try node.optionalString("kind") ?? ""
                let aliases: [String]
                do {
                    aliases = try node.optionalStringArray("aliases") ?? []
                } catch {
                    throw JSONShapeError(line: error.line, "nodes[\(index)]: \(error.message)")
                }
                graph.add(
                    Entity(
                        id: EntityID(id), kind: kind.isEmpty ? .node : EntityKind(kind), name: name ?? id,
                        aliases: aliases, attributes: attributes))
                order.append(EntityID(id))
            }
            let edgeList = document["edges"] ?? document["links"]
            guard let edgeList else { return graph }
            guard let edges = edgeList.elements else {
                throw JSONShapeError(edgeList, "\"edges\" must be an array, found \(edgeList.typeName)")
            }
            for (index, edge) in edges.enumerated() {
                guard let members = edge.members else {
                    throw JSONShapeError(edge, "edges[\(index)] must be an object, found \(edge.typeName)")
                }
                func end(_ key: String) throws(JSONShapeError) -> EntityID {
                    guard let value = edge[key], let text = Self.idText(value) else {
                        throw JSONShapeError(edge, "edges[\(index)] has no string or number \"\(key)\"")
                    }
                    if graph.contains(EntityID(text)) { return EntityID(text) }
                    if case .number(let number, _) = value.storage, let position = Int(exactly: number),
                        order.indices.contains(position)
                    {
                        return order[position]
                    }
                    throw JSONShapeError(value, "edges[\(index)]: \(key) '\(text)' is not a node id")
                }
                let sourceID = try end("source")
                let targetID = try end("target")
                let weightValue = edge["weight"] ?? edge["value"]
                var weight = 1.0
                if let weightValue {
                    guard case .number(let number, let text) = weightValue.storage else {
                        throw JSONShapeError(weightValue, "edges[\(index)]: weight must be a number, found \(weightValue.typeName)")
                    }
                    guard number.isFinite else {
                        throw JSONShapeError(weightValue, "edges[\(index)]: weight \(text) is not finite")
                    }
                    weight = number
                }
                let kind = try edge.optionalString("kind") ?? ""
                let directed = try edge.optionalBool("directed") ?? defaultDirected
                var evidence: [Evidence] = []
                if let list = edge["evidence"] {
                    if let text = list.stringValue {
                        evidence = try Evidence.list(fromJSONText: text)
                    } else if let elements = list.elements {
                        for element in elements { evidence.append(try Evidence(json: element)) }
                    } else {
                        throw JSONShapeError(list, "edges[\(index)]: evidence must be an array, found \(list.typeName)")
                    }
                }
                var attributes: [String: String] = [:]
                let fields: Set<String> = ["source", "target", "kind", "directed", "weight", "evidence", "key"]
                for (key, value) in members where !fields.contains(key) && !(key == "value" && edge["weight"] == nil) {
                    if let text = value.attributeText { attributes[attributeKey(fromField: key)] = text }
                }
                try! graph.add(
                    Relation(
                        kind: kind.isEmpty ? .link : RelationKind(kind), source: sourceID, target: targetID,
                        isDirected: directed, weight: weight, attributes: attributes, evidence: evidence))
            }
            return graph
        } catch {
            throw fail(error.line, error.message)
        }
    }

    /// A node id or edge end as text: strings as they are, integers without a fraction.
    private static func idText(_ value: JSONValue) -> String? {
        switch value.storage {
        case .string(let text): text
        case .number(_, let text): text
        default: nil
        }
    }
}
