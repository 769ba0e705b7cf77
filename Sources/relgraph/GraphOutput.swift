import Foundation
import GraphFormats
import GraphModel

/// Writes a graph to a path the user gave, in the format its extension or `--to` names.
///
/// CSV is two files: `-o DIR/` (or a directory, or `--to csv` with a path without
/// `.csv`) writes `DIR/nodes.csv` and `DIR/edges.csv`; `-o NAME.csv` writes
/// `NAME.nodes.csv` and `NAME.edges.csv`.
enum GraphOutput {
    /// Writes `graph` to `path` (`-` for stdout) atomically, in `format` or the
    /// format `path`'s extension names (JSON when neither says).
    ///
    /// - Parameters:
    ///   - format: a format name (`--to`): any `GraphFormat` name, or `d3` for
    ///     node-link JSON with `links`.
    ///   - csvLayout: the columns of CSV output.
    /// - Throws: `CLIError.usage` for an unknown format or CSV to stdout;
    ///   `CLIError.input` when the graph cannot be stored in the format or the file
    ///   cannot be written.
    static func write(_ graph: Graph, to path: String, format: String? = nil, csvLayout: CSVLayout = .plain) throws {
        let name = try formatName(for: path, format: format)
        guard let chosen = GraphFormat(name: name) else {
            throw CLIError.usage("unknown output format '\(name)' (known: json, dot, graphml, gexf, node-link, d3, csv, edgelist)")
        }
        do {
            switch chosen {
            case .json: try OutputFile.write(try GraphJSON.encode(graph), to: path)
            case .graphml: try OutputFile.write(try GraphMLWriter().write(graph), to: path)
            case .gexf: try OutputFile.write(try GEXFWriter().write(graph), to: path)
            case .nodeLinkJSON:
                let writer = NodeLinkJSONWriter(edgesKey: name.lowercased() == "d3" ? .links : .edges)
                try OutputFile.write(try writer.write(graph), to: path)
            case .edgeList: try OutputFile.write(try EdgeListWriter().write(graph), to: path)
            case .csv: try writeCSV(try CSVWriter(layout: csvLayout).write(graph), to: path)
            case .dot: try OutputFile.write(DOTWriter().write(graph), to: path)
            }
        } catch let error as GraphFormatError {
            throw CLIError.input(error.description)
        }
    }

    /// The format name for `path`: `format`, else the extension (JSON if none; CSV for a directory).
    private static func formatName(for path: String, format: String?) throws -> String {
        if let format { return format }
        if path.hasSuffix("/") { return "csv" }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return "csv" }
        let pathExtension = URL(fileURLWithPath: path).pathExtension
        if path == "-" || pathExtension.isEmpty { return "json" }
        guard GraphFormat(fileExtension: pathExtension) != nil else {
            throw CLIError.usage("cannot tell the output format from '\(path)'; name it with --to")
        }
        return pathExtension
    }

    /// The two files CSV output to `path` goes to.
    static func csvPaths(for path: String) throws -> (nodes: String, edges: String) {
        if path == "-" {
            throw CLIError.usage("CSV output is two files; give a directory (-o DIR/) or a name (-o NAME.csv), not -")
        }
        if path.lowercased().hasSuffix(".csv") {
            let stem = String(path.dropLast(4))
            return (stem + ".nodes.csv", stem + ".edges.csv")
        }
        let directory = URL(fileURLWithPath: path)
        return (directory.appendingPathComponent("nodes.csv").path, directory.appendingPathComponent("edges.csv").path)
    }

    private static func writeCSV(_ tables: CSVTables, to path: String) throws {
        let (nodes, edges) = try csvPaths(for: path)
        if !path.lowercased().hasSuffix(".csv") {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw CLIError.input("\(path): cannot create directory: \(error.localizedDescription)")
            }
        }
        try OutputFile.write(tables.nodes, to: nodes)
        do {
            try OutputFile.write(tables.edges, to: edges)
        } catch {
            // Leave no half pair behind.
            try? FileManager.default.removeItem(atPath: nodes)
            throw error
        }
    }
}
