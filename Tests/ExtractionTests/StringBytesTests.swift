import Testing
@testable import Extraction

@Suite struct StringBytesTests {
    @Test func equalBytesAreTheSame() {
        #expect("Võ Văn Thưởng".hasSameBytes(as: "Võ Văn Thưởng"))
        #expect("".hasSameBytes(as: ""))
        #expect(String(repeating: "minister ", count: 20).hasSameBytes(as: String(repeating: "minister ", count: 20)))
    }

    /// Canonically equivalent strings are `==` but not the same bytes: the caches keep them apart.
    @Test func canonicallyEquivalentStringsAreNot() {
        let composed = "C\u{F4}te", decomposed = "Co\u{302}te"
        #expect(composed == decomposed)
        #expect(!composed.hasSameBytes(as: decomposed))
        #expect(!"abc".hasSameBytes(as: "abd"))
        #expect(!"abc".hasSameBytes(as: "abcd"))
        #expect(!"".hasSameBytes(as: "a"))
    }
}
