import Testing

@testable import Analysis

@Suite struct KCoreTests {
    @Test(arguments: Fixture.all) func coreNumbersMatchNetworkx(_ fixture: Fixture) {
        fixture.check(fixture.index().coreNumbers(), against: "core", tolerance: 0)
    }

    @Test func mainCoreOfKarate() {
        let index = Fixture(named: "karate").index()
        let core = index.kCore()
        #expect(core.count == 10)  // the 4-core of Zachary's karate club
        #expect(index.kCore(1).count == 34)
    }
}
