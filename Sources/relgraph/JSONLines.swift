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
        out.append(contentsOf: #"{"document":"#.utf8)
        string(document, &out)
        out.append(contentsOf: #","entities":["#.utf8)
        for (index, entity) in graph.entities.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: #"{"aliases":["#.utf8)
            for (i, alias) in entity.aliases.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                string(alias, &out)
            }
            out.append(UInt8(ascii: "]"))
            if !entity.attributes.isEmpty {
                out.append(contentsOf: #","attributes":"#.utf8)
                dictionary(entity.attributes, &out)
            }
            out.append(contentsOf: #","id":"#.utf8)
            string(entity.id.rawValue, &out)
            out.append(contentsOf: #","kind":"#.utf8)
            string(entity.kind.rawValue, &out)
            out.append(contentsOf: #","name":"#.utf8)
            string(entity.name, &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(contentsOf: #"],"relations":["#.utf8)
        for (index, relation) in graph.relations.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "{"))
            if !relation.attributes.isEmpty {
                out.append(contentsOf: #""attributes":"#.utf8)
                dictionary(relation.attributes, &out)
                out.append(UInt8(ascii: ","))
            }
            out.append(contentsOf: #""directed":"#.utf8)
            out.append(contentsOf: (relation.isDirected ? "true" : "false").utf8)
            out.append(contentsOf: #","evidence":["#.utf8)
            for (i, evidence) in relation.evidence.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "{"))
                if let date = evidence.date {
                    out.append(contentsOf: #""date":"#.utf8)
                    string(date, &out)
                    out.append(UInt8(ascii: ","))
                }
                out.append(contentsOf: #""document":"#.utf8)
                string(evidence.document, &out)
                out.append(contentsOf: #","end":"#.utf8)
                out.append(contentsOf: String(evidence.end).utf8)
                out.append(contentsOf: #","sentence":"#.utf8)
                string(evidence.sentence, &out)
                out.append(contentsOf: #","start":"#.utf8)
                out.append(contentsOf: String(evidence.start).utf8)
                out.append(UInt8(ascii: "}"))
            }
            out.append(contentsOf: #"],"kind":"#.utf8)
            string(relation.kind.rawValue, &out)
            out.append(contentsOf: #","source":"#.utf8)
            string(relation.source.rawValue, &out)
            out.append(contentsOf: #","target":"#.utf8)
            string(relation.target.rawValue, &out)
            out.append(contentsOf: #","weight":"#.utf8)
            number(relation.weight, &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(contentsOf: "]}\n".utf8)
        return Data(out)
    }

    private static func dictionary(_ values: [String: String], _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (i, key) in values.keys.sorted().enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            string(key, &out)
            out.append(UInt8(ascii: ":"))
            string(values[key]!, &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    private static func number(_ value: Double, _ out: inout [UInt8]) {
        if value == value.rounded(), abs(value) < 1e15 {
            out.append(contentsOf: String(Int64(value)).utf8)
        } else {
            out.append(contentsOf: "\(value)".utf8)
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func string(_ text: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Native strings expose their bytes contiguously: scan and copy them in bulk.
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for byte in bytes where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                return false
            }
            out.append(contentsOf: bytes)
            return true
        }
        if copied == true {
            out.append(UInt8(ascii: "\""))
            return
        }
        if copied == nil, !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out.append(contentsOf: text.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
            case UInt8(ascii: "\n"): out.append(contentsOf: #"\n"#.utf8)
            case UInt8(ascii: "\r"): out.append(contentsOf: #"\r"#.utf8)
            case UInt8(ascii: "\t"): out.append(contentsOf: #"\t"#.utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: #"\u00"#.utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
