import GraphModel
import Testing

@testable import Analysis

@Suite struct PathFinderTests {
    func graph() throws -> Graph {
        var graph = Graph()
        for name in ["Ann", "Bob", "Cy", "Dee"] { graph.add(Entity(kind: .person, name: name)) }
        func id(_ name: String) -> EntityID { EntityID(kind: .person, name: name) }
        let evidence = Evidence(document: "a.txt", sentence: "Ann met Bob.", start: 0, end: 12)
        try graph.add(Relation(kind: .meeting, source: id("Ann"), target: id("Bob"), evidence: [evidence]))
        try graph.add(Relation(kind: .statement, source: id("Bob"), target: id("Cy")))
        try graph.add(Relation(kind: .meeting, source: id("Cy"), target: id("Dee")))
        try graph.add(Relation(kind: .meeting, source: id("Ann"), target: id("Cy")))
        try graph.add(Relation(kind: .statement, source: id("Ann"), target: id("Cy")))
        return graph
    }

    @Test func hopsCarryTheirRelations() throws {
        let finder = try PathFinder(graph())
        let path = try #require(try finder.shortestPath(from: "person/bob", to: "person/dee"))
        #expect(path.entities == ["person/bob", "person/cy", "person/dee"])
        #expect(path.length == 2)
        #expect(path.hops.map(\.relations.count) == [1, 1])
        #expect(path.hops[0].relations.first?.kind == .statement)
        #expect(path.hops[1].from == "person/cy" && path.hops[1].to == "person/dee")
    }

    @Test func restrictedToMeetings() throws {
        let finder = try PathFinder(graph(), relationKinds: [.meeting])
        let path = try #require(try finder.shortestPath(from: "person/bob", to: "person/dee"))
        #expect(path.entities == ["person/bob", "person/ann", "person/cy", "person/dee"])
        #expect(path.hops[0].relations.map(\.evidence.first?.sentence) == ["Ann met Bob."])
        #expect(path.hops.allSatisfy { $0.relations.allSatisfy { $0.kind == .meeting } })
    }

    @Test func directedStatementsOnlyForward() throws {
        let finder = try PathFinder(graph(), directed: true, relationKinds: [.statement])
        #expect(try finder.shortestPath(from: "person/bob", to: "person/cy") != nil)
        #expect(try finder.shortestPath(from: "person/cy", to: "person/bob") == nil)
    }

    @Test func kShortestAndAll() throws {
        let finder = try PathFinder(graph())
        let k = try finder.shortestPaths(from: "person/bob", to: "person/cy", k: 3)
        #expect(k.map(\.length) == [1, 2])
        let all = try finder.allShortestPaths(from: "person/ann", to: "person/dee")
        #expect(all.count == 1)
        #expect(throws: AnalysisError.unknownEntity("person/zed")) {
            try finder.shortestPath(from: "person/zed", to: "person/ann")
        }
    }
}
