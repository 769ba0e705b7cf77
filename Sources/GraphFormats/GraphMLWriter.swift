import GraphModel

/// Writes a graph as GraphML, for Gephi, yEd, Cytoscape, networkx and igraph.
///
/// Nodes carry `kind`, `name` and `aliases` (a JSON array of strings) plus one key
/// per entity attribute; edges carry `kind`, `weight`, `directed` and `evidence`
/// (a JSON array of objects) plus one key per relation attribute. The graph's
/// `edgedefault` is `directed` when any relation is, and every edge states its own
/// direction in its `directed` data, so mixed graphs survive a round trip while
/// networkx (which refuses mixed `directed` XML attributes) still reads the file.
/// Attributes named like one of those keys are written as `attribute.NAME`.
/// Output is deterministic: keys, nodes and edges in sorted order.
public struct GraphMLWriter: Sendable {
    static let nodeFields: Set<String> = ["kind", "name", "aliases", "id"]
    static let edgeFields: Set<String> = ["kind", "weight", "directed", "evidence", "id", "source", "target"]

    /// Whether edges whose direction differs from `edgedefault` also get GraphML's
    /// `directed` XML attribute, for tools that read only that (Gephi, yEd). networkx
    /// refuses such files, so it is off by default.
    public var writesDirectedAttribute: Bool

    public init(writesDirectedAttribute: Bool = false) {
        self.writesDirectedAttribute = writesDirectedAttribute
    }

    /// The graph as a GraphML document.
    ///
    /// - Throws: `GraphFormatError.unrepresentable` for a non-finite weight or a
    ///   control character XML cannot hold.
    /// - Complexity: O(*n* log *n* + *m* log *m*) plus the size of the output.
    public func write(_ graph: Graph) throws(GraphFormatError) -> String {
        try checkWeightsAreFinite(graph, format: "GraphML")
        let format = "GraphML"
        func attr(_ text: String) throws(GraphFormatError) -> String { try XMLEscaping.attribute(text, format: format) }
        func text(_ text: String) throws(GraphFormatError) -> String { try XMLEscaping.text(text, format: format) }

        let entities = graph.entities
        let relations = graph.relations
        let nodeAttributeKeys = Set(entities.flatMap(\.attributes.keys)).sorted()
        let edgeAttributeKeys = Set(relations.flatMap(\.attributes.keys)).sorted()
        let anyDirected = relations.contains { $0.isDirected }

        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        func key(_ id: String, _ domain: String, _ name: String, _ type: String) throws(GraphFormatError) {
            out += "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(try attr(name))\" attr.type=\"\(type)\"/>\n"
        }
        try key("node.kind", "node", "kind", "string")
        try key("node.name", "node", "name", "string")
        try key("node.aliases", "node", "aliases", "string")
        var nodeKeyIDs: [String: String] = [:]
        for (offset, name) in nodeAttributeKeys.enumerated() {
            nodeKeyIDs[name] = "node.a\(offset)"
            try key("node.a\(offset)", "node", attributeFieldName(name, reserved: Self.nodeFields), "string")
        }
        try key("edge.kind", "edge", "kind", "string")
        try key("edge.weight", "edge", "weight", "double")
        try key("edge.directed", "edge", "directed", "boolean")
        try key("edge.evidence", "edge", "evidence", "string")
        var edgeKeyIDs: [String: String] = [:]
        for (offset, name) in edgeAttributeKeys.enumerated() {
            edgeKeyIDs[name] = "edge.a\(offset)"
            try key("edge.a\(offset)", "edge", attributeFieldName(name, reserved: Self.edgeFields), "string")
        }
        out += "  <graph id=\"G\" edgedefault=\"\(anyDirected ? "directed" : "undirected")\">\n"
        for entity in entities {
            out += "    <node id=\"\(try attr(entity.id.rawValue))\">\n"
            out += "      <data key=\"node.kind\">\(try text(entity.kind.rawValue))</data>\n"
            out += "      <data key=\"node.name\">\(try text(entity.name))</data>\n"
            if !entity.aliases.isEmpty {
                let aliases = JSONWriter.compact(.array(entity.aliases.map(JSONValue.string)))
                out += "      <data key=\"node.aliases\">\(try text(aliases))</data>\n"
            }
            for (name, value) in entity.attributes.sorted(by: { $0.key < $1.key }) {
                out += "      <data key=\"\(nodeKeyIDs[name]!)\">\(try text(value))</data>\n"
            }
            out += "    </node>\n"
        }
        for relation in relations {
            // No edge ids: networkx would keep them as an `id` attribute.
            out += "    <edge source=\"\(try attr(relation.source.rawValue))\" "
            out += "target=\"\(try attr(relation.target.rawValue))\""
            if writesDirectedAttribute && relation.isDirected != anyDirected { out += " directed=\"\(relation.isDirected)\"" }
            out += ">\n"
            out += "      <data key=\"edge.kind\">\(try text(relation.kind.rawValue))</data>\n"
            out += "      <data key=\"edge.weight\">\(JSONWriter.format(relation.weight))</data>\n"
            out += "      <data key=\"edge.directed\">\(relation.isDirected)</data>\n"
            if !relation.evidence.isEmpty {
                out += "      <data key=\"edge.evidence\">\(try text(Evidence.jsonText(relation.evidence)))</data>\n"
            }
            for (name, value) in relation.attributes.sorted(by: { $0.key < $1.key }) {
                out += "      <data key=\"\(edgeKeyIDs[name]!)\">\(try text(value))</data>\n"
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}
