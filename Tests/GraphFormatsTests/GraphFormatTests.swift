import Foundation
import GraphFormats
import GraphModel
import Testing

@Suite struct GraphFormatTests {
    @Test func mapsFileExtensions() {
        #expect(GraphFormat(fileExtension: "json") == .json)
        #expect(GraphFormat(fileExtension: "GV") == .dot)
        #expect(GraphFormat(fileExtension: "dot") == .dot)
        #expect(GraphFormat(fileExtension: "graphml") == .graphml)
        #expect(GraphFormat(fileExtension: "xml") == .graphml)
        #expect(GraphFormat(fileExtension: "gexf") == .gexf)
        #expect(GraphFormat(fileExtension: "csv") == .csv)
        #expect(GraphFormat(fileExtension: "tsv") == .edgeList)
        #expect(GraphFormat(fileExtension: "edges") == .edgeList)
        #expect(GraphFormat(fileExtension: "edgelist") == .edgeList)
        // Text files are articles to extract from, never edge lists.
        #expect(GraphFormat(fileExtension: "txt") == nil)
        #expect(GraphFormat(fileExtension: "svg") == nil)
    }

    @Test func mapsNames() {
        #expect(GraphFormat(name: "node-link") == .nodeLinkJSON)
        #expect(GraphFormat(name: "d3") == .nodeLinkJSON)
        #expect(GraphFormat(name: "GraphML") == .graphml)
        #expect(GraphFormat(name: "edge-list") == .edgeList)
        #expect(GraphFormat(name: "gv") == .dot)
        #expect(GraphFormat(name: "png") == nil)
    }

    @Test(arguments: [
        ("{\"entities\": [], \"relations\": []}", GraphFormat.json),
        ("\u{FEFF}  {\"format\": \"relgraph-graph\", \"version\": 1}", .json),
        ("{\"directed\": false, \"nodes\": [], \"edges\": []}", .nodeLinkJSON),
        ("{\"nodes\": [], \"links\": []}", .nodeLinkJSON),
        ("<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">", .graphml),
        ("<?xml version='1.0' encoding='utf-8'?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">", .gexf),
        ("digraph G {\n a -> b\n}", .dot),
        ("  strict graph { a -- b }", .dot),
        ("/* made by hand */\nGraph \"x y\" {}", .dot),
        ("// comment\ndigraph{a}", .dot),
        ("a b\nb c 2\n", .edgeList),
        ("# comment\ngraph node\n", .edgeList),
        ("graph1 graph2 {'weight': 1}\n", .edgeList),
        // Only top-level keys count: a node-link graph whose nodes carry "entities"
        // attributes, and keys hidden in strings with escaped quotes.
        ("{\"graph\": {\"entities\": 1}, \"nodes\": [{\"relations\": []}], \"links\": []}", .nodeLinkJSON),
        ("{\"note\": \"\\\"entities\\\": ,\", \"edges\": []}", .nodeLinkJSON),
        // Malformed JSON is sniffed from the keys before the damage.
        ("{\"nodes\": [1, 2,", .nodeLinkJSON),
        ("{\"entities\": [", .json),
    ])
    func sniffsContent(text: String, expected: GraphFormat) {
        #expect(GraphFormat.sniff(SampleGraphs.data(text)) == expected)
    }

    @Test func sniffsNothingInEmptyOrBinaryInput() {
        #expect(GraphFormat.sniff(Data()) == nil)
        #expect(GraphFormat.sniff(SampleGraphs.data(" \n\t ")) == nil)
        #expect(GraphFormat.sniff(Data([0x89, 0x50, 0x4E, 0x47, 0xFF, 0xFE, 0x00])) == nil)
    }

    @Test func sniffsWhatTheWritersWrite() throws {
        let graph = SampleGraphs.tricky
        #expect(GraphFormat.sniff(try GraphJSON.encode(graph)) == .json)
        #expect(GraphFormat.sniff(SampleGraphs.data(try GraphMLWriter().write(graph))) == .graphml)
        #expect(GraphFormat.sniff(SampleGraphs.data(try GEXFWriter().write(graph))) == .gexf)
        #expect(GraphFormat.sniff(SampleGraphs.data(try NodeLinkJSONWriter().write(graph))) == .nodeLinkJSON)
        #expect(GraphFormat.sniff(SampleGraphs.data(try EdgeListWriter().write(SampleGraphs.plain))) == .edgeList)
    }
}
