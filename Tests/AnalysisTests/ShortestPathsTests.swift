import Foundation
import GraphModel
import Testing

@testable import Analysis

@Suite struct ShortestPathsTests {
    @Test(arguments: Fixture.all) func distancesMatchNetworkx(_ fixture: Fixture) {
        let expected = fixture["distances"] as! [String: Any]
        let source = EntityID(expected["source"] as! String)
        for length in fixture.weighted ? [EdgeLength.hops, .weight] : [.hops] {
            let index = fixture.index(weighted: length == .weight)
            let distances = index.distances(from: index.node(source)!, length: length)
            let values = (expected[length == .hops ? "hops" : "weight"] as! [String: NSNumber])
            #expect(distances.reached.count == values.count)
            for (node, value) in values {
                #expect(distances[EntityID(node)] == value.doubleValue, "\(fixture.name) \(node)")
            }
        }
    }

    @Test(arguments: Fixture.all) func pathsMatchNetworkx(_ fixture: Fixture) {
        for entry in fixture["paths"] as! [[String: Any]] {
            let s = EntityID(entry["source"] as! String), t = EntityID(entry["target"] as! String)
            for length in fixture.weighted ? [EdgeLength.hops, .weight] : [.hops] {
                let index = fixture.index(weighted: length == .weight)
                let (u, v) = (index.node(s)!, index.node(t)!)
                let path = index.shortestPath(from: u, to: v, length: length)
                guard let expected = entry[length.rawValue] as? [String: Any] else {
                    #expect(path == nil, "\(fixture.name) \(s) → \(t) has no path")
                    #expect(index.kShortestPaths(from: u, to: v, k: 3, length: length).isEmpty)
                    continue
                }
                let lengths = index.arcLengths(length)?.outgoing
                func cost(_ p: [GraphIndex.Node]) -> Double {
                    zip(p, p.dropFirst()).reduce(0) { $0 + (lengths?[index.arcIndex(from: $1.0, to: $1.1)!] ?? 1) }
                }
                let want = (expected["length"] as! NSNumber).doubleValue
                #expect(path.map(cost) == want, "\(fixture.name) \(s) → \(t) \(length)")
                let all = index.allShortestPaths(from: u, to: v, length: length)
                #expect(all.count == (expected["count"] as! Int), "\(fixture.name) \(s) → \(t)")
                #expect(all.allSatisfy { cost($0) == want && $0.first == u && $0.last == v })
                let kLengths = (expected["k-lengths"] as! [NSNumber]).map(\.doubleValue)
                if !kLengths.isEmpty {
                    let k = index.kShortestPaths(from: u, to: v, k: kLengths.count, length: length)
                    #expect(k.map(cost) == kLengths, "\(fixture.name) \(s) → \(t) Yen")
                    #expect(k.allSatisfy { Set($0).count == $0.count }, "simple paths")
                    #expect(Set(k).count == k.count, "distinct paths")
                }
            }
        }
    }

    @Test func pathToItself() {
        let index = Fixture(named: "karate").index()
        #expect(index.shortestPath(from: 3, to: 3) == [3])
    }
}
