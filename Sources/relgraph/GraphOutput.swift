import Foundation
import GraphFormats
import GraphModel

/// Writes a graph to a path the user gave, in the format its extension or `--to` names.
enum GraphOutput {
    /// Writes `graph` to `path` (`-` for stdout) atomically, in `format` or the
    /// format `path`'s extension names (JSON when neither says).
    static func write(_ graph: Graph, to path: String, format: String? = nil) throws {
        let name = (format ?? URL(fileURLWithPath: path).pathExtension).lowercased()
        switch name {
        case "json", "", "-":
            try OutputFile.write(try GraphJSON.encode(graph), to: path)
        default:
            throw CLIError.usage("unknown output format '\(name)'")
        }
    }
}
