import GraphModel
import Testing

@testable import Analysis

@Suite struct BetweennessCentralityTests {
    @Test(arguments: Fixture.all) func exactMatchesNetworkx(_ fixture: Fixture) throws {
        let index = fixture.index()
        fixture.check(try index.betweennessCentrality(), against: "betweenness", tolerance: 1e-9)
        fixture.check(try index.betweennessCentrality(normalized: false), against: "betweenness-raw", tolerance: 1e-9)
    }

    @Test(arguments: Fixture.weightedOnes) func weightedMatchesNetworkx(_ fixture: Fixture) throws {
        let scores = try fixture.index(weighted: true).betweennessCentrality(length: .weight)
        fixture.check(scores, against: "betweenness-weighted", tolerance: 1e-9)
    }

    @Test(arguments: Fixture.all) func allPivotsIsExact(_ fixture: Fixture) throws {
        let index = fixture.index()
        let sampled = try index.betweennessCentrality(samples: index.nodeCount, seed: 7)
        fixture.check(sampled, against: "betweenness", tolerance: 1e-9)
    }

    @Test func samplingIsSeededAndUnbiased() throws {
        let index = Fixture(named: "karate").index()
        let a = try index.betweennessCentrality(samples: 10, seed: 1)
        let b = try index.betweennessCentrality(samples: 10, seed: 1)
        #expect(a.values == b.values)
        // The estimator is unbiased: the mean over many seeds approaches the exact value.
        let exact = try index.betweennessCentrality()
        var mean = [Double](repeating: 0, count: index.nodeCount)
        let runs = 400
        for seed in 0..<runs {
            let estimate = try index.betweennessCentrality(samples: 20, seed: UInt64(seed))
            for v in mean.indices { mean[v] += estimate.values[v] / Double(runs) }
        }
        let hub = Int(index.node("0")!)
        #expect(abs(mean[hub] - exact.values[hub]) < 0.05 * exact.values[hub])
    }

    @Test func rejectsBadSampleCounts() {
        let index = Fixture(named: "florentine").index()
        #expect(throws: AnalysisError.self) { try index.betweennessCentrality(samples: 0) }
        #expect(throws: AnalysisError.self) { try index.betweennessCentrality(samples: 16) }
    }

    @Test func pathGraphKnownValues() throws {
        // 0 – 1 – 2 – 3: node 1 lies on 2 of the 3 pairs without it, normalized by 3.
        let index = try GraphIndex(
            ids: ["a", "b", "c", "d"], edges: [.init(0, 1), .init(1, 2), .init(2, 3)], directed: false,
            weighted: false)
        let scores = try index.betweennessCentrality()
        #expect(scores.values == [0, 2.0 / 3, 2.0 / 3, 0])
        #expect(try index.betweennessCentrality(normalized: false).values == [0, 2, 2, 0])
    }
}
