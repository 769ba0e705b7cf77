import Testing
@testable import Extraction

@Suite struct TokenSetTests {
    @Test func answersAsASetOfIntegers() {
        var set = TokenSet(capacity: 200)
        var reference = Set<Int>()
        for value in [0, 1, 63, 64, 65, 127, 128, 199, 64] {
            let inserted = set.insert(value)
            #expect(inserted.inserted == reference.insert(value).inserted)
            #expect(inserted.memberAfterInsert == value)
        }
        for value in -3..<205 {
            #expect(set.contains(value) == reference.contains(value), "\(value)")
        }
        #expect(set.count == reference.count)
        #expect(!set.isEmpty)
        #expect(TokenSet(capacity: 10).isEmpty)
    }

    @Test func valuesOutsideTheCapacityAreNeverMembers() {
        var set = TokenSet(capacity: 5)
        set.insert(4)
        #expect(!set.contains(5))
        #expect(!set.contains(-1))
        #expect(!set.contains(Int.max))
        #expect(TokenSet(capacity: 0).contains(0) == false)
    }

    @Test func containsWhereVisitsMembersInOrder() {
        var set = TokenSet(capacity: 300)
        for value in [250, 3, 70] { set.insert(value) }
        var seen: [Int] = []
        #expect(!set.contains { seen.append($0); return false })
        #expect(seen == [3, 70, 250])
        #expect(set.contains { $0 > 60 })
        #expect(!TokenSet(capacity: 64).contains { _ in true })
    }
}
