import Foundation
import GraphFormats
import GraphModel
import Testing

@Suite struct NodeLinkJSONReaderTests {
    @Test(arguments: NodeLinkJSONWriter.EdgesKey.allCases)
    func roundTripsEveryField(edgesKey: NodeLinkJSONWriter.EdgesKey) throws {
        let graph = SampleGraphs.tricky
        let text = try NodeLinkJSONWriter(edgesKey: edgesKey).write(graph)
        #expect(text.contains("\"\(edgesKey.rawValue)\": ["))
        #expect(try NodeLinkJSONReader().read(SampleGraphs.data(text)) == graph)
    }

    /// What networkx 3.6.1 `node_link_data` gives for a small undirected graph.
    @Test func readsNetworkxOutput() throws {
        let text = """
            {"directed": false, "multigraph": false, "graph": {}, "nodes": [{"name": "Alpha & <b>", "kind": "person", "id": "a"}, \
            {"id": "b"}], "edges": [{"weight": 2.5, "kind": "meeting", "source": "a", "target": "b"}]}
            """
        let graph = try NodeLinkJSONReader().read(SampleGraphs.data(text))
        #expect(graph[EntityID("a")] == Entity(id: "a", kind: .person, name: "Alpha & <b>"))
        #expect(graph[EntityID("b")] == Entity(id: "b", kind: .node, name: "b"))
        #expect(graph.relations == [Relation(kind: .meeting, source: "a", target: "b", isDirected: false, weight: 2.5)])
    }

    /// d3's "Les Misérables" shape: `links` with `value`, string ids and a numeric `group`;
    /// and the older index form, where `source` and `target` are positions in `nodes`.
    @Test func readsD3Output() throws {
        let named = """
            {"nodes": [{"id": "Myriel", "group": 1}, {"id": "Napoleon", "group": 1}],
             "links": [{"source": "Napoleon", "target": "Myriel", "value": 1}]}
            """
        let graph = try NodeLinkJSONReader().read(SampleGraphs.data(named))
        #expect(graph[EntityID("Myriel")]?.attributes == ["group": "1"])
        #expect(graph.relations.first?.weight == 1)
        let indexed = """
            {"nodes": [{"id": "x", "name": "X"}, {"id": "y", "name": "Y"}], "links": [{"source": 0, "target": 1, "value": 7}]}
            """
        let relation = try #require(try NodeLinkJSONReader().read(SampleGraphs.data(indexed)).relations.first)
        #expect(relation.source == "x" && relation.target == "y" && relation.weight == 7)
    }

    @Test(arguments: [
        ("{\"nodes\": [\n{\"name\": \"x\"}]}", 2, "has no string or number \"id\""),
        ("{\"nodes\": [{\"id\": \"a\"}],\n\"links\": [{\"source\": \"a\",\n \"target\": \"z\"}]}", 3, "target 'z' is not a node id"),
        ("{\"nodes\": [{\"id\": \"a\"}],\n\"links\": [{\"source\": \"a\", \"target\": \"a\",\n\"weight\": Infinity}]}", 3, "not finite"),
        ("{\"nodes\": [{\"id\": \"a\"}],\n\"links\": [{\"source\": \"a\", \"target\": \"a\",\n\"weight\": \"2\"}]}", 3, "must be a number"),
        ("{\"links\": []}", 1, "missing \"nodes\""),
        ("{\"nodes\": [\n\n}", 3, "expected a value"),
    ])
    func malformedInputNamesFileAndLine(text: String, line: Int, phrase: String) throws {
        let error = #expect(throws: GraphFormatError.self) {
            try NodeLinkJSONReader().read(SampleGraphs.data(text), source: "bad.json")
        }
        guard case .malformed(_, "bad.json", let errorLine, let message)? = error else {
            Issue.record("unexpected error \(String(describing: error))")
            return
        }
        #expect(errorLine == line, "\(message)")
        #expect(message.contains(phrase), "\(message)")
    }
}
