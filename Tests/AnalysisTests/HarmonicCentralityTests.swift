import Testing

@testable import Analysis

@Suite struct HarmonicCentralityTests {
    @Test(arguments: Fixture.all) func matchesNetworkx(_ fixture: Fixture) {
        fixture.check(fixture.index().harmonicCentrality(), against: "harmonic", tolerance: 1e-9)
    }

    @Test(arguments: Fixture.weightedOnes) func weightedMatchesNetworkx(_ fixture: Fixture) {
        let scores = fixture.index(weighted: true).harmonicCentrality(length: .weight)
        fixture.check(scores, against: "harmonic-weighted", tolerance: 1e-9)
    }
}
