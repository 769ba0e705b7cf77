import Foundation
import GraphFormats
import GraphModel
import Testing

@Suite struct GraphMLWriterTests {
    @Test func writesKeysEdgeDefaultAndPerEdgeDirection() throws {
        let text = try GraphMLWriter().write(SampleGraphs.tricky)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""))
        #expect(text.contains("<key id=\"node.kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>"))
        #expect(text.contains("<key id=\"edge.weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>"))
        #expect(text.contains("<graph id=\"G\" edgedefault=\"directed\">"))
        #expect(text.contains("<data key=\"edge.directed\">false</data>"))
        #expect(text.contains("<data key=\"edge.directed\">true</data>"))
        // An attribute named like a field is prefixed.
        #expect(text.contains("attr.name=\"attribute.kind\""))
        #expect(text.contains("Zakir &quot;Z&quot; Hasanov &lt;&amp;&gt;") || text.contains("Zakir \"Z\" Hasanov &lt;&amp;&gt;"))
    }

    @Test func undirectedGraphHasUndirectedDefault() throws {
        #expect(try GraphMLWriter().write(SampleGraphs.plain).contains("edgedefault=\"undirected\""))
    }

    @Test func isDeterministic() throws {
        let graph = SampleGraphs.tricky
        let rebuilt = try Graph(entities: graph.entities.reversed(), relations: graph.relations.reversed())
        #expect(try GraphMLWriter().write(graph) == GraphMLWriter().write(rebuilt))
    }

    @Test func refusesControlCharactersXMLCannotHold() {
        var graph = Graph()
        graph.add(Entity(kind: .node, name: "bell\u{7}"))
        #expect(throws: GraphFormatError.self) { try GraphMLWriter().write(graph) }
    }
}
