import Foundation
import GraphFormats
import GraphModel
import Testing

@Suite struct GraphMLReaderTests {
    @Test func roundTripsEveryField() throws {
        let graph = SampleGraphs.tricky
        let text = try GraphMLWriter().write(graph)
        #expect(try GraphMLReader().read(SampleGraphs.data(text)) == graph)
    }

    @Test func roundTripsPlainGraph() throws {
        let graph = SampleGraphs.plain
        #expect(try GraphMLReader().read(SampleGraphs.data(GraphMLWriter().write(graph))) == graph)
    }

    /// What `nx.write_graphml` (networkx 3.6.1) writes for a small mixed graph.
    static let networkxOutput = """
        <?xml version='1.0' encoding='utf-8'?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="d3" for="edge" attr.name="kind" attr.type="string" />
          <key id="d2" for="edge" attr.name="weight" attr.type="double" />
          <key id="d1" for="node" attr.name="kind" attr.type="string" />
          <key id="d0" for="node" attr.name="name" attr.type="string" />
          <graph edgedefault="undirected">
            <node id="a">
              <data key="d0">Alpha &amp; &lt;b&gt;</data>
              <data key="d1">person</data>
            </node>
            <node id="b" />
            <edge source="a" target="b">
              <data key="d2">2.5</data>
              <data key="d3">meeting</data>
            </edge>
          </graph>
        </graphml>
        """

    @Test func readsNetworkxOutput() throws {
        let graph = try GraphMLReader().read(SampleGraphs.data(Self.networkxOutput), source: "nx.graphml")
        #expect(graph.entityCount == 2)
        let a = try #require(graph[EntityID("a")])
        #expect(a.name == "Alpha & <b>")
        #expect(a.kind == .person)
        let b = try #require(graph[EntityID("b")])
        #expect(b.name == "b")
        #expect(b.kind == .node)
        let relation = try #require(graph.relations.first)
        #expect(relation.kind == .meeting)
        #expect(relation.weight == 2.5)
        #expect(!relation.isDirected)
    }

    /// What igraph 1.0 `write_graphml` writes: `name` for the label, numeric ids,
    /// extra attributes on every node.
    static let igraphOutput = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns"
                 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                 xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns
                 http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
        <!-- Created by igraph -->
          <key id="v_name" for="node" attr.name="name" attr.type="string"/>
          <key id="v_population" for="node" attr.name="population" attr.type="double"/>
          <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
          <graph id="G" edgedefault="directed">
            <node id="n0">
              <data key="v_name">Baku</data>
              <data key="v_population">2300000</data>
            </node>
            <node id="n1">
              <data key="v_name">Yerevan</data>
              <data key="v_population">1090000</data>
            </node>
            <edge source="n0" target="n1">
              <data key="e_weight">3</data>
            </edge>
          </graph>
        </graphml>
        """

    @Test func readsIgraphOutput() throws {
        let graph = try GraphMLReader().read(SampleGraphs.data(Self.igraphOutput))
        #expect(graph.entities.map(\.name) == ["Baku", "Yerevan"])
        #expect(graph[EntityID("n0")]?.attributes == ["population": "2300000"])
        let relation = try #require(graph.relations.first)
        #expect(relation.isDirected)
        #expect(relation.kind == .link)
        #expect(relation.weight == 3)
    }

    /// What igraph 1.0 writes back after reading a relgraph GraphML file: nodes
    /// renumbered with the original id as `id` data, empty values for absent attributes.
    static let igraphRewrite = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <!-- Created by igraph -->
          <key id="v_kind" for="node" attr.name="kind" attr.type="string"/>
          <key id="v_name" for="node" attr.name="name" attr.type="string"/>
          <key id="v_aliases" for="node" attr.name="aliases" attr.type="string"/>
          <key id="v_iso" for="node" attr.name="iso" attr.type="string"/>
          <key id="v_id" for="node" attr.name="id" attr.type="string"/>
          <key id="e_kind" for="edge" attr.name="kind" attr.type="string"/>
          <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
          <key id="e_directed" for="edge" attr.name="directed" attr.type="boolean"/>
          <graph id="G" edgedefault="directed">
            <node id="n0">
              <data key="v_kind">country</data>
              <data key="v_name">Azerbaijan</data>
              <data key="v_aliases">[&quot;AZ&quot;]</data>
              <data key="v_iso">AZ</data>
              <data key="v_id">country/azerbaijan</data>
            </node>
            <node id="n1">
              <data key="v_kind">person</data>
              <data key="v_name">Ilham Aliyev</data>
              <data key="v_aliases"></data>
              <data key="v_iso"></data>
              <data key="v_id">person/ilham-aliyev</data>
            </node>
            <edge source="n1" target="n0">
              <data key="e_kind">affiliation</data>
              <data key="e_weight">1</data>
              <data key="e_directed">true</data>
            </edge>
          </graph>
        </graphml>
        """

