import Testing
@testable import Extraction

@Suite struct TokenizerTests {
    private func texts(_ text: String) -> [String] {
        Tokenizer.tokenize(ArticleText(text: text, document: "t")).map(\.text)
    }

    @Test func dottedAbbreviationsAndInitialsAreOneToken() {
        #expect(texts("the U.S. envoy met Dr. S. Jaishankar") == ["the", "U.S.", "envoy", "met", "Dr", ".", "S.", "Jaishankar"])
        #expect(texts("H.E Olusegun Obasanjo") == ["H.E", "Olusegun", "Obasanjo"])
        #expect(texts("D.Tsogtbaatar said") == ["D.", "Tsogtbaatar", "said"])
    }

    @Test func possessiveAndHyphensAreSplit() {
        #expect(texts("Azerbaijan’s Kassym-Jomart") == ["Azerbaijan", "'s", "Kassym", "-", "Jomart"])
        #expect(texts("Côte d'Ivoire") == ["Côte", "d'Ivoire"])
    }

    @Test func typographicQuotesAreClassified() {
        let tokens = Tokenizer.tokenize(ArticleText(text: "“Yes,” he said. \"No\" she said.", document: "t"))
        #expect(tokens[0].flags.contains(.openQuote))
        #expect(tokens[3].flags.contains(.closeQuote))
        #expect(tokens[7].flags.contains(.openQuote))
        #expect(tokens[9].flags.contains(.closeQuote))
    }

    @Test func offsetsCountUnicodeScalars() {
        let tokens = Tokenizer.tokenize(ArticleText(text: "Péter Szijjártó met", document: "t"))
        #expect(tokens.map(\.start) == [0, 6, 16])
        #expect(tokens[1].key == "szijjarto")
    }
}
