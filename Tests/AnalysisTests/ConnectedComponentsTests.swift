import GraphModel
import Testing

@testable import Analysis

@Suite struct ConnectedComponentsTests {
    @Test(arguments: Fixture.all) func sizesMatchNetworkx(_ fixture: Fixture) {
        let expected = fixture["components"] as! [String: [Int]]
        let index = fixture.index()
        #expect(index.weaklyConnectedComponents().groups.map(\.count) == expected["weak"])
        #expect(index.stronglyConnectedComponents().groups.map(\.count) == expected["strong"])
    }

    @Test func longChainNeedsNoRecursion() throws {
        // A directed cycle of 300,000 nodes: one strong component, deep DFS.
        let n: Int32 = 300_000
        let edges = (0..<n).map { GraphIndex.Edge($0, ($0 + 1) % n) }
        let index = try GraphIndex(
            ids: (0..<n).map { EntityID("n\($0)") }, edges: edges, directed: true, weighted: false)
        #expect(index.stronglyConnectedComponents().groups.count == 1)
        let path = try GraphIndex(
            ids: (0..<n).map { EntityID("n\($0)") }, edges: Array(edges.dropLast()), directed: true, weighted: false)
        #expect(path.stronglyConnectedComponents().groups.count == Int(n))
        #expect(path.weaklyConnectedComponents().groups.count == 1)
    }

    @Test func membershipByID() {
        let index = Fixture(named: "disconnected-7").index()
        let components = index.weaklyConnectedComponents()
        #expect(components["201"] == components["202"])
        #expect(components["200"] != components["201"])
        #expect(components.entityGroups.last?.count == 1)
    }
}
