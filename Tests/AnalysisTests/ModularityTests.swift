import Testing

@testable import Analysis

@Suite struct ModularityTests {
    @Test func karateFactionsKnownValue() throws {
        // networkx: modularity(karate_club_graph() unweighted, [club == "Mr. Hi", rest]).
        let index = Fixture(named: "karate").index()
        let hi: Set<Int> = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21]
        let labels = index.ids.map { Int32(hi.contains(Int($0.rawValue)!) ? 0 : 1) }
        let q = index.modularity(of: Partition(index: index, labels: labels))
        #expect(abs(q - 0.3582347140039447) < 1e-12)
    }

    @Test func singletonsAndWholeGraph() {
        let index = Fixture(named: "directed-30-3").index()
        let whole = Partition(index: index, labels: [Int32](repeating: 0, count: index.nodeCount))
        #expect(abs(index.modularity(of: whole)) < 1e-12)
    }
}
