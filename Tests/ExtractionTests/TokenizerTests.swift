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

    /// The flags, key, code and long hash of ASCII words of one to twenty bytes, made from
    /// packed bytes (up to sixteen) or scalar by scalar (longer), against their definitions.
    @Test func asciiWordsOfEveryLengthHaveTheFlagsTheirLettersGive() {
        let words = [
            "a", "I", "7", "ab", "EU", "G7", "42", "the", "USA", "don't", "Minister", "MINISTER", "20250101", "minister",
            "Ministers", "PRESIDENTS", "Secretary-General", "Representatives", "REPRESENTATIVES", "representative",
            "0123456789", "123456789012345", "1234567890123456", "abcdefghijklmnop", "AbCdEfGhIjKlMnOp",
            "ABCDEFGHIJKLMNOPQ", "counterterrorism", "Counterterrorisms", "internationalization", "X1Y2Z3W4V5",
        ]
        let tokens = Tokenizer.tokenize(ArticleText(text: words.joined(separator: " "), document: "t"))
        for token in tokens where token.isWord {
            let bytes = Array(token.text.utf8)
            let upper = bytes.filter { $0 >= 65 && $0 <= 90 }.count
            let lower = bytes.filter { $0 >= 97 && $0 <= 122 }.count
            let digits = bytes.filter { $0 >= 48 && $0 <= 57 }.count
            #expect(token.isCapitalized == (bytes[0] >= 65 && bytes[0] <= 90), "\(token.text)")
            #expect(token.flags.contains(.allCaps) == (upper >= 2 && lower == 0), "\(token.text)")
            #expect(token.flags.contains(.number) == (digits == bytes.count), "\(token.text)")
            #expect(token.key == token.text.lowercased(), "\(token.text)")
            #expect(token.code == Token.code(of: token.key), "\(token.text)")
            #expect(token.longHash == (token.code == Token.longKey ? Token.longHash(of: token.key) : 0), "\(token.text)")
        }
        // The same word twice is the same token (the second found among the strings made).
        let twice = Tokenizer.tokenize(ArticleText(text: "Representatives Representatives", document: "t"))
        let wordFlags: Token.Flags = [.word, .capitalized, .allCaps, .number]
        #expect(twice[0].text == twice[1].text && twice[0].key == twice[1].key)
        #expect(twice[0].flags.intersection(wordFlags) == twice[1].flags.intersection(wordFlags))
    }
}
