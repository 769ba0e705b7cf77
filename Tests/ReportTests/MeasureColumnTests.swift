import GraphModel
import Testing
@testable import Report

@Suite struct MeasureColumnTests {
    @Test func ranksHighestFirstWithStableTies() {
        let column = MeasureColumn(name: "degree", values: ["c/b": 2, "c/a": 2, "c/c": 5, "c/d": .nan, "c/e": 0])
        let ranked = column.ranked()
        #expect(ranked.map(\.id) == ["c/c", "c/a", "c/b", "c/e"])
        #expect(ranked.map(\.value) == [5, 2, 2, 0])
    }
}
