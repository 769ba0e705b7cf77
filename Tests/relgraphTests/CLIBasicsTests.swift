import Foundation
import Testing

@Suite struct CLIBasicsTests {
    @Test func helpListsTheCommands() throws {
        let result = try CLIRunner.run(["--help"])
        #expect(result.status == 0)
        for command in ["extract", "analyze", "render", "convert", "report"] {
            #expect(result.stdoutText.contains(command))
        }
    }

    /// The executable links mimalloc ahead of libc (Package.swift), so mimalloc serves the
    /// process's allocations; with `MIMALLOC_VERBOSE` it says so as the process starts.
    @Test func allocatesWithMimalloc() throws {
        let result = try CLIRunner.run(["--version"], environment: ["MIMALLOC_VERBOSE": "1"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("mimalloc: process init"))
    }

    @Test func unknownOptionIsAUsageError() throws {
        let result = try CLIRunner.run(["convert", "--no-such-option"])
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }
}
