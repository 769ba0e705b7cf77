import Foundation
import Testing
import GraphModel
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

    /// Offsets of every length are written as the numbers they are: up to four digits they are
    /// appended digit by digit, longer ones through a buffer.
    @Test func offsetsOfEveryLengthReadBack() throws {
        let offsets = [0, 7, 9, 10, 42, 99, 100, 512, 999, 1000, 4096, 9999, 10000, 65536, 123_456_789, Int(Int32.max)]
        var graph = Graph()
        let a = Entity(kind: .country, name: "Latvia"), b = Entity(kind: .country, name: "Estonia")
        graph.add(a)
        graph.add(b)
        let evidence = offsets.map { Evidence(document: "d", sentence: "s\($0)", start: $0, end: $0 + 1) }
        try graph.add(Relation(kind: .cooperation, source: a.id, target: b.id, evidence: evidence))
        let out = JSONLines.Buffer(capacity: 64)
        JSONLines.encode(graph, document: "d", into: out)
        let line = try #require(try JSONSerialization.jsonObject(with: out.withBytes { Data($0) }) as? [String: Any])
        let relations = try #require(line["relations"] as? [[String: Any]])
        let read = try #require(relations.first?["evidence"] as? [[String: Any]])
        #expect(read.compactMap { $0["start"] as? Int }.sorted() == offsets)
        #expect(read.compactMap { $0["end"] as? Int }.sorted() == offsets.map { $0 + 1 })
    }
}
