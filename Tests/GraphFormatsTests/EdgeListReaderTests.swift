import Foundation
import GraphFormats
import GraphModel
import Testing

@Suite struct EdgeListReaderTests {
    @Test func readsEverySeparatorCommentsAndBlankLines() throws {
        let text = """
            # a comment
            a b
            b\tZürich\t0.5   # trailing comment

            c , a
            a  b  1
            """
        let graph = try EdgeListReader().read(SampleGraphs.data(text))
        #expect(graph == SampleGraphs.plain)
    }

    @Test func readsNamesWithSpacesWhenTabOrCommaSeparated() throws {
        let graph = try EdgeListReader().read(SampleGraphs.data("New York\tLos Angeles\nSan Jose,New York,2\n"))
        #expect(graph.entities.map(\.name) == ["Los Angeles", "New York", "San Jose"])
        #expect(graph.relations.map(\.weight).sorted() == [1, 2])
    }

    @Test func readsNetworkxWriteEdgelistOutput() throws {
        // networkx 3.6.1 write_edgelist(G) with data=True.
        let graph = try EdgeListReader().read(SampleGraphs.data("x y {'weight': 2.0}\ny z {}\n"))
        #expect(graph.relations.map(\.weight) == [2, 1])
    }

    @Test func isUndirectedByDefaultWithADirectedOption() throws {
        let undirected = try EdgeListReader().read(SampleGraphs.data("b a\n"))
        #expect(undirected.relations == [Relation(kind: .link, source: "a", target: "b", isDirected: false)])
        let directed = try EdgeListReader(isDirected: true).read(SampleGraphs.data("b a\n"))
        #expect(directed.relations == [Relation(kind: .link, source: "b", target: "a", isDirected: true)])
        #expect(directed.entities.allSatisfy { $0.kind == .node })
    }

    @Test func roundTripsThroughTheWriter() throws {
        let graph = SampleGraphs.plain
        let text = try EdgeListWriter().write(graph)
        // Undirected ends are stored in id order, and "Z" sorts before "a".
        #expect(text == "# source\ttarget\tweight\nZürich\tb\t0.5\na\tb\t2\na\tc\t1\n")
        #expect(try EdgeListReader().read(SampleGraphs.data(text)) == graph)
    }

    @Test func writerRefusesIDsItCannotHold() {
        var graph = Graph()
        graph.add(Entity(id: "a\tb", kind: .node, name: "x"))
        try! graph.add(Relation(kind: .link, source: "a\tb", target: "a\tb"))
        #expect(throws: GraphFormatError.self) { try EdgeListWriter().write(graph) }
    }

    @Test(arguments: [
        ("a b\n\nc d heavy\n", 3, "weight 'heavy' is not a number"),
        ("# x\na b c d\n", 2, "found 4 fields"),
        ("a\n", 1, "found 1 fields"),
        ("a b nan\n", 1, "not finite"),
        ("a,,2\n", 1, "empty node name"),
    ])
    func malformedInputNamesFileAndLine(text: String, line: Int, phrase: String) throws {
        let error = #expect(throws: GraphFormatError.self) {
            try EdgeListReader().read(SampleGraphs.data(text), source: "bad.edges")
        }
        #expect(error?.description.hasPrefix("bad.edges:\(line): ") == true, "\(String(describing: error))")
        #expect(error?.description.contains(phrase) == true, "\(String(describing: error))")
    }
}
