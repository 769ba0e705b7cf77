import Foundation
import GraphFormats
import GraphModel
import Testing

@Suite struct NodeLinkJSONWriterTests {
    @Test func marksMultigraphsAndKeysEdges() throws {
        var graph = SampleGraphs.tricky
        // A second relation between Zakir and Côte d'Ivoire, in the meeting's direction.
        try graph.add(
            Relation(kind: .cooperation, source: "country/cote-divoire", target: EntityID(kind: .person, name: "Zakir \"Z\" Hasanov <&>"), isDirected: true))
        let text = try NodeLinkJSONWriter().write(graph)
        #expect(try NodeLinkJSONReader().read(SampleGraphs.data(text)) == graph)
        #expect(text.contains("\"multigraph\": true"))
        #expect(text.contains("\"key\": \"statement\""))
        let plain = try NodeLinkJSONWriter().write(SampleGraphs.plain)
        #expect(plain.contains("\"multigraph\": false"))
        #expect(plain.contains("\"directed\": false"))
        #expect(!plain.contains("\"key\""))
    }

    @Test func knownAnswer() throws {
        var graph = Graph()
        graph.add(Entity(kind: .person, name: "Ilham Aliyev", attributes: ["role": "President"]))
        graph.add(Entity(kind: .country, name: "Armenia"))
        try graph.add(
            Relation(
                kind: .statement, source: "person/ilham-aliyev", target: "country/armenia",
                evidence: [Evidence(document: "a.txt", sentence: "Aliyev spoke.", start: 0, end: 13)]))
        let expected = """
            {
              "directed": true,
              "edges": [
                {
                  "directed": true,
                  "evidence": [
                    {
                      "document": "a.txt",
                      "end": 13,
                      "sentence": "Aliyev spoke.",
                      "start": 0
                    }
                  ],
                  "kind": "statement",
                  "source": "person/ilham-aliyev",
                  "target": "country/armenia",
                  "weight": 1
                }
              ],
              "graph": {},
              "multigraph": false,
              "nodes": [
                {
                  "id": "country/armenia",
                  "kind": "country",
                  "name": "Armenia"
                },
                {
                  "id": "person/ilham-aliyev",
                  "kind": "person",
                  "name": "Ilham Aliyev",
                  "role": "President"
                }
              ]
            }

            """
        #expect(try NodeLinkJSONWriter().write(graph) == expected)
        #expect(try NodeLinkJSONWriter(edgesKey: .links).write(graph).contains("\"links\": ["))
    }

    @Test func prefixesAttributesNamedLikeFields() throws {
        var graph = Graph()
        graph.add(Entity(kind: .node, name: "x", attributes: ["id": "clash", "name": "also"]))
        let text = try NodeLinkJSONWriter().write(graph)
        #expect(text.contains("\"attribute.id\": \"clash\""))
        #expect(text.contains("\"attribute.name\": \"also\""))
        #expect(try NodeLinkJSONReader().read(Data(text.utf8)) == graph)
    }
}