    @Test func readsIgraphRewriteOfRelgraphFile() throws {
        var expected = Graph()
        expected.add(Entity(kind: .country, name: "Azerbaijan", aliases: ["AZ"], attributes: ["iso": "AZ"]))
        expected.add(Entity(kind: .person, name: "Ilham Aliyev"))
        try expected.add(Relation(kind: .affiliation, source: "person/ilham-aliyev", target: "country/azerbaijan"))
        #expect(try GraphMLReader().read(SampleGraphs.data(Self.igraphRewrite)) == expected)
    }

    /// A yEd file: labels live in `y:NodeLabel` inside `nodegraphics` data; a group
    /// node holds a nested graph; a description key with a default.
    static let yEdOutput = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:yed="http://www.yworks.com/xml/yed/3">
          <key for="node" id="d5" yfiles.type="nodegraphics"/>
          <key attr.name="description" attr.type="string" for="node" id="d4"><default>none</default></key>
          <key for="edge" id="d9" yfiles.type="edgegraphics"/>
          <key for="graphml" id="d7" yfiles.type="resources"/>
          <graph edgedefault="directed" id="G">
            <node id="n0">
              <data key="d4">capital</data>
              <data key="d5">
                <y:ShapeNode>
                  <y:Geometry height="30.0" width="30.0" x="0.0" y="0.0"/>
                  <y:NodeLabel alignment="center" autoSizePolicy="content">Tbilisi</y:NodeLabel>
                </y:ShapeNode>
              </data>
            </node>
            <node id="n1" yfiles.foldertype="group">
              <data key="d5"><y:ProxyAutoBoundsNode><y:Realizers active="0"><y:GroupNode>
                <y:NodeLabel>Caucasus</y:NodeLabel></y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data>
              <graph edgedefault="directed" id="n1:">
                <node id="n1::n0">
                  <data key="d5"><y:ShapeNode><y:NodeLabel>Baku</y:NodeLabel></y:ShapeNode></data>
                </node>
              </graph>
            </node>
            <edge id="e0" source="n0" target="n1::n0">
              <data key="d9"><y:PolyLineEdge><y:EdgeLabel>talks</y:EdgeLabel></y:PolyLineEdge></data>
            </edge>
          </graph>
          <data key="d7"><y:Resources/></data>
        </graphml>
        """

    @Test func readsYEdOutput() throws {
        let graph = try GraphMLReader().read(SampleGraphs.data(Self.yEdOutput))
        #expect(graph.entities.map(\.name) == ["Tbilisi", "Caucasus", "Baku"])
        #expect(graph[EntityID("n0")]?.attributes == ["description": "capital"])
        #expect(graph[EntityID("n1::n0")]?.attributes == ["description": "none"])
        let relation = try #require(graph.relations.first)
        #expect(relation.source == "n0" && relation.target == "n1::n0" && relation.isDirected)
    }

    @Test func perEdgeDirectedAttributeWins() throws {
        let text = """
            <graphml><graph edgedefault="directed">
            <node id="a"/><node id="b"/>
            <edge source="b" target="a" directed="false"/>
            <edge source="a" target="b"/>
            </graph></graphml>
            """
        let graph = try GraphMLReader().read(SampleGraphs.data(text))
        #expect(graph.relations.map(\.isDirected).sorted { !$0 && $1 } == [false, true])
    }

    /// Each malformed document, the line its error names, and a phrase of the message.
    @Test(arguments: [
        ("<graphml>\n<graph>\n<node id=\"a\">\n</graph></graphml>", 4, "not well-formed XML"),
        ("<graphml><graph>\n<node/>\n</graph></graphml>", 2, "without an id"),
        ("<graphml><graph>\n<node id=\"a\"/>\n<edge source=\"a\" target=\"z\"/></graph></graphml>", 3, "'z', which is not declared"),
        ("<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\"/><graph>\n<node id=\"a\"/>\n<edge source=\"a\" target=\"a\">\n"
            + "<data key=\"w\">heavy</data></edge></graph></graphml>", 4, "'heavy'"),
        ("<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\"/><graph>\n<node id=\"a\"/>\n<edge source=\"a\" target=\"a\">\n"
            + "<data key=\"w\">NaN</data></edge></graph></graphml>", 4, "not finite"),
        ("<gexf>\n</gexf>", 1, "expected <graphml>"),
        ("\n\n{\"entities\": []}", 3, "not XML: expected '<', found '{'"),
        ("<graphml>\n\n<graph><node id=\"a &amp b\"/></graph></graphml>", 3, "XML"),
    ])
    func malformedInputNamesFileAndLine(text: String, line: Int, phrase: String) throws {
        let error = #expect(throws: GraphFormatError.self) {
            try GraphMLReader().read(SampleGraphs.data(text), source: "bad.graphml")
        }
        guard case .malformed(_, "bad.graphml", let errorLine, let message)? = error else {
            Issue.record("unexpected error \(String(describing: error))")
            return
        }
        #expect(errorLine == line, "\(message)")
        #expect(message.contains(phrase), "\(message)")
    }

    /// Foundation hands `XMLParser(data:)` to libxml2 in one chunk, which libxml2
    /// refuses past 10 MB; the reader streams instead.
    @Test func readsDocumentsLargerThanTenMegabytes() throws {
        var graph = Graph()
        graph.add(Entity(kind: .country, name: "A"))
        graph.add(Entity(kind: .country, name: "B"))
        let sentence = String(repeating: "A met B & talked <again>. ", count: 2_400)
        for index in 0..<200 {
            try graph.add(
                Relation(
                    kind: RelationKind("kind\(index)"), source: "country/a", target: "country/b",
                    evidence: [Evidence(document: "d.txt", sentence: sentence, start: 0, end: 10)]))
        }
        let text = try GraphMLWriter().write(graph)
        #expect(text.utf8.count > 11_000_000)
        #expect(try GraphMLReader().read(SampleGraphs.data(text)) == graph)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = "<graphml>" + String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000) + "</graphml>"
        let error = #expect(throws: GraphFormatError.self) { try GraphMLReader().read(SampleGraphs.data(text)) }
        #expect(error?.description.contains("nest deeper than 256 levels") == true, "\(String(describing: error))")
    }

    @Test func refusesEntityExpansion() throws {
        // "Billion laughs": ten levels of ten-fold expansion.
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n  <!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            text += "  <!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n"
        }
        text += "]>\n<graphml><graph><node id=\"&lol9;\"/></graph></graphml>\n"
        let error = #expect(throws: GraphFormatError.self) {
            try GraphMLReader().read(SampleGraphs.data(text), source: "bomb.graphml")
        }
        #expect(error?.description.hasPrefix("bomb.graphml:2: ") == true)
        #expect(error?.description.contains("DOCTYPE") == true)
    }

    @Test func refusesExternalEntities() throws {
        let text = """
            <?xml version="1.0"?>
            <!-- a comment first -->
            <!DOCTYPE graphml [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <graphml><graph><node id="a"><data key="name">&secret;</data></node></graph></graphml>
            """
        let error = #expect(throws: GraphFormatError.self) {
            try GraphMLReader().read(SampleGraphs.data(text), source: "xxe.graphml")
        }
        #expect(error?.description.hasPrefix("xxe.graphml:3: ") == true)
    }

    @Test func undeclaredEntityReferenceIsAnError() throws {
        let text = "<graphml><graph><node id=\"&secret;\"/></graph></graphml>"
        #expect(throws: GraphFormatError.self) { try GraphMLReader().read(SampleGraphs.data(text)) }
    }
}
