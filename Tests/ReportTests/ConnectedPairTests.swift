import GraphModel
import Testing
@testable import Report

@Suite struct ConnectedPairTests {
    @Test func ranksPairsByTotalWeightOverAllRelations() throws {
        var graph = Graph()
        for name in ["A", "B", "C", "D"] { graph.add(Entity(kind: .country, name: name)) }
        try graph.add(Relation(kind: .meeting, source: "country/a", target: "country/b", weight: 2))
        try graph.add(Relation(kind: .statement, source: "country/b", target: "country/a", weight: 1))
        try graph.add(Relation(kind: .cooperation, source: "country/c", target: "country/d", weight: 3))
        try graph.add(Relation(kind: .meeting, source: "country/a", target: "country/c", weight: 1))
        try graph.add(Relation(kind: .link, source: "country/d", target: "country/d", weight: 9))
        let pairs = ConnectedPair.ranked(in: graph)
        #expect(pairs.map { [$0.first, $0.second] } == [
            ["country/a", "country/b"], ["country/c", "country/d"], ["country/a", "country/c"],
        ])
        #expect(pairs[0].totalWeight == 3)
        #expect(pairs[0].weightByKind == [.meeting: 2, .statement: 1])
    }
}
