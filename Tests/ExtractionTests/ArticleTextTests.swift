import Testing
@testable import Extraction

@Suite struct ArticleTextTests {
    @Test func invalidUTF8NamesTheLine() {
        var bytes = Array("line one\nline two\nbad ".utf8)
        bytes.append(0xC3)
        bytes.append(0x28)
        #expect(throws: ExtractionError.invalidUTF8(document: "a.txt", line: 3)) {
            try ArticleText(bytes: bytes, document: "a.txt")
        }
        #expect(ExtractionError.invalidUTF8(document: "a.txt", line: 3).description == "a.txt:3: invalid UTF-8 (the article must be UTF-8 text)")
    }

    @Test func binaryDataIsRejected() {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]
        #expect(throws: ExtractionError.self) { try ArticleText(bytes: bytes, document: "image.png") }
        #expect(throws: ExtractionError.binary(document: "nul.txt", line: 2)) {
            try ArticleText(bytes: Array("text\nmore\0".utf8), document: "nul.txt")
        }
    }

    @Test func byteOrderMarkIsDropped() throws {
        let text = try ArticleText(bytes: [0xEF, 0xBB, 0xBF] + Array("Hi".utf8), document: "bom.txt")
        #expect(text.scalars.count == 2)
    }

    @Test func stringsAndBytesGiveTheSameScalars() throws {
        let samples = ["", "plain ASCII", "Péter Szijjártó — “quoted” …", "\u{FEFF}BOM first", "emoji 🇦🇿 and CJK 中国 and ß", "\u{10FFFF}"]
        for sample in samples {
            let fromText = ArticleText(text: sample, document: "t")
            let fromBytes = try ArticleText(bytes: Array(sample.utf8), document: "t")
            var expected = Array(sample.unicodeScalars)
            if expected.first == "\u{FEFF}" { expected.removeFirst() }
            #expect(fromText.scalars == expected)
            #expect(fromBytes.scalars == expected)
        }
    }

    @Test func textBetweenOffsetsIsTheWrittenText() {
        let sample = "Azerbaijan’s “Péter” met 中国 🇦🇿 envoys."
        let text = ArticleText(text: sample, document: "t")
        let scalars = Array(sample.unicodeScalars)
        for start in 0..<scalars.count {
            for end in start...scalars.count {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<end])
                #expect(text.text(start, end) == String(view))
                #expect(text.text(start, end).utf8.elementsEqual(String(view).utf8))
            }
        }
    }
}
