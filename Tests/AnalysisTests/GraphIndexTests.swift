import GraphModel
import Testing

@testable import Analysis

@Suite struct GraphIndexTests {
    func sampleGraph() throws -> Graph {
        var graph = Graph()
        for name in ["Ann", "Bob", "Cy", "Dee"] { graph.add(Entity(kind: .person, name: name)) }
        graph.add(Entity(kind: .country, name: "Chad"))
        let ann = EntityID(kind: .person, name: "Ann"), bob = EntityID(kind: .person, name: "Bob")
        let cy = EntityID(kind: .person, name: "Cy"), chad = EntityID(kind: .country, name: "Chad")
        try graph.add(Relation(kind: .meeting, source: ann, target: bob, weight: 2))
        try graph.add(Relation(kind: .statement, source: bob, target: ann, weight: 3))
        try graph.add(Relation(kind: .statement, source: ann, target: cy))
        try graph.add(Relation(kind: .affiliation, source: cy, target: chad))
        return graph
    }

    @Test func multiEdgesCollapseWithSummedWeights() throws {
        let index = try GraphIndex(sampleGraph(), weighted: true)
        #expect(index.nodeCount == 5)
        #expect(index.edgeCount == 3)
        let ann = index.node("person/ann")!, bob = index.node("person/bob")!
        #expect(index.weight(from: ann, to: bob) == 5)
        #expect(index.weight(from: bob, to: ann) == 5)
        #expect(index.totalWeight == 7)
    }

    @Test func directedViewKeepsDirections() throws {
        let index = try GraphIndex(sampleGraph(), directed: true, weighted: true)
        let ann = index.node("person/ann")!, bob = index.node("person/bob")!, cy = index.node("person/cy")!
        #expect(index.weight(from: ann, to: bob) == 2)  // the meeting
        #expect(index.weight(from: bob, to: ann) == 5)  // meeting + statement
        #expect(index.weight(from: ann, to: cy) == 1)
        #expect(index.weight(from: cy, to: ann) == nil)
        #expect(Array(index.predecessors(of: ann)) == [bob])
        #expect(index.edgeCount == 4)
    }

    @Test func filtersByKinds() throws {
        let graph = try sampleGraph()
        let meetings = try GraphIndex(graph, relationKinds: [.meeting])
        #expect(meetings.edgeCount == 1)
        let persons = try GraphIndex(graph, entityKinds: [.person])
        #expect(persons.nodeCount == 4)
        #expect(persons.edgeCount == 2)
        #expect(persons.node("country/chad") == nil)
    }

    @Test func unweightedViewWeighsOne() throws {
        let index = try GraphIndex(sampleGraph())
        #expect(index.weight(from: index.node("person/ann")!, to: index.node("person/bob")!) == 1)
        #expect(!index.isWeighted)
    }

    @Test func rejectsBadWeightsAndNodes() throws {
        #expect(throws: AnalysisError.self) {
            try GraphIndex(ids: ["a", "b"], edges: [.init(0, 1, weight: -1)], directed: false, weighted: true)
        }
        #expect(throws: AnalysisError.nodeOutOfRange(2, nodeCount: 2)) {
            try GraphIndex(ids: ["a", "b"], edges: [.init(0, 2)], directed: false, weighted: false)
        }
        // Unweighted views ignore weights entirely.
        _ = try GraphIndex(ids: ["a", "b"], edges: [.init(0, 1, weight: .nan)], directed: false, weighted: false)
    }

    @Test func dropsSelfLoops() throws {
        let index = try GraphIndex(
            ids: ["a", "b"], edges: [.init(0, 0), .init(0, 1)], directed: true, weighted: false)
        #expect(index.edgeCount == 1)
        #expect(index.node("b") == 1)
        #expect(index.node("c") == nil)
    }

    @Test func rankedOrdersByScoreThenID() throws {
        let index = try GraphIndex(
            ids: ["a", "b", "c"], edges: [.init(0, 1), .init(1, 2)], directed: false, weighted: false)
        let ranked = index.degreeCentrality().ranked(top: 2)
        #expect(ranked.map(\.id) == ["b", "a"])
        #expect(index.degreeCentrality().ranked().count == 3)
    }
}
