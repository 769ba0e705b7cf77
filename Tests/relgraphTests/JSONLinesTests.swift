import Foundation
import Testing
@testable import relgraph

@Suite struct JSONLinesTests {
    /// Strings are scanned eight bytes at a time for bytes to escape: a quote, a backslash or
    /// a control character must be escaped wherever it falls in a word, and the literal must
    /// read back as the string.
    @Test(arguments: 0..<20) func stringsAreEscapedAtEveryOffset(offset: Int) throws {
        let before = String(repeating: "a", count: offset)
        for special in ["\"", "\\", "\n", "\t", "\u{1}", "\u{1F}", " ", "~", "é", "😀"] {
            let text = before + special + "bcdefghijklmnop" + special + "q"
            let out = JSONLines.Buffer(capacity: 16)
            JSONLines.string(text, out)
            let literal = out.withBytes { Data($0) }
            let read = try JSONSerialization.jsonObject(with: literal, options: .fragmentsAllowed) as? String
            #expect(read == text, "\(offset) \(special.unicodeScalars.map(\.value))")
            #expect(!literal.dropFirst().dropLast().contains { $0 < 0x20 }, "\(offset)")
        }
    }
}
