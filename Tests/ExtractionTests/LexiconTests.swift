import Testing
@testable import Extraction

@Suite struct LexiconTests {
    /// The rules' start words carry their classes, and no other word does.
    @Test func ruleWordsHaveTheirClasses() throws {
        let lexicon = Shared.extractor.resources.lexicon
        for (words, wordClass) in Lexicon.ruleWords {
            for word in words { #expect(lexicon.classes(of: word).contains(wordClass), "\(word)") }
        }
        for word in ["the", "minister", "met", "said", "country"] {
            for (_, wordClass) in Lexicon.ruleWords { #expect(!lexicon.classes(of: word).contains(wordClass), "\(word)") }
        }
    }

    /// A token's classes (by its code, from the table of short keys, or by its long key)
    /// are those of its key.
    @Test func tokenClassesAreTheKeys() {
        let lexicon = Shared.extractor.resources.lexicon
        let text = "The Minister met President Aliyev in January, according to officials; it was established by Brazil. Tô Lâm xyzzy"
        for token in Tokenizer.tokenize(ArticleText(text: text, document: "")) {
            #expect(lexicon.classes(of: token) == lexicon.classes(of: token.key), "\(token.key)")
        }
    }
}
