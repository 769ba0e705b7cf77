import Testing
@testable import Extraction

@Suite struct EntityIndexSetsTests {
    /// Every pair of small index arrays (with repeats) answers as the sets would.
    @Test func answersAsSets() {
        let arrays: [[Int]] = [[], [1], [2], [1, 2], [2, 1, 2], [3, 4, 1], [4, 4], [0, 5, 6, 7]]
        for a in arrays {
            for b in arrays {
                #expect(a.isContained(in: b) == Set(a).isSubset(of: Set(b)), "\(a) \(b)")
                #expect(a.sharesElement(with: b) == !Set(a).isDisjoint(with: Set(b)), "\(a) \(b)")
            }
            #expect(a.distinctCount == Set(a).count, "\(a)")
        }
    }
}
