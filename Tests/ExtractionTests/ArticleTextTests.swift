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
}
