import GraphModel
import Testing

@testable import Analysis

@Suite struct PageRankTests {
    @Test(arguments: Fixture.all) func matchesNetworkx(_ fixture: Fixture) throws {
        fixture.check(try fixture.index().pageRank(), against: "pagerank", tolerance: 1e-6)
    }

    @Test(arguments: Fixture.weightedOnes) func weightedMatchesNetworkx(_ fixture: Fixture) throws {
        fixture.check(try fixture.index(weighted: true).pageRank(), against: "pagerank-weighted", tolerance: 1e-6)
    }

    @Test func scoresSumToOne() throws {
        let scores = try Fixture(named: "directed-50-4").index().pageRank()
        #expect(abs(scores.values.reduce(0, +) - 1) < 1e-9)
    }

    @Test func personalizationConcentratesRank() throws {
        let index = Fixture(named: "karate").index()
        let plain = try index.pageRank()
        let personal = try index.pageRank(personalization: ["25": 1])
        #expect(personal["25"]! > 3 * plain["25"]!)
        #expect(throws: AnalysisError.self) { try index.pageRank(personalization: ["nobody": 1]) }
    }
}
