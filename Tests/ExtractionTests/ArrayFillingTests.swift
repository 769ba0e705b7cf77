import Testing
@testable import Extraction

@Suite struct ArrayFillingTests {
    @Test func fillsAsRepeating() {
        for count in [0, 1, 2, 7, 64, 1000] {
            #expect([Int32](filling: -1, count: count) == [Int32](repeating: -1, count: count))
            #expect([String?](filling: nil, count: count) == [String?](repeating: nil, count: count))
            #expect([Bool](filling: true, count: count) == [Bool](repeating: true, count: count))
        }
    }
}
