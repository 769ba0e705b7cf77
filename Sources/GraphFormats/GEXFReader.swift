import Foundation
import GraphModel

/// Reads GEXF (1.1, 1.2 and 1.3): relgraph's own, Gephi's and networkx's.
///
/// A node's name is its `name` attvalue (networkx writes one), else its `label`,
/// else its id; `kind` and `aliases` attvalues fill those fields and other attvalues
/// become attributes by title. An edge's kind is its GEXF `kind`, else a `kind`
/// attvalue, else its label, else `link`; its direction is its `type`, else the graph's
/// `defaultedgetype` (undirected when absent, as the specification says). Nested
/// nodes are flattened; visual (`viz`) data and time spells are ignored.
public struct GEXFReader: Sendable {
    public init() {}

    private struct Attribute {
        var title: String
        var defaultValue: String?
    }

    /// Reads the graph in GEXF `data`.
    ///
    /// - Parameter source: the file name errors name (`-` for stdin).
    /// - Throws: `GraphFormatError.malformed` with the line: XML errors, a DOCTYPE,
    ///   a missing id, an edge to an undeclared node, a bad or non-finite weight.
    /// - Complexity: O(size of the input + *m* log *m*).
    public func read(_ data: Data, source: String = "-") throws(GraphFormatError) -> Graph {
        func fail(_ line: Int, _ message: String) -> GraphFormatError {
            .malformed(format: "GEXF", source: source, line: line, message: message)
        }
        let root = try XMLTree.parse(data, format: "GEXF", source: source)
        guard root.name == "gexf" else { throw fail(root.line, "the root element is <\(root.name)>, expected <gexf>") }
        guard let graphElement = root.child(named: "graph") else { throw fail(root.line, "no <graph> element") }
        let defaultType = graphElement.attributes["defaultedgetype"] ?? "undirected"

        var attributes: [String: [String: Attribute]] = ["node": [:], "edge": [:]]
        for block in graphElement.children(named: "attributes") {
            let domain = block.attributes["class"] ?? "node"
            for element in block.children(named: "attribute") {
                guard let id = element.attributes["id"] else { throw fail(element.line, "<attribute> without an id") }
                attributes[domain, default: [:]][id] = Attribute(
                    title: element.attributes["title"] ?? id, defaultValue: element.child(named: "default")?.allText)
            }
        }

        func values(of element: XMLElementNode, domain: String) throws(GraphFormatError) -> [String: (String, Int)] {
            var result: [String: (String, Int)] = [:]
            for attribute in attributes[domain, default: [:]].values {
                if let value = attribute.defaultValue { result[attribute.title] = (value, element.line) }
            }
            for block in element.children(named: "attvalues") {
                for value in block.children(named: "attvalue") {
                    guard let id = value.attributes["for"] ?? value.attributes["id"] else {
                        throw fail(value.line, "<attvalue> without 'for'")
                    }
                    let title = attributes[domain]?[id]?.title ?? id
                    result[title] = (value.attributes["value"] ?? "", value.line)
                }
            }
            return result
        }

        var nodes: [XMLElementNode] = []
        func collect(_ container: XMLElementNode) {
            for block in container.children(named: "nodes") {
                for node in block.children(named: "node") {
                    nodes.append(node)
                    collect(node)
                }
            }
        }
        collect(graphElement)

        var graph = Graph()
        var declaredLines: [String: Int] = [:]
        for node in nodes {
            guard let id = node.attributes["id"] else { throw fail(node.line, "<node> without an id") }
            // GEXF ids are unique; a second node with one is a broken file, not an alias.
            if let first = declaredLines.updateValue(node.line, forKey: id) {
                throw fail(node.line, "node id '\(id)' is declared twice (first on line \(first))")
            }
            var fields = try values(of: node, domain: "node")
            let kind = fields.removeValue(forKey: "kind")?.0 ?? ""
            var aliases: [String] = []
            if let (text, line) = fields.removeValue(forKey: "aliases") {
                aliases = try aliasList(text, line: line, fail: fail)
            }
            let label = node.attributes["label"]
            let name: String
            if let (named, _) = fields.removeValue(forKey: "name") {
                name = named
                if let label, label != id, label != named { fields["label"] = (label, node.line) }
            } else {
                name = label ?? id
            }
            var attributeValues: [String: String] = [:]
            for (field, value) in fields { attributeValues[attributeKey(fromField: field)] = value.0 }
            graph.add(
                Entity(
                    id: EntityID(id), kind: kind.isEmpty ? .node : EntityKind(kind), name: name, aliases: aliases,
                    attributes: attributeValues))
        }
        for block in graphElement.children(named: "edges") {
            for edge in block.children(named: "edge") {
                guard let source = edge.attributes["source"], let target = edge.attributes["target"] else {
                    throw fail(edge.line, "<edge> without a source or target")
                }
                for end in [source, target] where !graph.contains(EntityID(end)) {
                    throw fail(edge.line, "edge \(source) → \(target) refers to node '\(end)', which is not declared")
                }
                var fields = try values(of: edge, domain: "edge")
                fields["networkx_key"] = nil  // networkx's multigraph edge key, not data
                let attributeKind = fields.removeValue(forKey: "kind")?.0
                // Tools that drop GEXF 1.3's edge `kind` (networkx) keep the label relgraph writes beside it.
                let label = edge.attributes["label"]
                let kind = edge.attributes["kind"] ?? attributeKind ?? label ?? ""
                if let label, label != kind { fields["label"] = (label, edge.line) }
                var weight = 1.0
                if let text = edge.attributes["weight"] {
                    guard let value = Double(text) else {
                        throw fail(edge.line, "weight '\(text)' of edge \(source) → \(target) is not a number")
                    }
                    guard value.isFinite else {
                        throw fail(edge.line, "weight '\(text)' of edge \(source) → \(target) is not finite")
                    }
                    weight = value
                }
                let type = edge.attributes["type"] ?? (defaultType == "mixed" ? "undirected" : defaultType)
                guard ["directed", "undirected", "mutual"].contains(type) else {
                    throw fail(edge.line, "edge type '\(type)' is not directed, undirected or mutual")
                }
                var evidence: [Evidence] = []
                if let (text, line) = fields.removeValue(forKey: "evidence") {
                    do {
                        evidence = try Evidence.list(fromJSONText: text)
                    } catch {
                        throw fail(line, "evidence of edge \(source) → \(target): \(error.message)")
                    }
                }
                var attributeValues: [String: String] = [:]
                for (field, value) in fields { attributeValues[attributeKey(fromField: field)] = value.0 }
                do {
                    try graph.add(
                        Relation(
                            kind: kind.isEmpty ? .link : RelationKind(kind), source: EntityID(source),
                            target: EntityID(target), isDirected: type == "directed", weight: weight,
                            attributes: attributeValues, evidence: evidence))
                } catch {
                    throw fail(edge.line, "\(error)")
                }
            }
        }
        return graph
    }
}
