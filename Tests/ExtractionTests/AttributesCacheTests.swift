import Testing
@testable import Extraction

@Suite struct AttributesCacheTests {
    @Test func makesTheDictionaryOfTheValues() {
        let table = AttributesCache.current.entities
        #expect(table.attributes(.init(nil, nil, nil)).isEmpty)
        #expect(table.attributes(.init("FR", nil, nil)) == ["iso": "FR"])
        #expect(table.attributes(.init(nil, "Minister of Foreign Affairs", "France")) == ["role": "Minister of Foreign Affairs", "affiliation": "France"])
        // Again, from strings made anew (found by their bytes, not their storage).
        let role = String("Minister of Foreign Affairs".reversed().reversed())
        #expect(table.attributes(.init(nil, role, "France")) == ["role": "Minister of Foreign Affairs", "affiliation": "France"])
    }

    /// Canonically equivalent values of other bytes get their own dictionary: an article's
    /// spelling never shows in another's graph.
    @Test func keepsEachSpellingsBytes() {
        let table = AttributesCache.current.relations
        let composed = table.attributes(.init(nil, nil, "caf\u{E9} talks on the future"))
        let decomposed = table.attributes(.init(nil, nil, "cafe\u{301} talks on the future"))
        #expect(Array(composed["cameo"]!.utf8) == Array("caf\u{E9} talks on the future".utf8))
        #expect(Array(decomposed["cameo"]!.utf8) == Array("cafe\u{301} talks on the future".utf8))
    }
}
