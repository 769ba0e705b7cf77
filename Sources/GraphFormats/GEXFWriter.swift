import GraphModel

/// Writes a graph as GEXF 1.3, Gephi's native format.
///
/// Nodes have the canonical name as `label` and `kind`, `aliases` (a JSON array)
/// and one attribute per entity attribute as attvalues. Edges carry `weight`, the
/// relation kind as GEXF's edge `kind` and as `label`, `evidence` (JSON) and one
/// attvalue per relation attribute. `defaultedgetype` is `directed`, `undirected`
/// or, when the graph has both, `mixed` with a `type` on every edge. No date is
/// written, so output is deterministic.
public struct GEXFWriter: Sendable {
    static let nodeFields: Set<String> = ["kind", "aliases", "name", "label"]
    static let edgeFields: Set<String> = ["kind", "evidence", "weight", "label", "type"]

    public init() {}

    /// The graph as a GEXF 1.3 document.
    ///
    /// - Throws: `GraphFormatError.unrepresentable` for a non-finite weight or a
    ///   control character XML cannot hold.
    /// - Complexity: O(*n* log *n* + *m* log *m*) plus the size of the output.
    public func write(_ graph: Graph) throws(GraphFormatError) -> String {
        let format = "GEXF"
        try checkWeightsAreFinite(graph, format: format)
        func attr(_ text: String) throws(GraphFormatError) -> String { try XMLEscaping.attribute(text, format: format) }

        let entities = graph.entities
        let relations = graph.relations
        let nodeAttributeKeys = Set(entities.flatMap(\.attributes.keys)).sorted()
        let edgeAttributeKeys = Set(relations.flatMap(\.attributes.keys)).sorted()
        let directedCount = relations.filter(\.isDirected).count
        let edgeType: String? =
            directedCount == 0 ? "undirected" : directedCount == relations.count ? "directed" : nil

        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>relgraph</creator>
              </meta>
              <graph defaultedgetype="\(edgeType ?? "mixed")" mode="static">
                <attributes class="node" mode="static">
                  <attribute id="kind" title="kind" type="string"/>
                  <attribute id="aliases" title="aliases" type="string"/>

            """
        var nodeIDs: [String: String] = [:]
        for (offset, key) in nodeAttributeKeys.enumerated() {
            nodeIDs[key] = "n\(offset)"
            out += "      <attribute id=\"n\(offset)\" title=\"\(try attr(attributeFieldName(key, reserved: Self.nodeFields)))\" type=\"string\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n"
        out += "      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n"
        var edgeIDs: [String: String] = [:]
        for (offset, key) in edgeAttributeKeys.enumerated() {
            edgeIDs[key] = "e\(offset)"
            out += "      <attribute id=\"e\(offset)\" title=\"\(try attr(attributeFieldName(key, reserved: Self.edgeFields)))\" type=\"string\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        for entity in entities {
            out += "      <node id=\"\(try attr(entity.id.rawValue))\" label=\"\(try attr(entity.name))\">\n"
            out += "        <attvalues>\n"
            out += "          <attvalue for=\"kind\" value=\"\(try attr(entity.kind.rawValue))\"/>\n"
            if !entity.aliases.isEmpty {
                let aliases = JSONWriter.compact(.array(entity.aliases.map(JSONValue.string)))
                out += "          <attvalue for=\"aliases\" value=\"\(try attr(aliases))\"/>\n"
            }
            for (key, value) in entity.attributes.sorted(by: { $0.key < $1.key }) {
                out += "          <attvalue for=\"\(nodeIDs[key]!)\" value=\"\(try attr(value))\"/>\n"
            }
            out += "        </attvalues>\n      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (offset, relation) in relations.enumerated() {
            out += "      <edge id=\"\(offset)\" source=\"\(try attr(relation.source.rawValue))\" "
            out += "target=\"\(try attr(relation.target.rawValue))\""
            if edgeType == nil { out += " type=\"\(relation.isDirected ? "directed" : "undirected")\"" }
            out += " kind=\"\(try attr(relation.kind.rawValue))\" label=\"\(try attr(relation.kind.rawValue))\""
            out += " weight=\"\(JSONWriter.format(relation.weight))\""
            if relation.evidence.isEmpty && relation.attributes.isEmpty {
                out += "/>\n"
                continue
            }
            out += ">\n        <attvalues>\n"
            if !relation.evidence.isEmpty {
                out += "          <attvalue for=\"evidence\" value=\"\(try attr(Evidence.jsonText(relation.evidence)))\"/>\n"
            }
            for (key, value) in relation.attributes.sorted(by: { $0.key < $1.key }) {
                out += "          <attvalue for=\"\(edgeIDs[key]!)\" value=\"\(try attr(value))\"/>\n"
            }
            out += "        </attvalues>\n      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}
