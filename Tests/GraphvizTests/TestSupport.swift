import Foundation
import GraphFormats
import GraphModel

/// A seeded generator (SplitMix64), so random tests fail the same way every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The hand-written example graphs in `examples/graphs`.
enum ExampleGraphs {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/graphs")

    static let names = ["south-caucasus-week", "sweden-nato-accession", "black-sea-grain-deal"]

    static func json(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent("\(name).json"))
    }

    static func graph(_ name: String) throws -> Graph {
        try GraphJSON.decode(json(name), source: "\(name).json")
    }

    static func dot(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent("\(name).dot"), encoding: .utf8)
    }
}

/// Random names that stress DOT quoting: quotes, backslashes, newlines, control
/// characters, keywords, HTML-like text, numerals and any Unicode.
enum RandomNames {
    static let fragments: [String] = [
        "\"", "\\", "\\\"", "\"\\", "\n", "\\n", "\r\n", "\t", "\\N", "\\G", "\\l", "\\\n",
        "node", "strict", "graph", "digraph", "subgraph", "edge", "Node", "STRICT",
        "<b>html</b>", "<", ">", "<<>>", "&amp;", "&", "&#233;", "--", "->", "{", "}", "[", "]", ";", ",", "=",
        "%", "%1", "1.5", "-3", ".5", "0", " ", "  ", "/", "_",
        "é", "Péter Szijjártó", "Türkiye", "日本", "Москва", "القاهرة", "🇦🇲", "👩‍💻", "e\u{301}", "\u{200B}",
        "\u{FEFF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{10FFFF}", "\u{85}", "\u{2028}",
        "Zakir Hasanov", "Armenia", "a", "B", "x1",
    ]

    static let controlCharacters: [String] = (0x00..<0x20).map { String(Unicode.Scalar($0)!) } + ["\u{7F}"]

    /// A random name of 0–5 fragments or random scalars.
    static func name(using generator: inout SeededGenerator, controls: Bool = true) -> String {
        let count = Int.random(in: 0...5, using: &generator)
        var result = ""
        for _ in 0..<count {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0 where controls:
                result += controlCharacters.randomElement(using: &generator)!
            case 1:
                // Any scalar from the BMP or the astral planes.
                var scalar: Unicode.Scalar?
                while scalar == nil { scalar = Unicode.Scalar(UInt32.random(in: 0x20...0x10FFFF, using: &generator)) }
                result.unicodeScalars.append(scalar!)
            default:
                result += fragments.randomElement(using: &generator)!
            }
        }
        return result
    }
}
