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

    @Test func skipsAHeaderLine() throws {
        let graph = try EdgeListReader().read(SampleGraphs.data("# exported\nSource,Target,Weight\na,b,2\n"))
        #expect(graph.entityCount == 2 && graph.relations.first?.weight == 2)
        // Only on the first line: later, "source" is a node name like any other.
        let later = try EdgeListReader().read(SampleGraphs.data("a b\nsource target\n"))
        #expect(later.entityCount == 4)
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

    @Test(arguments: [
        ("a b\n\nc d heavy\n", 3, "weight 'heavy' is not a number"),
        ("# x\na b c d\n", 2, "found 4 fields"),
        ("a\n", 1, "found 1 field"),
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
