import Foundation
import Testing

/// Ctrl-C (SIGINT) or SIGTERM at any moment of a command leaves either the complete
/// output or none: never a partial file, never a temporary file (OutputFile writes to
/// a temporary file beside the target, renames it when complete, and removes it on a
/// signal).
@Suite(.serialized) struct InterruptionTests {
    /// An edge list big enough that reading, converting and writing take a while.
    static func bigEdgeList(in directory: URL) throws -> URL {
        var text = ""
        text.reserveCapacity(1_500_000)
        for index in 0..<50_000 {
            text += "entity\(index) entity\((index * 7919) % 50_000) \(index % 9 + 1)\n"
        }
        let url = directory.appendingPathComponent("big.edges")
        try Data(text.utf8).write(to: url)
        return url
    }

    /// Starts `relgraph arguments…` and sends `signal` after `delay` seconds.
    static func run(_ arguments: [String], in directory: URL, signal: Int32, after delay: Double) throws -> Process {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        if process.isRunning { kill(process.processIdentifier, signal) }
        process.waitUntilExit()
        return process
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func signalAtAnyMomentLeavesCompleteOutputOrNone(signal: Int32) throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = try Self.bigEdgeList(in: directory)
        let arguments = ["convert", input.path, "-o", "out.json"]
        // A run to the end gives the complete output and its duration.
        let start = Date()
        let complete = try Self.run(arguments, in: directory, signal: 0, after: 0)
        let duration = Date().timeIntervalSince(start)
        #expect(complete.terminationStatus == 0)
        let expected = try Data(contentsOf: directory.appendingPathComponent("out.json"))
        #expect(expected.count > 300_000)

        var interrupted = 0
        for step in 1...4 {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent("out.json"))
            let process = try Self.run(arguments, in: directory, signal: signal, after: duration * Double(step) / 5)
            let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0 != "big.edges" }
            #expect(!files.contains { $0.contains(".tmp") }, "temporary file left after a signal: \(files)")
            if process.terminationStatus == 0 && process.terminationReason == .exit {
                #expect(try Data(contentsOf: directory.appendingPathComponent("out.json")) == expected)
            } else {
                interrupted += 1
                // Killed by the signal before any write, or exited 128 + signal from
                // the handler that removed the temporary file.
                if files.contains("out.json") {
                    // The signal came after the rename: the file is whole.
                    #expect(try Data(contentsOf: directory.appendingPathComponent("out.json")) == expected)
                }
                #expect(files.allSatisfy { $0 == "out.json" }, "partial output after a signal: \(files)")
                if process.terminationReason == .exit {
                    #expect(process.terminationStatus == 128 + signal)
                }
            }
        }
        #expect(interrupted > 0, "no run was interrupted; the command finished too fast to test")
    }
}
