import Testing
@testable import Extraction

@Suite struct FNV1aTests {
    /// Published FNV-1a 64-bit values (the FNV reference test vectors).
    @Test(arguments: [("", 0xcbf2_9ce4_8422_2325 as UInt64), ("a", 0xaf63_dc4c_8601_ec8c), ("foobar", 0x8594_4171_f739_67e8)])
    func knownAnswers(text: String, expected: UInt64) {
        var hash = FNV1a()
        hash.add(contentsOf: text.utf8)
        #expect(hash.value == expected)
        var fromString = FNV1a()
        fromString.add(bytesOf: text)
        #expect(fromString.value == expected)
        #expect(Token.longHash(of: text) == expected)
    }
}
