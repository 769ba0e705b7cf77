import Foundation
import Testing

/// relgraph finds its tables and page assets wherever it is run from, and says so in one line
/// when it cannot (the generated `Bundle.module` stopped the process instead).
@Suite struct ResourceLocationTests {
    private static let article = Data("Kenyan President William Ruto met Ugandan President Yoweri Museveni on Tuesday.\n".utf8)

    @Test func missingTablesAreAOneLineError() throws {
        let result = try CLIRunner.run(["extract", "-"], stdin: Self.article, environment: ["RELGRAPH_RESOURCES": "/no/such/relgraph/folder"])
        #expect(result.status == 1)
        #expect(result.stderr == "relgraph: cannot find relgraph's tables: keep relgraph_Extraction.resources beside the relgraph executable, or set RELGRAPH_RESOURCES to the folder that holds it\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func theFolderNamedByTheEnvironmentIsUsed() throws {
        // The build folder holds both bundles beside the executable.
        let folder = CLIRunner.executable.deletingLastPathComponent().path
        let result = try CLIRunner.run(["extract", "-", "--format", "jsonl"], stdin: Self.article, environment: ["RELGRAPH_RESOURCES": folder])
        #expect(result.status == 0)
        #expect(String(decoding: result.stdout, as: UTF8.self).contains("\"Yoweri Museveni\""))
    }

    @Test func aCopyOfTheExecutableElsewhereStillRuns() throws {
        // Moved away from its bundles, it reads the tables and assets of the sources it was built from.
        let dir = try CLIRunner.temporaryDirectory()
        let copy = dir.appendingPathComponent("relgraph")
        try FileManager.default.copyItem(at: CLIRunner.executable, to: copy)
        let article = dir.appendingPathComponent("article.txt")
        try Self.article.write(to: article)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["report", article.path, "-o", dir.appendingPathComponent("out").path, "--formats", "html"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        let page = try String(contentsOf: dir.appendingPathComponent("out/report.html"), encoding: .utf8)
        #expect(page.contains("Yoweri Museveni"))
    }
}
