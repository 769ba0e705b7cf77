@testable import GraphFormats
import Testing

@Suite struct JSONParserTests {
    @Test func parsesEscapesSurrogatesAndNumbers() throws {
        let value = try JSONParser.parse(#"{"s": "a\"b\\c\/d\n\u00e9\ud83d\ude00", "n": -1.5e3, "i": 12, "z": 0, "b": [true, false, null]}"#.utf8)
        #expect(value["s"]?.stringValue == "a\"b\\c/d\né😀")
        guard case .number(let n, let text)? = value["n"]?.storage else {
            Issue.record("not a number")
            return
        }
        #expect(n == -1500 && text == "-1.5e3")
        #expect(value["i"]?.attributeText == "12")
        #expect(value["b"]?.elements?.count == 3)
    }

    @Test func recordsLinesOfValues() throws {
        let value = try JSONParser.parse("\u{FEFF}{\n\"a\":\n  [1,\n\n 2]}".utf8)
        #expect(value.line == 1)
        #expect(value["a"]?.line == 3)
        #expect(value["a"]?.elements?.map(\.line) == [3, 5])
    }

    @Test(arguments: [
        ("[01]", "leading zero"), ("[1.]", "no digits after '.'"), ("[1e]", "no digits in exponent"),
        ("[\"\\x\"]", "invalid escape"), ("[\"\\ud800\"]", "unpaired surrogate"), ("[\"a\u{01}\"]", "control character"),
        ("[1 2]", "expected ',' or ']'"), ("{\"a\" 1}", "expected ':'"), ("[1] x", "after the end of the document"),
        ("[tru]", "expected a value"), ("{\"a\": 1, \"a\": 2}", "duplicate member"),
    ])
    func rejectsInvalidJSON(text: String, phrase: String) {
        do {
            _ = try JSONParser.parse(text.utf8)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.message.contains(phrase), "\(error.message)")
        }
    }

    @Test func rejectsInvalidUTF8InStrings() {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse([0x5B, 0x22, 0xFF, 0x22, 0x5D]) }
    }

    @Test func writerRoundTripsThroughParser() throws {
        let value = JSONValue.object([
            ("text", .string("line\nbreak \u{2028} \u{1} \"q\" \\")), ("number", .number(0.1)), ("whole", .number(3.0)),
            ("list", .array([.bool(true), .number(-7)])),
        ])
        for text in [JSONWriter.pretty(value), JSONWriter.compact(value)] {
            let parsed = try JSONParser.parse(text.utf8)
            #expect(JSONWriter.compact(parsed) == JSONWriter.compact(value))
        }
        #expect(JSONWriter.format(3.0) == "3")
        #expect(JSONWriter.format(0.1) == "0.1")
        #expect(JSONWriter.compact(value).contains("\\u2028"))
    }
}
