import Testing
@testable import Extraction

@Suite struct TokenTests {
    private func token(_ key: String) -> Token {
        Token(start: 0, end: key.unicodeScalars.count, text: key, key: key, flags: [])
    }

    @Test(arguments: ["", "a", "and", "'s", "--", "\u{2026}", "between", "dollars!", "language", "translation", "côte", "ß"])
    func keysCompareAsStrings(key: String) {
        let t = token(key)
        #expect(t.code == Token.code(of: key))
        #expect(t.hasKey("and") == (key == "and"))
        #expect(t.hasKey("between") == (key == "between"))
        #expect(t.hasKey("language") == (key == "language"))
        #expect(t.hasKey("translation") == (key == "translation"))
        #expect(t.hasKey("\u{2026}") == (key == "\u{2026}"))
        #expect(t.hasKey("") == key.isEmpty)
    }

    @Test func codesPackTheBytesOfShortKeysOnly() {
        #expect(Token.code("ab") == 0x6261)
        #expect(Token.code(of: "ab") == 0x6261)
        #expect(Token.code(of: "abcdefgh") == Token.code("abcdefgh"))
        #expect(Token.code(of: "abcdefghi") == Token.longKey)
        #expect(Token.code(of: "ab") != Token.code(of: "ba"))
    }

    @Test func changingTheKeyChangesTheCode() {
        var t = token("in")
        t.setKey("into")
        #expect(t.hasKey("into") && !t.hasKey("in"))
    }

    @Test func tokenizedKeysCarryTheirCodes() {
        let tokens = Tokenizer.tokenize(ArticleText(text: "The U.S. envoy, Péter Szijjártó, said … Representatives", document: "t"))
        for token in tokens { #expect(token.code == Token.code(of: token.key)) }
        #expect(tokens[0].hasKey("the") && tokens[1].hasKey("us"))
    }

    /// `keyHasSuffix` answers as `key.hasSuffix` does, in the code and through the string.
    @Test func keySuffixesAreThoseOfTheKeyString() {
        for key in ["said", "ed", "d", "stated", "signing", "ing", "formally", "ly", "s", "", "abcdefghly", "café", "naïvely"] {
            var t = token("x")
            t.setKey(key)
            let suffixes: [StaticString] = ["ed", "ing", "s", "ly"]
            for suffix in suffixes {
                #expect(t.keyHasSuffix(suffix) == key.hasSuffix(suffix.description), "\(key) \(suffix)")
            }
        }
    }
}
