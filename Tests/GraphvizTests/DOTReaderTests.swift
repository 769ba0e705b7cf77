import GraphModel
import Graphviz
import Testing

@Suite struct DOTReaderTests {
    @Test func foreignDOTMapsNodesAndEdges() throws {
        let graph = try DOTReader.read(
            """
            digraph {
              a [label="Ilham Aliyev", kind=person, role="President"]
              b [label="Azerbaijan", kind=Country]
              c
              d [label=<<b>html</b>>]
              a -> b [kind=AFFILIATION, weight=2]
              a -> c [dir=none, date="May 10"]
              c -> d
            }
            """)
        #expect(graph.entities.map(\.id) == ["country/azerbaijan", "node/c", "node/d", "person/ilham-aliyev"])
        #expect(graph[EntityID("person/ilham-aliyev")]?.role == "President")
        let relations = graph.relations
        #expect(relations.count == 3)
        let affiliation = try #require(relations.first { $0.kind == .affiliation })
        #expect(affiliation.source == "person/ilham-aliyev" && affiliation.target == "country/azerbaijan")
        #expect(affiliation.isDirected && affiliation.weight == 2)
        let undirected = try #require(relations.first { $0.target == "person/ilham-aliyev" })
        #expect(undirected.kind == .link && !undirected.isDirected && undirected.attributes == ["date": "May 10"])
        let plain = try #require(relations.first { $0.source == "node/c" })
        #expect(plain.isDirected && plain.target == "node/d" && plain.weight == 1)
    }

    @Test func undirectedGraphGivesUndirectedRelations() throws {
        let graph = try DOTReader.read("strict graph { x -- y; y -- z [weight=3] }")
        #expect(graph.relationCount == 2)
        #expect(graph.relations.allSatisfy { !$0.isDirected && $0.kind == .link })
        #expect(graph.relations.map(\.weight) == [1, 3])
    }

    @Test func labelEscapesAndEntitiesAreDecoded() throws {
        let graph = try DOTReader.read(#"digraph { n1 [label="AT&amp;T \\ co\nline"]; n2 [label="\N"] }"#)
        #expect(Set(graph.entities.map(\.name)) == ["AT&T \\ co\nline", "n2"])
    }

    @Test func legendIsSkipped() throws {
        let graph = try DOTReader.read(
            #"digraph { a -> b; relgraph_legend [shape=plain, label=<<B>Legend</B>>, relgraph_legend=true] }"#)
        #expect(graph.entities.map(\.name) == ["a", "b"])
    }

    @Test func unreadableDataIsAnError() throws {
        #expect(throws: GraphvizError.self) {
            try DOTReader.read(
                #"digraph { relgraph_version=1; a [relgraph_kind=person, relgraph_aliases="[not json"] }"#,
                source: "x.dot")
        }
        #expect(throws: GraphvizError.self) {
            try DOTReader.read(
                #"digraph { relgraph_version=1; a -> a [relgraph_kind=meeting, relgraph_weight=heavy] }"#)
        }
    }

    @Test func syntaxErrorNamesSourceAndLine() throws {
        do {
            _ = try DOTReader.read("graph {\n\n  a -- b\n  a -> b\n}", source: "week.dot")
            Issue.record("expected a syntax error")
        } catch let error as GraphvizError {
            guard case .syntax("week.dot", 4, let message) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(message.contains("syntax error in line 4"))
            #expect(error.description.hasPrefix("week.dot:4: "))
        }
    }
}
