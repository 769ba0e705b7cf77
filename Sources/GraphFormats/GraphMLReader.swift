import Foundation
import GraphModel

/// Reads GraphML: relgraph's own, and what networkx, igraph, Gephi and yEd write.
///
/// Data keys named `kind`, `name`, `aliases`, `weight`, `directed` and `evidence`
/// fill the model's fields; other keys become attributes (as text). A node without
/// `name` takes its `label` data, its yEd `NodeLabel` or its id; an edge without
/// `kind` is a `link`. Direction comes from the edge's `directed` XML attribute,
/// then its `directed` data, then the graph's `edgedefault` (undirected when absent,
/// as networkx reads it). Nested graphs (yEd groups) are flattened. A node's `id`
/// data (igraph's copy of the original id) is its id; empty values are absent
/// attributes (igraph writes every attribute on every node). Documents with
/// a DOCTYPE are refused (see `XMLTree`).
public struct GraphMLReader: Sendable {
    public init() {}

    private struct Key {
        var name: String
        var domain: String
        var defaultValue: String?
        /// yEd graphics (`nodegraphics`, `edgegraphics`): a label is taken from it.
        var isGraphics: Bool
    }

    /// Reads the graph in GraphML `data`.
    ///
    /// - Parameter source: the file name errors name (`-` for stdin).
    /// - Throws: `GraphFormatError.malformed` with the line: XML errors, a DOCTYPE,
    ///   a missing id, an edge to an undeclared node, a bad or non-finite weight.
    /// - Complexity: O(size of the input + *m* log *m*).
    public func read(_ data: Data, source: String = "-") throws(GraphFormatError) -> Graph {
        func fail(_ line: Int, _ message: String) -> GraphFormatError {
            .malformed(format: "GraphML", source: source, line: line, message: message)
        }
        let root = try XMLTree.parse(data, format: "GraphML", source: source)
        guard root.name == "graphml" else {
            throw fail(root.line, "the root element is <\(root.name)>, expected <graphml>")
        }
        var keys: [String: Key] = [:]
        for element in root.children(named: "key") {
            guard let id = element.attributes["id"] else { throw fail(element.line, "<key> without an id") }
            let graphicsType = element.attributes["yfiles.type"]
            keys[id] = Key(
                name: element.attributes["attr.name"] ?? id,
                domain: element.attributes["for"] ?? "all",
                defaultValue: element.child(named: "default")?.allText,
                isGraphics: graphicsType != nil && element.attributes["attr.name"] == nil)
        }
        guard let top = root.child(named: "graph") else { throw fail(root.line, "no <graph> element") }

        // Flatten nested graphs, remembering each edge's edgedefault.
        var nodes: [XMLElementNode] = []
        var edges: [(XMLElementNode, defaultDirected: Bool)] = []
        func collect(_ graph: XMLElementNode, inheritedDirected: Bool) throws(GraphFormatError) {
            let directed: Bool
            switch graph.attributes["edgedefault"] {
            case "directed": directed = true
            case "undirected": directed = false
            case nil: directed = inheritedDirected
            case let other?: throw fail(graph.line, "edgedefault is '\(other)', expected 'directed' or 'undirected'")
            }
            for child in graph.children {
                switch child.name {
                case "node":
                    nodes.append(child)
                    for nested in child.children(named: "graph") { try collect(nested, inheritedDirected: directed) }
                case "edge": edges.append((child, directed))
                case "hyperedge": throw fail(child.line, "hyperedges are not supported")
                default: continue
                }
            }
        }
        try collect(top, inheritedDirected: false)

        func values(of element: XMLElementNode, domain: String) throws(GraphFormatError) -> (fields: [String: (String, Int)], label: String?) {
            var fields: [String: (String, Int)] = [:]
            var label: String?
            for key in keys.values where (key.domain == domain || key.domain == "all") && !key.isGraphics {
                if let value = key.defaultValue { fields[key.name] = (value, element.line) }
            }
            for data in element.children(named: "data") {
                guard let id = data.attributes["key"] else { throw fail(data.line, "<data> without a key") }
                guard let key = keys[id] else {
                    fields[id] = (data.allText, data.line)
                    continue
                }
                if key.isGraphics {
                    let labelElement = domain == "node" ? "NodeLabel" : "EdgeLabel"
                    if let text = firstDescendant(named: labelElement, in: data)?.allText.trimmed(), !text.isEmpty
                    {
                        label = text
                    }
                    continue
                }
                fields[key.name] = (data.allText, data.line)
            }
            return (fields, label)
        }

        var graph = Graph()
        // igraph renumbers nodes (`n0`, `n1`…) and keeps the original id as `id` data.
        var entityIDs: [String: EntityID] = [:]
        var declaredLines: [String: Int] = [:]
        for node in nodes {
            guard let xmlID = node.attributes["id"] else { throw fail(node.line, "<node> without an id") }
            // GraphML ids are unique; a second node with one is a broken file, not an alias.
            if let first = declaredLines.updateValue(node.line, forKey: xmlID) {
                throw fail(node.line, "node id '\(xmlID)' is declared twice (first on line \(first))")
            }
            var (fields, graphicsLabel) = try values(of: node, domain: "node")
            let dataID = fields.removeValue(forKey: "id")?.0
            let id = dataID.flatMap { $0.isEmpty ? nil : $0 } ?? xmlID
            entityIDs[xmlID] = EntityID(id)
            let kind = fields.removeValue(forKey: "kind")?.0 ?? ""
            var name = fields.removeValue(forKey: "name")?.0
            if name == nil, let label = fields["label"]?.0 {
                name = label
                fields["label"] = nil
            }
            var aliases: [String] = []
            if let (text, line) = fields.removeValue(forKey: "aliases") {
                aliases = try aliasList(text, line: line, fail: fail)
            }
            var attributes: [String: String] = [:]
            // Empty values are absent ones: igraph writes every attribute for every node.
            for (field, value) in fields where !value.0.isEmpty { attributes[attributeKey(fromField: field)] = value.0 }
            graph.add(
                Entity(
                    id: EntityID(id), kind: kind.isEmpty ? .node : EntityKind(kind),
                    name: name ?? graphicsLabel ?? id, aliases: aliases, attributes: attributes))
        }
        for (edge, defaultDirected) in edges {
            guard let source = edge.attributes["source"], let target = edge.attributes["target"] else {
                throw fail(edge.line, "<edge> without a source or target")
            }
            guard let sourceID = entityIDs[source], let targetID = entityIDs[target] else {
                let end = entityIDs[source] == nil ? source : target
                throw fail(edge.line, "edge \(source) → \(target) refers to node '\(end)', which is not declared")
            }
            var (fields, _) = try values(of: edge, domain: "edge")
            let kind = fields.removeValue(forKey: "kind")?.0 ?? ""
            fields["id"] = nil  // an edge id networkx turned into data; relgraph writes attributes named id as attribute.id
            var weight = 1.0
            if let (text, line) = fields.removeValue(forKey: "weight") {
                guard let value = Double(text.trimmed()) else {
                    throw fail(line, "weight '\(text)' of edge \(source) → \(target) is not a number")
                }
                guard value.isFinite else {
                    throw fail(line, "weight '\(text)' of edge \(source) → \(target) is not finite")
                }
                weight = value
            }
            var directed = defaultDirected
            if let (text, line) = fields.removeValue(forKey: "directed") {
                guard let flag = parseBool(text) else {
                    throw fail(line, "directed '\(text)' of edge \(source) → \(target) is not true or false")
                }
                directed = flag
            }
            if let text = edge.attributes["directed"] {
                guard let flag = parseBool(text) else {
                    throw fail(edge.line, "directed=\"\(text)\" is not true or false")
                }
                directed = flag
            }
            var evidence: [Evidence] = []
            if let (text, line) = fields.removeValue(forKey: "evidence") {
                do {
                    evidence = try Evidence.list(fromJSONText: text)
                } catch {
                    throw fail(line, "evidence of edge \(source) → \(target): \(error.message)")
                }
            }
            var attributes: [String: String] = [:]
            for (field, value) in fields where !value.0.isEmpty { attributes[attributeKey(fromField: field)] = value.0 }
            do {
                try graph.add(
                    Relation(
                        kind: kind.isEmpty ? .link : RelationKind(kind), source: sourceID,
                        target: targetID, isDirected: directed, weight: weight,
                        attributes: attributes, evidence: evidence))
            } catch {
                throw fail(edge.line, "\(error)")
            }
        }
        return graph
    }

