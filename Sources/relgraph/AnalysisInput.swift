import Analysis
import Foundation
import GraphModel

/// Loads the graph an analysis command works on.
///
/// Plain edge lists (`.edgelist`, `.edges`: one `source target [weight]` per line,
/// `#` comments; nodes become `node/NAME` entities, lines directed `link` relations
/// from the first name to the second) are read here directly into a `GraphIndex` when the command needs
/// no `Graph`, so that analysing a million-edge file from another tool costs no more
/// than parsing it. Every other format goes through `GraphInput`.
enum AnalysisInput {
    /// The extensions read as plain edge lists.
    static let edgeListExtensions: Set<String> = ["edgelist", "edges"]

    /// Whether `path` names a plain edge list.
    static func isEdgeList(_ path: String) -> Bool {
        edgeListExtensions.contains(URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    /// The graph at `path` (`-` for stdin).
    static func graph(_ path: String) throws -> Graph {
        guard isEdgeList(path) else { return try GraphInput.load(path) }
        let list = try EdgeList(path)
        var graph = Graph()
        let ids = list.tokens.map { EntityID(kind: .node, name: $0) }
        var seen: [EntityID: String] = [:]
        for (token, id) in zip(list.tokens, ids) {
            if let other = seen.updateValue(token, forKey: id), other != token {
                throw CLIError.input("\(path): node names '\(other)' and '\(token)' give the same id \(id)")
            }
            graph.add(Entity(id: id, kind: .node, name: token))
        }
        for edge in list.edges {
            // A line names its ends in order: directed views keep it, as the direct index does.
            try graph.add(Relation(
                kind: .link, source: ids[Int(edge.source)], target: ids[Int(edge.target)],
                isDirected: true, weight: edge.weight))
        }
        return graph
    }

    /// The index of the graph at `path` in the view `options` choose.
    static func index(_ path: String, options: AnalysisViewOptions) throws -> GraphIndex {
        guard isEdgeList(path) && options.allowsDirectIndex else {
            return try options.index(of: graph(path), source: path)
        }
        let list = try EdgeList(path)
        do {
            return try GraphIndex(
                ids: list.tokens.map { EntityID(kind: .node, name: $0) }, names: list.tokens,
                edges: list.edges, directed: options.directed, weighted: options.weighted)
        } catch let error as AnalysisError {
            throw CLIError.input("\(path): \(error)")
        }
    }
}

/// A plain edge list, parsed: node names in order of appearance and edges between them.
struct EdgeList {
    var tokens: [String] = []
    var edges: [GraphIndex.Edge] = []

    init(_ path: String) throws {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard FileManager.default.fileExists(atPath: path) else {
                throw CLIError.input("\(path): no such file or directory")
            }
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
            } catch {
                throw CLIError.input("\(path): cannot read: \(error.localizedDescription)")
            }
        }
        var byName: [String: Int32] = [:]
        var byNumber: [Int: Int32] = [:]
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0, line = 0
            let count = bytes.count
            func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x2C }
            while i < count {
                line += 1
                var fields: [Range<Int>] = []
                while i < count && bytes[i] != 0x0A {
                    if bytes[i] == 0x23 {  // '#': comment to the end of the line
                        while i < count && bytes[i] != 0x0A { i += 1 }
                        break
                    }
                    if isSpace(bytes[i]) {
                        i += 1
                        continue
                    }
                    let start = i
                    while i < count && bytes[i] != 0x0A && !isSpace(bytes[i]) && bytes[i] != 0x23 { i += 1 }
                    fields.append(start..<i)
                }
                i += 1  // the newline
                if fields.isEmpty { continue }
                guard fields.count == 2 || fields.count == 3 else {
                    throw CLIError.input(
                        "\(path):\(line): expected 'source target [weight]', found \(fields.count) fields")
                }
                var ends: [Int32] = []
                for field in fields.prefix(2) {
                    // Decimal names (the usual case in generated graphs) skip string hashing.
                    var number = 0, isNumber = field.count <= 18 && bytes[field.lowerBound] != 0x30 || field.count == 1
                    for j in field where isNumber {
                        let digit = Int(bytes[j]) - 48
                        if digit < 0 || digit > 9 { isNumber = false } else { number = number * 10 + digit }
                    }
                    if isNumber, let node = byNumber[number] {
                        ends.append(node)
                        continue
                    }
                    let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[field]), as: UTF8.self)
                    if !isNumber, let node = byName[name] {
                        ends.append(node)
                        continue
                    }
                    let node = Int32(tokens.count)
                    tokens.append(name)
                    if isNumber { byNumber[number] = node } else { byName[name] = node }
                    ends.append(node)
                }
                var weight = 1.0
                if fields.count == 3 {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[2]]), as: UTF8.self)
                    guard let value = Double(text) else {
                        throw CLIError.input("\(path):\(line): weight '\(text)' is not a number")
                    }
                    weight = value
                }
                edges.append(GraphIndex.Edge(ends[0], ends[1], weight: weight))
            }
        }
    }
}
