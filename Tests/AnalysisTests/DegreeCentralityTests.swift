import GraphModel
import Testing

@testable import Analysis

/// Degree and strength against networkx on the fixtures.
@Suite struct DegreeCentralityTests {
    @Test(arguments: Fixture.all) func matchesNetworkx(_ fixture: Fixture) {
        let index = fixture.index()
        fixture.check(index.degreeCentrality(), against: "degree", tolerance: 1e-12)
        if fixture.directed {
            fixture.check(index.degreeCentrality(.incoming), against: "in-degree", tolerance: 1e-12)
            fixture.check(index.degreeCentrality(.outgoing), against: "out-degree", tolerance: 1e-12)
        }
        if fixture.weighted {
            fixture.check(fixture.index(weighted: true).strength(), against: "strength", tolerance: 1e-12)
        }
    }

    @Test func directedMeasureNames() {
        let index = Fixture(named: "directed-30-3").index()
        #expect(index.degreeCentrality(.incoming).measure == "in-degree")
        #expect(index.strength(.outgoing).measure == "out-strength")
    }
}
