import Foundation
import TemporaryFolders

/// Runs the built `relgraph` binary and captures what it prints.
struct CLIRunner {
    /// What one run printed and returned.
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// The `relgraph` executable beside the test bundle in the build folder.
    static var executable: URL {
        var url = Bundle.module.bundleURL
        for _ in 0..<8 {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("relgraph")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                return candidate
            }
        }
        fatalError("relgraph binary not found near \(Bundle.module.bundleURL.path)")
    }

    /// Runs `relgraph arguments…` with `stdin` as standard input, in `directory`, with
    /// `environment` added to this process's environment. Standard output is captured, or
    /// goes to `stdout` when one is given (then `Result.stdout` is empty).
    static func run(
        _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil,
        environment: [String: String] = [:], stdout: FileHandle? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = stdout ?? out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes concurrently so a full stderr pipe cannot block the child.
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = stdout == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: outputData,
            stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// A new empty temporary directory.
    static func temporaryDirectory() throws -> URL {
        try TemporaryFolders.make("relgraph-tests")
    }
}
