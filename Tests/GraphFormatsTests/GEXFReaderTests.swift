import Foundation
import GraphFormats
import GraphModel
import Testing

@Suite struct GEXFReaderTests {
    @Test func roundTripsEveryField() throws {
        let graph = SampleGraphs.tricky
        #expect(try GEXFReader().read(SampleGraphs.data(GEXFWriter().write(graph))) == graph)
    }

    @Test func roundTripsUndirectedGraph() throws {
        let graph = SampleGraphs.plain
        #expect(try GEXFReader().read(SampleGraphs.data(GEXFWriter().write(graph))) == graph)
    }

    /// What networkx 3.6.1 `write_gexf(version="1.2draft")` writes for a multigraph.
    static let networkxOutput = """
        <?xml version='1.0' encoding='utf-8'?>
        <gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">
          <meta lastmodifieddate="2026-11-29">
            <creator>NetworkX 3.6.1</creator>
          </meta>
          <graph defaultedgetype="directed" mode="static" name="">
            <attributes mode="static" class="edge">
              <attribute id="2" title="kind" type="string" />
              <attribute id="3" title="networkx_key" type="long" />
            </attributes>
            <attributes mode="static" class="node">
              <attribute id="0" title="name" type="string" />
              <attribute id="1" title="kind" type="string" />
            </attributes>
            <nodes>
              <node id="a" label="a">
                <attvalues>
                  <attvalue for="0" value="Alpha" />
                  <attvalue for="1" value="country" />
                </attvalues>
              </node>
              <node id="b" label="Beta" />
            </nodes>
            <edges>
              <edge source="a" target="b" id="0" weight="2.0">
                <attvalues>
                  <attvalue for="2" value="meeting" />
                  <attvalue for="3" value="0" />
                </attvalues>
              </edge>
              <edge source="a" target="b" id="1">
                <attvalues>
                  <attvalue for="2" value="statement" />
                  <attvalue for="3" value="1" />
                </attvalues>
              </edge>
            </edges>
          </graph>
        </gexf>
        """

    @Test func readsNetworkxOutput() throws {
        let graph = try GEXFReader().read(SampleGraphs.data(Self.networkxOutput))
        #expect(graph[EntityID("a")] == Entity(id: "a", kind: .country, name: "Alpha"))
        #expect(graph[EntityID("b")] == Entity(id: "b", kind: .node, name: "Beta"))
        let relations = graph.relations
        #expect(relations.map(\.kind) == [.meeting, .statement])
        #expect(relations.map(\.weight) == [2, 1])
        #expect(relations.allSatisfy { $0.isDirected && $0.attributes.isEmpty })
    }

    /// A GEXF 1.3 file as Gephi 0.10 exports it (abridged): viz data, typed attributes.
    static let gephiOutput = """
        <?xml version='1.0' encoding='UTF-8'?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">
          <meta lastmodifieddate="2024-03-01">
            <creator>Gephi 0.10.1</creator>
            <title></title>
            <description></description>
          </meta>
          <graph defaultedgetype="undirected" mode="static">
            <attributes class="node" mode="static">
              <attribute id="modularity_class" title="Modularity Class" type="integer"></attribute>
            </attributes>
            <nodes>
              <node id="0" label="Myriel">
                <attvalues>
                  <attvalue for="modularity_class" value="0"></attvalue>
                </attvalues>
                <viz:size value="28.685715"></viz:size>
                <viz:position x="-266.82776" y="299.6904"></viz:position>
                <viz:color r="235" g="81" b="72"></viz:color>
              </node>
              <node id="1" label="Napoleon">
                <attvalues>
                  <attvalue for="modularity_class" value="0"></attvalue>
                </attvalues>
              </node>
            </nodes>
            <edges>
              <edge id="0" source="1" target="0" weight="1.0"></edge>
              <edge id="1" source="0" target="1" type="directed" weight="4.5"></edge>
            </edges>
          </graph>
        </gexf>
        """

    @Test func readsGephiOutput() throws {
        let graph = try GEXFReader().read(SampleGraphs.data(Self.gephiOutput))
        #expect(graph.entities.map(\.name) == ["Myriel", "Napoleon"])
        #expect(graph[EntityID("0")]?.attributes == ["Modularity Class": "0"])
        let relations = graph.relations
        #expect(relations.count == 2)
        #expect(relations.first { !$0.isDirected }?.weight == 1)
        #expect(relations.first { $0.isDirected }?.weight == 4.5)
    }

    @Test(arguments: [
        ("<gexf><graph>\n<nodes>\n<node label=\"x\"/></nodes></graph></gexf>", 3, "without an id"),
        ("<gexf><graph><nodes><node id=\"a\"/></nodes>\n<edges>\n<edge source=\"a\" target=\"a\" weight=\"x\"/></edges></graph></gexf>",
         3, "'x' of edge a → a is not a number"),
        ("<gexf><graph><nodes><node id=\"a\"/></nodes>\n<edges>\n<edge source=\"a\" target=\"b\"/></edges></graph></gexf>",
         3, "'b', which is not declared"),
        ("<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [<!ENTITY a \"b\">]>\n<gexf/>", 2, "DOCTYPE"),
        ("<gexf>\n<graph>\n<nodes>\n</graph>", 4, "not well-formed"),
    ])
    func malformedInputNamesFileAndLine(text: String, line: Int, phrase: String) throws {
        let error = #expect(throws: GraphFormatError.self) {
            try GEXFReader().read(SampleGraphs.data(text), source: "bad.gexf")
        }
        guard case .malformed(_, "bad.gexf", let errorLine, let message)? = error else {
            Issue.record("unexpected error \(String(describing: error))")
            return
        }
        #expect(errorLine == line, "\(message)")
        #expect(message.contains(phrase), "\(message)")
    }
}
