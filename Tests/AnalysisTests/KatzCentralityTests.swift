import Testing

@testable import Analysis

@Suite struct KatzCentralityTests {
    @Test(arguments: Fixture.all.filter { $0.expected("katz") != nil })
    func matchesNetworkx(_ fixture: Fixture) throws {
        fixture.check(try fixture.index().katzCentrality(), against: "katz", tolerance: 1e-6)
    }

    @Test(arguments: Fixture.weightedOnes.filter { $0.expected("katz-weighted") != nil })
    func weightedMatchesNetworkx(_ fixture: Fixture) throws {
        let scores = try fixture.index(weighted: true).katzCentrality(alpha: 0.02)
        fixture.check(scores, against: "katz-weighted", tolerance: 1e-6)
    }

    @Test func divergesWhenAlphaIsTooLarge() {
        #expect(throws: AnalysisError.self) { try Fixture(named: "karate").index().katzCentrality(alpha: 0.5) }
    }
}
