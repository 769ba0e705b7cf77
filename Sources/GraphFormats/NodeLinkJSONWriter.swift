import GraphModel

/// Writes a graph as node-link JSON, the layout of networkx's `node_link_data` and d3.
///
/// ```json
/// {"directed": true, "multigraph": false, "graph": {},
///  "nodes": [{"id": "...", "kind": "...", "name": "...", "aliases": [...], "role": "..."}],
///  "edges": [{"source": "...", "target": "...", "kind": "...", "directed": false,
///             "weight": 1, "evidence": [...], "date": "..."}]}
/// ```
///
/// Entity and relation attributes are flattened into the node and edge objects
/// (an attribute named like a field is written as `attribute.NAME`). The graph is
/// `directed` when any relation is; each edge also states its own direction. When
/// two relations join the same pair, the graph is a `multigraph` and each edge has
/// a `key` (its kind), so networkx keeps both. Keys are sorted: the output is
/// deterministic.
public struct NodeLinkJSONWriter: Sendable {
    /// The member that holds the edges.
    public enum EdgesKey: String, Sendable, CaseIterable {
        /// `edges`: what networkx 3.4 and later read and write by default.
        case edges
        /// `links`: what d3 and networkx before 3.4 use.
        case links
    }

    static let nodeFields: Set<String> = ["id", "kind", "name", "aliases"]
    static let edgeFields: Set<String> = ["source", "target", "kind", "directed", "weight", "evidence", "key"]

    /// The member that holds the edges.
    public var edgesKey: EdgesKey

    public init(edgesKey: EdgesKey = .edges) {
        self.edgesKey = edgesKey
    }

    /// The graph as pretty-printed node-link JSON.
    ///
    /// - Throws: `GraphFormatError.unrepresentable` for a non-finite weight.
    /// - Complexity: O(*n* log *n* + *m* log *m*) plus the size of the output.
    public func write(_ graph: Graph) throws(GraphFormatError) -> String {
        try checkWeightsAreFinite(graph, format: "node-link JSON")
        let relations = graph.relations
        let directed = relations.contains(where: \.isDirected)
        var pairs = Set<[EntityID]>()
        var multigraph = false
        for relation in relations {
            let pair = directed ? [relation.source, relation.target] : [relation.source, relation.target].sorted()
            if !pairs.insert(pair).inserted { multigraph = true }
        }
        let nodes = graph.entities.map { entity -> JSONValue in
            var members: [(key: String, value: JSONValue)] = [
                ("id", .string(entity.id.rawValue)), ("kind", .string(entity.kind.rawValue)),
                ("name", .string(entity.name)),
            ]
            if !entity.aliases.isEmpty { members.append(("aliases", .array(entity.aliases.map(JSONValue.string)))) }
            for (key, value) in entity.attributes {
                members.append((attributeFieldName(key, reserved: Self.nodeFields), .string(value)))
            }
            return .object(members.sorted { $0.key < $1.key })
        }
        let edges = relations.map { relation -> JSONValue in
            var members: [(key: String, value: JSONValue)] = [
                ("source", .string(relation.source.rawValue)), ("target", .string(relation.target.rawValue)),
                ("kind", .string(relation.kind.rawValue)), ("directed", .bool(relation.isDirected)),
                ("weight", .number(relation.weight)),
            ]
            if multigraph { members.append(("key", .string(relation.kind.rawValue))) }
            if !relation.evidence.isEmpty { members.append(("evidence", .array(relation.evidence.map(\.jsonValue)))) }
            for (key, value) in relation.attributes {
                members.append((attributeFieldName(key, reserved: Self.edgeFields), .string(value)))
            }
            return .object(members.sorted { $0.key < $1.key })
        }
        let document: [(key: String, value: JSONValue)] = [
            ("directed", .bool(directed)), (edgesKey.rawValue, .array(edges)), ("graph", .object([])),
            ("multigraph", .bool(multigraph)), ("nodes", .array(nodes)),
        ]
        return JSONWriter.pretty(.object(document.sorted { $0.key < $1.key }))
    }
}
