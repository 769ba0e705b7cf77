import Testing

@testable import Analysis

@Suite struct ClosenessCentralityTests {
    @Test(arguments: Fixture.all) func matchesNetworkx(_ fixture: Fixture) {
        fixture.check(fixture.index().closenessCentrality(), against: "closeness", tolerance: 1e-9)
    }

    @Test(arguments: Fixture.weightedOnes) func weightedMatchesNetworkx(_ fixture: Fixture) {
        let scores = fixture.index(weighted: true).closenessCentrality(length: .weight)
        fixture.check(scores, against: "closeness-weighted", tolerance: 1e-9)
    }
}
