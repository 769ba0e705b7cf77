import Foundation
import GraphFormats
import GraphModel
import Testing

@Suite struct EdgeListWriterTests {
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

    @Test func keepsOnlyIDsAndWeights() throws {
        let text = try EdgeListWriter().write(SampleGraphs.tricky)
        let graph = try EdgeListReader().read(Data(text.utf8))
        #expect(graph.entities.allSatisfy { $0.kind == .node && $0.name == $0.id.rawValue })
        #expect(graph.relations.allSatisfy { $0.kind == .link && !$0.isDirected })
        // Parallel relations between one pair read back as one, their weights added.
        #expect(graph.relations.map(\.weight).reduce(0, +) == SampleGraphs.tricky.relations.map(\.weight).reduce(0, +))
    }
}
