import Foundation

/// A graph file format relgraph reads or writes.
public enum GraphFormat: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// relgraph's native JSON (`docs/graph-json.md`).
    case json
    /// Graphviz DOT.
    case dot
    /// GraphML (Gephi, yEd, networkx, igraph, Cytoscape).
    case graphml
    /// GEXF 1.3 (Gephi).
    case gexf
    /// Node-link JSON (networkx `node_link_data`, d3).
    case nodeLinkJSON = "node-link"
    /// A pair of CSV tables, nodes and edges (`docs/csv.md`).
    case csv
    /// A plain edge list: `source target [weight]` per line.
    case edgeList = "edgelist"

    public var description: String { rawValue }

    /// The format a file extension names (without the dot, any case).
    ///
    /// `.txt` is deliberately not an edge list: text files are articles to extract from.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "json": self = .json
        case "dot", "gv": self = .dot
        case "graphml", "xml": self = .graphml
        case "gexf": self = .gexf
        case "csv": self = .csv
        case "edges", "edgelist", "tsv": self = .edgeList
        default: return nil
        }
    }

    /// The format a user named (`--to`, `--from`): a raw value, an extension, or an
    /// alias (`nodelink`, `d3`, `edge-list`).
    public init?(name: String) {
        let lowered = name.lowercased()
        if let format = GraphFormat(rawValue: lowered) {
            self = format
            return
        }
        switch lowered {
        case "nodelink", "node-link-json", "node_link", "d3": self = .nodeLinkJSON
        case "edge-list", "edge_list": self = .edgeList
        default:
            guard let format = GraphFormat(fileExtension: lowered) else { return nil }
            self = format
        }
    }

    /// The extension relgraph gives files of this format.
    public var fileExtension: String {
        switch self {
        case .json: "json"
        case .dot: "dot"
        case .graphml: "graphml"
        case .gexf: "gexf"
        case .nodeLinkJSON: "json"
        case .csv: "csv"
        case .edgeList: "edges"
        }
    }

    /// Guesses the format of `data` from its first bytes, for standard input.
    ///
    /// A JSON object with `entities` is relgraph JSON, one with `nodes` and `links`
    /// or `edges` is node-link JSON; XML with a `<graphml` or `<gexf` root is that
    /// format; `graph`, `digraph` or `strict` followed by `{` is DOT; other text is
    /// an edge list. CSV is a pair of files and is never guessed.
    ///
    /// - Returns: `nil` for empty input or input that is not UTF-8 text.
    /// - Complexity: O(*n*) for JSON (the document is parsed), O(1) otherwise.
    public static func sniff(_ data: Data) -> GraphFormat? {
        var bytes = [UInt8](data.prefix(65_536))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let first = bytes.firstIndex(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return nil }
        // The prefix may end inside a multi-byte character: allow up to three bytes cut off.
        let isTruncated = data.count > 65_536
        let isText = (0...(isTruncated ? 3 : 0)).contains { cut in
            String(validating: bytes.dropLast(cut), as: UTF8.self) != nil
        }
        guard isText else { return nil }
        switch bytes[first] {
        case UInt8(ascii: "{"):
            let keys = topLevelKeys(of: data)
            if keys.contains("entities") || keys.contains("relations") { return .json }
            if keys.contains("nodes") || keys.contains("links") || keys.contains("edges") { return .nodeLinkJSON }
            return .json
        case UInt8(ascii: "<"):
            let head = String(decoding: bytes.prefix(8192), as: UTF8.self)
            if head.contains("<gexf") { return .gexf }
            return .graphml
        default:
            let text = String(decoding: bytes[first...].prefix(4096), as: UTF8.self)
            return looksLikeDOT(text) ? .dot : .edgeList
        }
    }

    /// The keys of the top-level JSON object in `data`, found by skipping over the values
    /// without parsing them (the reader parses the document once, afterwards); as far as
    /// it goes when the document is malformed.
    ///
    /// - Complexity: O(size of `data`), with no allocation per value.
    static func topLevelKeys(of data: Data) -> Set<String> {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
            var keys = Set<String>()
            var depth = 0
            var expectsKey = false
            var i = 0
            while i < bytes.count {
                switch bytes[i] {
                case quote:
                    let start = i + 1
                    i = start
                    while i < bytes.count && bytes[i] != quote { i += bytes[i] == backslash ? 2 : 1 }
                    guard i < bytes.count else { return keys }
                    if depth == 1 && expectsKey {
                        keys.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                        expectsKey = false
                    }
                case UInt8(ascii: "{"):
                    depth += 1
                    if depth == 1 { expectsKey = true }
                case UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
                case UInt8(ascii: ","): if depth == 1 { expectsKey = true }
                default: break
                }
                i += 1
            }
            return keys
        }
    }

    /// Whether `text` starts like a DOT graph: `[strict] (graph|digraph) [ID] {`,
    /// after any comments.
    private static func looksLikeDOT(_ text: String) -> Bool {
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("//") || rest.hasPrefix("#") {
                rest = rest.drop { $0 != "\n" }
            } else if rest.hasPrefix("/*"), let end = rest.range(of: "*/") {
                rest = rest[end.upperBound...]
            } else {
                break
            }
        }
        var words: [String] = []
        var word = ""
        var inQuotes = false
        for character in rest {
            if character == "\"" { inQuotes.toggle() }
            if inQuotes {
                word.append(character)
                continue
            }
            if character == "{" {
                if !word.isEmpty { words.append(word) }
                break
            }
            if character.isWhitespace {
                if !word.isEmpty { words.append(word) }
                word = ""
            } else {
                word.append(character)
            }
            if words.count > 3 { return false }
        }
        guard rest.contains("{") else { return false }
        var keywords = words.map { $0.lowercased() }[...]
        if keywords.first == "strict" { keywords = keywords.dropFirst() }
        guard let keyword = keywords.first, keyword == "graph" || keyword == "digraph" else { return false }
        return keywords.count <= 2
    }
}
