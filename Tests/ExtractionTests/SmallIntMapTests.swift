import Testing
@testable import Extraction

@Suite struct SmallIntMapTests {
    @Test func answersAsADictionaryDoes() {
        var map = SmallIntMap()
        var dictionary: [Int: Int] = [:]
        // A fixed sequence of sets, overwrites and removals over a few keys.
        var state: UInt64 = 7
        for _ in 0..<500 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let key = Int(state >> 60) - 4
            let value: Int? = state >> 59 & 1 == 0 ? Int(state >> 40 & 0xFF) : nil
            map[key] = value
            dictionary[key] = value
            #expect(map.count == dictionary.count)
            for k in -5...12 { #expect(map[k] == dictionary[k]) }
        }
    }

    @Test func anEmptyMapHasNoValues() {
        let map = SmallIntMap()
        #expect(map.count == 0)
        #expect(map[0] == nil)
    }

    @Test func countsTwoDistinctValues() {
        let contents: [[(Int, Int)]] = [[], [(1, 0)], [(1, 0), (2, 0)], [(1, 0), (2, 1)], [(1, 1), (2, 0), (3, 1)], [(1, 0), (2, 1), (3, 2)]]
        for pairs in contents {
            var map = SmallIntMap()
            for (key, value) in pairs { map[key] = value }
            #expect(map.hasTwoDistinctValues == (Set(pairs.map(\.1)).count == 2), "\(pairs)")
            #expect(map.isEmpty == pairs.isEmpty)
            #expect(map.keys(withValue: 0) == pairs.filter { $0.1 == 0 }.map(\.0))
        }
    }
}
