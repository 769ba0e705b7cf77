import GraphModel
import Testing

@testable import Analysis

@Suite struct EgoNetworkTests {
    @Test(arguments: Fixture.all) func nodesMatchNetworkx(_ fixture: Fixture) {
        let ego = fixture["ego"] as! [String: Any]
        let index = fixture.index()
        let center = index.node(EntityID(ego["center"] as! String))!
        let nodes = index.egoNetwork(of: center, radius: ego["radius"] as! Int).map { index.ids[Int($0)].rawValue }
        #expect(nodes.sorted() == (ego["nodes"] as! [String]).sorted())
    }

    @Test func graphEgoNetworkKeepsRelationsAmongMembers() throws {
        let graph = try GraphIndexTests().sampleGraph()
        let ego = try graph.egoNetwork(of: "person/bob", radius: 1)
        #expect(ego.entities.map(\.id) == ["person/ann", "person/bob"])
        #expect(ego.relationCount == 2)
        let meetingsOnly = try graph.egoNetwork(of: "person/ann", radius: 2, relationKinds: [.meeting])
        #expect(meetingsOnly.entityCount == 2)
        #expect(throws: AnalysisError.unknownEntity("person/zed")) { try graph.egoNetwork(of: "person/zed", radius: 1) }
        #expect(throws: AnalysisError.self) { try graph.egoNetwork(of: "person/ann", radius: -1) }
    }
}
