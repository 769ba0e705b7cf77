import Testing
@testable import Extraction

@Suite struct PhraseKeysCacheTests {
    private func tokenized(_ phrase: String) -> [String] {
        Tokenizer.tokenize(ArticleText(text: phrase, document: "")).map(\.key)
    }

    @Test func givesTheKeysTokenizingGives() {
        let phrases = ["Minister of Foreign Affairs", "U.S. Secretary of State", "Péter Szijjártó", "", "Minister of Foreign Affairs"]
        for phrase in phrases {
            #expect(PhraseTrie<Int>.keys(phrase) == tokenized(phrase), "\(phrase)")
        }
    }

    /// A canonically equivalent spelling of other bytes is tokenized on its own.
    @Test func keepsEachSpellingApart() {
        let composed = "Caf\u{E9} Society Envoy", decomposed = "Cafe\u{301} Society Envoy"
        let first = PhraseTrie<Int>.keys(composed)
        let second = PhraseTrie<Int>.keys(decomposed)
        #expect(first == tokenized(composed))
        #expect(second == tokenized(decomposed))
    }
}
