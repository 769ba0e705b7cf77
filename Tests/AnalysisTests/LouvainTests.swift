import GraphModel
import Testing

@testable import Analysis

@Suite struct LouvainTests {
    @Test(arguments: Fixture.all) func modularityCloseToNetworkx(_ fixture: Fixture) {
        let louvain = fixture["louvain"] as! [String: Any]
        let expected = (louvain["modularity"] as! Double)
        let index = fixture.index(weighted: fixture.weighted)
        // Best of three seeds, like one would run it; each within a few percent.
        let best = (0..<3).map { index.louvainCommunities(seed: UInt64($0)) }.max { $0.modularity < $1.modularity }!
        #expect(best.modularity >= expected * 0.98, "\(fixture.name): \(best.modularity) vs \(expected)")
        #expect(abs(best.modularity - index.modularity(of: best.partition)) < 1e-12)
    }

    @Test func seededRunsAreIdentical() {
        let index = Fixture(named: "gnp-60-2").index()
        let a = index.louvainCommunities(seed: 5), b = index.louvainCommunities(seed: 5)
        #expect(a.partition.membership == b.partition.membership)
        #expect(a.modularity == b.modularity)
    }

    @Test func resolutionControlsCommunitySize() {
        let index = Fixture(named: "karate").index()
        let coarse = index.louvainCommunities(resolution: 0.3, seed: 1)
        let fine = index.louvainCommunities(resolution: 3, seed: 1)
        #expect(coarse.partition.groups.count < fine.partition.groups.count)
        #expect(fine.resolution == 3)
    }

    @Test func twoCliquesAreTwoCommunities() throws {
        var edges: [GraphIndex.Edge] = []
        for a in Int32(0)..<5 { for b in (a + 1)..<5 { edges += [.init(a, b), .init(a + 5, b + 5)] } }
        edges.append(.init(0, 5))
        let index = try GraphIndex(
            ids: (0..<10).map { EntityID("n\($0)") }, edges: edges, directed: false, weighted: false)
        let communities = index.louvainCommunities()
        #expect(communities.partition.groups.map(\.count) == [5, 5])
    }
}