    private func firstDescendant(named name: String, in element: XMLElementNode) -> XMLElementNode? {
        for child in element.children {
            if child.name == name { return child }
            if let found = firstDescendant(named: name, in: child) { return found }
        }
        return nil
    }
}

/// `true`/`false` as GraphML, GEXF, CSV and Python write them.
func parseBool(_ text: String) -> Bool? {
    switch text.trimmed().lowercased() {
    case "true", "1", "yes": true
    case "false", "0", "no": false
    default: nil
    }
}

/// Aliases from a field: a JSON array of strings as relgraph writes, or `; `-separated text.
func aliasList(
    _ text: String, line: Int, fail: (Int, String) -> GraphFormatError
) throws(GraphFormatError) -> [String] {
    let trimmed = text.trimmed()
    if trimmed.isEmpty { return [] }
    if trimmed.hasPrefix("[") {
        let value: JSONValue
        do {
            value = try JSONParser.parse(trimmed.utf8)
        } catch {
            throw fail(line, "aliases are not a valid JSON array: \(error.message)")
        }
        guard let elements = value.elements else { throw fail(line, "aliases must be a JSON array") }
        var result: [String] = []
        for element in elements {
            guard let alias = element.stringValue else { throw fail(line, "aliases must be strings") }
            result.append(alias)
        }
        return result
    }
    return trimmed.split(separator: ";").map { $0.trimmed() }.filter { !$0.isEmpty }
}
