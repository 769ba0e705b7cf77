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

    @Test func unknownOptionIsAUsageError() throws {
        let result = try CLIRunner.run(["convert", "--no-such-option"])
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }
}
