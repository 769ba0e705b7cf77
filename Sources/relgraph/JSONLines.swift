import Foundation
import GraphModel

/// One compact JSON graph per line, for map/reduce pipelines: `{"document": ...,
/// "entities": [...], "relations": [...]}` with the fields of the graph JSON, keys
/// sorted, no white space, so the same graph always gives the same line.
///
/// Written by hand rather than with `JSONEncoder`: the line is the hot path of
/// `relgraph extract --format jsonl` over large corpora.
enum JSONLines {
    /// The line for `graph` of article `document`, newline included.
    ///
    /// - Complexity: O(*n*) in the size of the output.
    static func encode(_ graph: Graph, document: String) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(16384)
        encode(graph, document: document, into: &out)
        return Data(out)
    }

    /// Appends the line for `graph` of article `document`, newline included, to `out`.
    ///
    /// Entities and relations are read in place (by index), not copied out one by one:
    /// each copy would retain every string and array the value holds.
    ///
    /// - Complexity: O(*n*) in the size of the output.
    static func encode(_ graph: Graph, document: String, into out: inout [UInt8]) {
        literal(#"{"document":"#, &out)
        string(document, &out)
        literal(#","entities":["#, &out)
        let entities = graph.entities
        for index in entities.indices {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            literal(#"{"aliases":["#, &out)
            let aliases = entities[index].aliases
            for i in aliases.indices {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                string(aliases[i], &out)
            }
            out.append(UInt8(ascii: "]"))
            if !entities[index].attributes.isEmpty {
                literal(#","attributes":"#, &out)
                dictionary(entities[index].attributes, &out)
            }
            literal(#","id":"#, &out)
            string(entities[index].id.rawValue, &out)
            literal(#","kind":"#, &out)
            string(entities[index].kind.rawValue, &out)
            literal(#","name":"#, &out)
            string(entities[index].name, &out)
            out.append(UInt8(ascii: "}"))
        }
        literal(#"],"relations":["#, &out)
        let relations = graph.relations
        for index in relations.indices {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "{"))
            if !relations[index].attributes.isEmpty {
                literal(#""attributes":"#, &out)
                dictionary(relations[index].attributes, &out)
                out.append(UInt8(ascii: ","))
            }
            literal(#""directed":"#, &out)
            if relations[index].isDirected { literal("true", &out) } else { literal("false", &out) }
            literal(#","evidence":["#, &out)
            let evidence = relations[index].evidence
            for i in evidence.indices {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "{"))
                if let date = evidence[i].date {
                    literal(#""date":"#, &out)
                    string(date, &out)
                    out.append(UInt8(ascii: ","))
                }
                literal(#""document":"#, &out)
                string(evidence[i].document, &out)
                literal(#","end":"#, &out)
                integer(evidence[i].end, &out)
                literal(#","sentence":"#, &out)
                string(evidence[i].sentence, &out)
                literal(#","start":"#, &out)
                integer(evidence[i].start, &out)
                out.append(UInt8(ascii: "}"))
            }
            literal(#"],"kind":"#, &out)
            string(relations[index].kind.rawValue, &out)
            literal(#","source":"#, &out)
            string(relations[index].source.rawValue, &out)
            literal(#","target":"#, &out)
            string(relations[index].target.rawValue, &out)
            literal(#","weight":"#, &out)
            number(relations[index].weight, &out)
            out.append(UInt8(ascii: "}"))
        }
        literal("]}\n", &out)
    }

    /// An object of string values, keys sorted.
    ///
    /// Attributes hold a handful of pairs: each is found by a pass over the dictionary for
    /// the smallest key after the last one written, which allocates nothing and hashes
    /// nothing (sorting the keys and looking each one up again would hash every key).
    private static func dictionary(_ values: [String: String], _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        guard values.count <= 8 else {
            for (i, pair) in values.sorted(by: { $0.key < $1.key }).enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                string(pair.key, &out)
                out.append(UInt8(ascii: ":"))
                string(pair.value, &out)
            }
            out.append(UInt8(ascii: "}"))
            return
        }
        var last: Dictionary<String, String>.Index? = nil
        for i in 0..<values.count {
            var next: Dictionary<String, String>.Index? = nil
            var index = values.startIndex
            while index != values.endIndex {
                let key = values[index].key
                if last.map({ values[$0].key < key }) ?? true, next.map({ key < values[$0].key }) ?? true { next = index }
                values.formIndex(after: &index)
            }
            guard let next else { break }
            if i > 0 { out.append(UInt8(ascii: ",")) }
            string(values[next].key, &out)
            out.append(UInt8(ascii: ":"))
            string(values[next].value, &out)
            last = next
        }
        out.append(UInt8(ascii: "}"))
    }

    /// Appends the bytes of a literal (a plain copy: appending a `String.UTF8View` goes
    /// through the generic sequence path, which costs more than the rest of the line).
    @inline(__always)
    private static func literal(_ text: StaticString, _ out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends an integer in decimal, as `String(value)` writes it.
    private static func integer(_ value: Int, _ out: inout [UInt8]) {
        if value < 0 {
            out.append(UInt8(ascii: "-"))
            if value == Int.min {
                out.append(contentsOf: String(value).utf8.dropFirst())
                return
            }
        }
        var magnitude = value < 0 ? -value : value
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits
        let count = withUnsafeMutableBytes(of: &digits) { buffer -> Int in
            var n = 0
            repeat {
                buffer[23 - n] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                n += 1
            } while magnitude > 0
            return n
        }
        withUnsafeBytes(of: &digits) { buffer in
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(24 - count)...]))
        }
    }

    private static func number(_ value: Double, _ out: inout [UInt8]) {
        if value == value.rounded(), abs(value) < 1e15 {
            integer(Int(Int64(value)), &out)
        } else {
            out.append(contentsOf: "\(value)".utf8)
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func string(_ text: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied whole; the scan tests eight
            // bytes at a time (evidence sentences are most of a line's bytes).
            var runStart = 0
            var i = 0
            let count = bytes.count
            while i < count {
                if i + 8 <= count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if !needsEscape(word) {
                        i += 8
                        continue
                    }
                }
                let byte = bytes[i]
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                    escape(byte, &out)
                    runStart = i + 1
                }
                i += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether any of eight bytes is below 0x20, a quote or a backslash (a bit trick:
    /// a byte's high bit is set in `x - 0x01..` where the byte was zero).
    @inline(__always)
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        func hasLess(_ x: UInt64, _ n: UInt64) -> Bool { (x &- ones &* n) & ~x & highs != 0 }
        return hasLess(word, 0x20) || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C))
    }

    private static func escape(_ byte: UInt8, _ out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): literal(#"\""#, &out)
        case UInt8(ascii: "\\"): literal(#"\\"#, &out)
        case UInt8(ascii: "\n"): literal(#"\n"#, &out)
        case UInt8(ascii: "\r"): literal(#"\r"#, &out)
        case UInt8(ascii: "\t"): literal(#"\t"#, &out)
        default:
            let hex = Array("0123456789abcdef".utf8)
            literal(#"\u00"#, &out)
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0xF)])
        }
    }
}
