import Foundation
import GraphFormats
import GraphModel
import Testing

@Suite struct GraphJSONTests {
    @Test func roundTripsEveryField() throws {
        let graph = SampleGraphs.tricky
        let data = try GraphJSON.encode(graph)
        #expect(try GraphJSON.decode(data) == graph)
    }

    @Test func outputIsDeterministicWithSortedKeys() throws {
        let graph = SampleGraphs.tricky
        // Rebuilding the graph in another order must not change a byte.
        let rebuilt = try Graph(entities: graph.entities.reversed(), relations: graph.relations.reversed())
        #expect(try GraphJSON.encode(graph) == GraphJSON.encode(rebuilt))
        let text = try GraphJSON.text(graph)
        #expect(text.hasPrefix("{\n  \"entities\": ["))
        #expect(text.contains("\"format\": \"relgraph-graph\""))
        #expect(text.hasSuffix("\"version\": 1\n}\n"))
    }

    @Test func knownAnswer() throws {
        var graph = Graph()
        graph.add(Entity(kind: .country, name: "Armenia"))
        graph.add(Entity(kind: .country, name: "Azerbaijan"))
        try graph.add(Relation(kind: .meeting, source: "country/azerbaijan", target: "country/armenia"))
        let expected = """
            {
              "entities": [
                {
                  "aliases": [],
                  "id": "country/armenia",
                  "kind": "country",
                  "name": "Armenia"
                },
                {
                  "aliases": [],
                  "id": "country/azerbaijan",
                  "kind": "country",
                  "name": "Azerbaijan"
                }
              ],
              "format": "relgraph-graph",
              "relations": [
                {
                  "directed": false,
                  "evidence": [],
                  "kind": "meeting",
                  "source": "country/armenia",
                  "target": "country/azerbaijan",
                  "weight": 1
                }
              ],
              "version": 1
            }

            """
        #expect(try GraphJSON.text(graph) == expected)
    }

    @Test func readsMinimalDocumentsWithDefaults() throws {
        let text = """
            {"entities": [{"kind": "person", "name": "Ilham Aliyev"}, {"id": "x", "kind": "country", "name": "X"}],
             "relations": [{"kind": "statement", "source": "person/ilham-aliyev", "target": "x"}]}
            """
        let graph = try GraphJSON.decode(SampleGraphs.data(text), source: "g.json")
        #expect(graph.entityCount == 2)
        let relation = try #require(graph.relations.first)
        #expect(relation.isDirected)
        #expect(relation.weight == 1)
    }

    /// The error for each malformed document: its line and a phrase of the message.
    @Test(arguments: [
        ("{\"entities\": [\n{\"kind\": \"person\",\n \"name\": 7}]}", 3, "\"name\" must be a string, found a number"),
        ("{\"entities\": [],\n\"relations\": [\n  {\"kind\": \"meeting\", \"source\": \"a\", \"target\": \"b\"}]}", 3,
         "refers to 'a', which is not an entity"),
        ("{\"entities\": [{\"id\": \"a\", \"kind\": \"node\", \"name\": \"a\"}],\n\"relations\": [\n{\"kind\": \"link\",\n"
            + "\"source\": \"a\", \"target\": \"a\",\n\"weight\": NaN}]}", 5, "relations[0]: weight NaN is not finite"),
        ("{\"entities\": [], \"relations\": [{\"kind\": \"link\", \"source\": \"a\", \"target\": \"a\", \"weight\": 1e999}]}", 1, "not finite"),
        ("{\"entities\": [\n\n  {\"kind\": \"person\" \"name\": \"x\"}]}", 3, "expected ',' or '}'"),
        ("{\"entities\": \"none\"}", 1, "\"entities\" must be an array"),
        ("[1, 2]", 1, "expected an object"),
        ("{\"version\": 9, \"entities\": []}", 1, "newer than this relgraph reads"),
        ("{\"nodes\": [], \"edges\": []}", 1, "this is node-link JSON"),
        ("{\"relations\": []}", 1, "missing \"entities\""),
        ("{\"entities\": [{\"kind\": \"x\", \"name\": \"a\",\n \"kind\": \"y\"}]}", 2, "duplicate member \"kind\""),
        ("{\"entities\": [{\"kind\": \"x\", \"name\": \"a\", \"aliases\": [\"b\", 3]}]}", 1, "\"aliases\" must hold strings"),
        ("{\"entities\": [], \"relations\": [{\"kind\": \"x\", \"source\": \"a\", \"target\": \"a\", \"evidence\": [{\"document\": \"d\"}]}]}", 1,
         "missing \"sentence\""),
        ("", 1, "unexpected end of input"),
        ("{\"a\": \"unterminated\n\"}", 1, "unterminated string"),
    ])
    func malformedInputNamesFileAndLine(text: String, line: Int, phrase: String) throws {
        let error = #expect(throws: GraphFormatError.self) {
            try GraphJSON.decode(SampleGraphs.data(text), source: "bad.json")
        }
        guard case .malformed(_, let source, let errorLine, let message)? = error else {
            Issue.record("unexpected error \(String(describing: error))")
            return
        }
        #expect(source == "bad.json")
        #expect(errorLine == line)
        #expect(message.contains(phrase), "\(message)")
        #expect(error!.description.hasPrefix("bad.json:\(line): "))
    }

    @Test func refusesToWriteNonFiniteWeights() throws {
        var graph = SampleGraphs.plain
        try graph.add(Relation(kind: .link, source: "a", target: "c", weight: .infinity))
        #expect(throws: GraphFormatError.self) { try GraphJSON.encode(graph) }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "[", count: 100_000)
        #expect(throws: GraphFormatError.self) { try GraphJSON.decode(SampleGraphs.data(text)) }
    }
}
