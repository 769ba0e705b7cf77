import Foundation
import GraphFormats
import GraphModel
import Testing

@Suite struct GEXFWriterTests {
    @Test func writesMixedGraphWithEdgeTypes() throws {
        let text = try GEXFWriter().write(SampleGraphs.tricky)
        #expect(text.contains("<gexf xmlns=\"http://gexf.net/1.3\""))
        #expect(text.contains("defaultedgetype=\"mixed\""))
        #expect(text.contains("type=\"undirected\" kind=\"meeting\""))
        #expect(text.contains("type=\"directed\" kind=\"statement\""))
        #expect(!text.contains("lastmodifieddate"))
    }

    @Test func knownAnswer() throws {
        var graph = Graph()
        graph.add(Entity(kind: .country, name: "Armenia", attributes: ["iso": "AM"]))
        graph.add(Entity(kind: .country, name: "Azerbaijan", aliases: ["AZ"]))
        try graph.add(Relation(kind: .meeting, source: "country/azerbaijan", target: "country/armenia", weight: 2))
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>relgraph</creator>
              </meta>
              <graph defaultedgetype="undirected" mode="static">
                <attributes class="node" mode="static">
                  <attribute id="kind" title="kind" type="string"/>
                  <attribute id="aliases" title="aliases" type="string"/>
                  <attribute id="n0" title="iso" type="string"/>
                </attributes>
                <attributes class="edge" mode="static">
                  <attribute id="evidence" title="evidence" type="string"/>
                </attributes>
                <nodes>
                  <node id="country/armenia" label="Armenia">
                    <attvalues>
                      <attvalue for="kind" value="country"/>
                      <attvalue for="n0" value="AM"/>
                    </attvalues>
                  </node>
                  <node id="country/azerbaijan" label="Azerbaijan">
                    <attvalues>
                      <attvalue for="kind" value="country"/>
                      <attvalue for="aliases" value="[&quot;AZ&quot;]"/>
                    </attvalues>
                  </node>
                </nodes>
                <edges>
                  <edge id="0" source="country/armenia" target="country/azerbaijan" kind="meeting" label="meeting" weight="2"/>
                </edges>
              </graph>
            </gexf>

            """
        #expect(try GEXFWriter().write(graph) == expected)
    }

    @Test func escapesLineBreaksInAttributeValues() throws {
        var graph = Graph()
        graph.add(Entity(kind: .person, name: "Two\nlines\tand \"quotes\" <&>"))
        let text = try GEXFWriter().write(graph)
        #expect(text.contains("label=\"Two&#10;lines&#9;and &quot;quotes&quot; &lt;&amp;&gt;\""))
    }

    @Test func isDeterministic() throws {
        let graph = SampleGraphs.tricky
        let rebuilt = try Graph(entities: graph.entities.reversed(), relations: graph.relations.reversed())
        #expect(try GEXFWriter().write(graph) == GEXFWriter().write(rebuilt))
    }
}
