import Testing
@testable import Extraction

@Suite struct KeySetTests {
    /// Sets of every size (held inline up to four short words, in an array beyond) answer
    /// as `Set<String>` of the same words, for short and long keys.
    @Test func answersAsASetOfStrings() {
        let words = ["with", "to", "by", "", "meeting", "conference", "delegations", "talks", "with", "a"]
        let probes = words + ["within", "tom", "b", "meetings", "conferences", "delegation", "x", "talk"]
        for size in 0...words.count {
            let members = Array(words.prefix(size))
            let set = KeySet(members)
            let reference = Set(members)
            for probe in probes {
                #expect(set.contains(probe) == reference.contains(probe), "\(members) \(probe)")
                let token = Token(start: 0, end: 1, text: probe, key: probe, flags: [.word])
                #expect(set.contains(token) == reference.contains(probe), "\(members) \(probe)")
            }
        }
    }

    /// Literals, made inline (up to four short words) or not, answer as `Set<String>`.
    @Test func literalsAnswerAsSetsOfStrings() {
        let cases: [(KeySet, Set<String>)] = [
            ([], []),
            (["with"], ["with"]),
            (["with", "to", "by", ""], ["with", "to", "by", ""]),
            (["with", "conference"], ["with", "conference"]),
            (["presidency", "chairmanship", "award", "prize", "medal", "degree", "honour", "honor"],
             ["presidency", "chairmanship", "award", "prize", "medal", "degree", "honour", "honor"]),
            (["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t"],
             ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t"]),
        ]
        let probes = ["with", "to", "by", "", "conference", "presidency", "honor", "award", "a", "t", "u", "within", "honours"]
        for (set, reference) in cases {
            for probe in probes {
                #expect(set.contains(probe) == reference.contains(probe), "\(reference) \(probe)")
            }
        }
    }

    @Test func unitesTwoSets() {
        let small: KeySet = ["with", "to"]
        let union = small.union(["talks", "conference", "by", "on", "at"])
        for word in ["with", "to", "talks", "conference", "by", "on", "at"] { #expect(union.contains(word)) }
        #expect(!union.contains("meeting"))
        #expect(!small.contains("by"))
    }
}
