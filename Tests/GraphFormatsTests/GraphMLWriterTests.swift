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

    @Test func canMarkDirectionWithTheXMLAttribute() throws {
        let text = try GraphMLWriter(writesDirectedAttribute: true).write(SampleGraphs.tricky)
        #expect(text.contains("directed=\"false\">"))
        #expect(!text.contains("directed=\"true\">"))  // the default already says so
        #expect(try GraphMLReader().read(SampleGraphs.data(text)) == SampleGraphs.tricky)
        #expect(!(try GraphMLWriter().write(SampleGraphs.tricky)).contains("directed=\""))
    }

    @Test func knownAnswer() throws {
        var graph = Graph()
        graph.add(Entity(kind: .person, name: "Ilham Aliyev", aliases: ["Aliyev"], attributes: ["role": "President"]))
        graph.add(Entity(kind: .country, name: "Armenia"))
        try graph.add(Relation(kind: .statement, source: "person/ilham-aliyev", target: "country/armenia", weight: 2))
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="node.kind" for="node" attr.name="kind" attr.type="string"/>
              <key id="node.name" for="node" attr.name="name" attr.type="string"/>
              <key id="node.aliases" for="node" attr.name="aliases" attr.type="string"/>
              <key id="node.a0" for="node" attr.name="role" attr.type="string"/>
              <key id="edge.kind" for="edge" attr.name="kind" attr.type="string"/>
              <key id="edge.weight" for="edge" attr.name="weight" attr.type="double"/>
              <key id="edge.directed" for="edge" attr.name="directed" attr.type="boolean"/>
              <key id="edge.evidence" for="edge" attr.name="evidence" attr.type="string"/>
              <graph id="G" edgedefault="directed">
                <node id="country/armenia">
                  <data key="node.kind">country</data>
                  <data key="node.name">Armenia</data>
                </node>
                <node id="person/ilham-aliyev">
                  <data key="node.kind">person</data>
                  <data key="node.name">Ilham Aliyev</data>
                  <data key="node.aliases">["Aliyev"]</data>
                  <data key="node.a0">President</data>
                </node>
                <edge source="person/ilham-aliyev" target="country/armenia">
                  <data key="edge.kind">statement</data>
                  <data key="edge.weight">2</data>
                  <data key="edge.directed">true</data>
                </edge>
              </graph>
            </graphml>

            """
        #expect(try GraphMLWriter().write(graph) == expected)
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
