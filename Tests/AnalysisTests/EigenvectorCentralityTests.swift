import Testing

@testable import Analysis

@Suite struct EigenvectorCentralityTests {
    @Test(arguments: Fixture.all.filter { $0.expected("eigenvector") != nil })
    func matchesNetworkx(_ fixture: Fixture) throws {
        fixture.check(try fixture.index().eigenvectorCentrality(), against: "eigenvector", tolerance: 1e-6)
    }

    @Test(arguments: Fixture.weightedOnes.filter { $0.expected("eigenvector-weighted") != nil })
    func weightedMatchesNetworkx(_ fixture: Fixture) throws {
        let scores = try fixture.index(weighted: true).eigenvectorCentrality()
        fixture.check(scores, against: "eigenvector-weighted", tolerance: 1e-6)
    }

    @Test func reportsNonConvergence() {
        #expect(throws: AnalysisError.notConverged(measure: "eigenvector centrality", iterations: 1)) {
            try Fixture(named: "karate").index().eigenvectorCentrality(maxIterations: 1)
        }
    }
}
