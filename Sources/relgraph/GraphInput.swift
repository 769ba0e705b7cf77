import Foundation
import GraphFormats
import GraphModel
import Graphviz

/// Loads a graph from a path the user gave: any graph format, or `-` for stdin.
///
/// The format is `format` if given, else the one the extension names, else (for
/// stdin and unknown extensions) the one the content looks like. CSV is a pair of
/// tables: a directory holding `nodes.csv` and `edges.csv`, `NAME.nodes.csv` /
/// `NAME.edges.csv` (either may be named, or `NAME.csv` for both), or `nodes.csv` /
/// `edges.csv` side by side.
enum GraphInput {
    /// Reads the graph at `path` (`-` for stdin).
    ///
    /// - Parameters:
    ///   - format: a format name (`--from`), or `nil` to pick by extension or content.
    ///   - directed: read edge lists (and CSV edges without a `directed` column) as directed.
    /// - Throws: `CLIError.input` naming the file (and line) for unreadable or
    ///   malformed input; `CLIError.usage` for an unknown format name.
    static func load(_ path: String, format: String? = nil, directed: Bool = false) throws -> Graph {
        // Articles and corpus stores are graphs too: extracted on the fly, or read
        // from the store, so every command that takes a graph takes them.
        if format == nil && path != "-" {
            if isCorpusStore(path) { return try StoreOptions.loadGraph(of: path) }
            if isArticles(path) { return try ArticleInput.graph(path) }
        }
        var chosen: GraphFormat?
        if let format {
            guard let named = GraphFormat(name: format) else {
                throw CLIError.usage("unknown input format '\(format)' (known: \(knownFormats))")
            }
            chosen = named
        } else if path != "-" {
            if isDirectory(path) { chosen = .csv }
            chosen = chosen ?? GraphFormat(fileExtension: URL(fileURLWithPath: path).pathExtension)
        }
        if chosen == .csv { return try loadCSV(path, directed: directed) }

        let data = try read(path)
        // `.json` is relgraph JSON or node-link JSON: the content tells.
        // `.xml` is GraphML or GEXF: the content tells too.
        if format == nil, chosen == .json || chosen == .graphml, let sniffed = GraphFormat.sniff(data),
            [.nodeLinkJSON, .gexf].contains(sniffed)
        {
            chosen = sniffed
        }
        let format: GraphFormat
        if let chosen {
            format = chosen
        } else {
            guard let sniffed = GraphFormat.sniff(data) else {
                throw CLIError.input("\(path): empty or not text; cannot tell its graph format")
            }
            // A file with an unknown extension (an article, say) is not taken for an
            // edge list just because it is text.
            if sniffed == .edgeList && path != "-" {
                throw CLIError.usage(
                    "\(path): cannot tell the graph format from the extension; name it with --from (known: \(knownFormats))")
            }
            format = sniffed
        }
        do {
            switch format {
            case .json: return try GraphJSON.decode(data, source: path)
            case .graphml: return try GraphMLReader().read(data, source: path)
            case .gexf: return try GEXFReader().read(data, source: path)
            case .nodeLinkJSON: return try NodeLinkJSONReader().read(data, source: path)
            case .edgeList: return try EdgeListReader(isDirected: directed).read(data, source: path)
            case .csv: return try loadCSV(path, directed: directed)
            case .dot:
                // Decoding with replacement would silently change names; say where instead.
                guard let text = String(validating: data, as: UTF8.self) else {
                    throw CLIError.input("\(path):\(invalidUTF8Line(data)): not UTF-8 text")
                }
                // Graphviz's own parser, so any DOT that Graphviz accepts is accepted.
                return try DOTReader.read(text, source: path)
            }
        } catch let error as GraphFormatError {
            throw CLIError.input(error.description)
        } catch let error as GraphvizError {
            throw CLIError.input(error.description)
        }
    }

    /// The 1-based line of the first byte sequence in `data` that is not UTF-8.
    private static func invalidUTF8Line(_ data: Data) -> Int {
        var line = 1
        for lineBytes in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            if String(validating: lineBytes, as: UTF8.self) == nil { return line }
            line += 1
        }
        return line
    }

    static var knownFormats: String {
        "json, graphml, gexf, node-link, csv, edgelist, dot"
    }

    /// The extensions of corpus stores (`relgraph ingest --store`).
    static let storeExtensions: Set<String> = ["sqlite", "sqlite3", "db"]

    /// Whether `path` names a corpus store.
    static func isCorpusStore(_ path: String) -> Bool {
        storeExtensions.contains(URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    /// Whether `path` names articles: a `.txt` file, or a folder that is not a CSV pair.
    static func isArticles(_ path: String) -> Bool {
        if isDirectory(path) {
            let folder = URL(fileURLWithPath: path)
            return !FileManager.default.fileExists(atPath: folder.appendingPathComponent("nodes.csv").path)
        }
        return path.lowercased().hasSuffix(".txt")
    }

    private static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }

    private static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError.input("\(path): no such file or directory")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CLIError.input("\(path): cannot read: \(error.localizedDescription)")
        }
    }

    /// The nodes and edges files a CSV path stands for.
    static func csvPair(_ path: String) throws -> (nodes: String, edges: String) {
        if path == "-" { throw CLIError.usage("CSV is two tables and cannot be read from stdin; give a directory") }
        if isDirectory(path) {
            let directory = URL(fileURLWithPath: path)
            let vertices = directory.appendingPathComponent("vertices.csv").path
            let nodes = FileManager.default.fileExists(atPath: vertices) ? vertices : directory.appendingPathComponent("nodes.csv").path
            return (nodes, directory.appendingPathComponent("edges.csv").path)
        }
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent
        let directory = url.deletingLastPathComponent()
        func sibling(_ file: String) -> String {
            path.contains("/") ? directory.appendingPathComponent(file).path : file
        }
        for (suffix, other) in [(".nodes.csv", ".edges.csv"), (".edges.csv", ".nodes.csv")] where name.hasSuffix(suffix) {
            let stem = String(name.dropLast(suffix.count))
            let pair = [path, sibling(stem + other)]
            return suffix == ".nodes.csv" ? (pair[0], pair[1]) : (pair[1], pair[0])
        }
        switch name {
        case "nodes.csv", "vertices.csv": return (path, sibling("edges.csv"))
        case "edges.csv": return (sibling("nodes.csv"), path)
        default:
            let stem = String(name.dropLast(".csv".count))
            return (sibling(stem + ".nodes.csv"), sibling(stem + ".edges.csv"))
        }
    }

    private static func loadCSV(_ path: String, directed: Bool) throws -> Graph {
        let (nodesPath, edgesPath) = try csvPair(path)
        func text(_ file: String) throws -> String {
            guard FileManager.default.fileExists(atPath: file) else {
                throw CLIError.input("\(file): no such file (CSV input is a nodes table and an edges table)")
            }
            guard let text = String(validating: try read(file), as: UTF8.self) else {
                throw CLIError.input("\(file): not UTF-8 text")
            }
            return text
        }
        let tables = CSVTables(nodes: try text(nodesPath), edges: try text(edgesPath))
        do {
            return try CSVReader(isDirected: directed ? true : nil).read(tables, nodesSource: nodesPath, edgesSource: edgesPath)
        } catch {
            throw CLIError.input(error.description)
        }
    }
}
