import Testing
@testable import Extraction

@Suite struct KeyTableTests {
    @Test func answersAsADictionary() {
        var table = KeyTable<Int>()
        var reference: [String: Int] = [:]
        let keys = ["the", "president", "a", "", "secretary-general", "côte", "representatives", "'s", "\u{2026}", "abcdefgh", "abcdefghi"]
        for (value, key) in keys.enumerated() {
            table.set(key, value)
            reference[key] = value
        }
        table.set("the", 99)
        reference["the"] = 99
        for key in keys + ["then", "presidents", "abcdefghij", "x"] {
            #expect(table[key] == reference[key])
            #expect(table[key, code: Token.code(of: key)] == reference[key])
        }
        #expect(table.count == keys.count)
    }

    @Test func scopesAreSeparate() {
        var table = KeyTable<Int>()
        table.set("united", scope: 0, 1)
        table.set("nations", scope: 1, 2)
        table.set("united", scope: 7, 3)
        #expect(table["united"] == 1 && table["united", scope: 7] == 3)
        #expect(table["nations"] == nil && table["nations", scope: 1] == 2)
    }

    @Test func growsPastItsFirstSlots() {
        var table = KeyTable<Int>()
        for k in 0..<5000 { table.set("word\(k)", k) }
        for k in stride(from: 0, to: 5000, by: 7) { #expect(table["word\(k)"] == k) }
        #expect(table["word5000"] == nil)
    }
}
