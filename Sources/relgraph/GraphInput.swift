import Foundation
import GraphFormats
import GraphModel

/// Loads a graph from a path the user gave: any graph format, or `-` for stdin.
enum GraphInput {
    /// Reads the graph at `path` (`-` for stdin).
    static func load(_ path: String) throws -> Graph {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard FileManager.default.fileExists(atPath: path) else {
                throw CLIError.input("\(path): no such file or directory")
            }
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw CLIError.input("\(path): cannot read: \(error.localizedDescription)")
            }
        }
        do {
            return try GraphJSON.decode(data, source: path)
        } catch let error as GraphFormatError {
            throw CLIError.input(error.description)
        }
    }
}
