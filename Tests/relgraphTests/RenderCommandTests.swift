import Foundation
import Testing

@Suite struct RenderCommandTests {
    static var fixture: String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/render-accession.json").path
    }

    /// The fixture's entity count.
    static let entityCount = 13

    @Test func rendersSVGPNGAndPDFByExtension() throws {
        let directory = try CLIRunner.temporaryDirectory()
        for name in ["graph.svg", "graph.png", "graph.pdf"] {
            let result = try CLIRunner.run(["render", Self.fixture, "-o", name], in: directory)
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.stderr.isEmpty)
        }
        let svg = try String(contentsOf: directory.appendingPathComponent("graph.svg"), encoding: .utf8)
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == Self.entityCount)
        let png = try Data(contentsOf: directory.appendingPathComponent("graph.png"))
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        let pdf = try Data(contentsOf: directory.appendingPathComponent("graph.pdf"))
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        // Only the three files: no temporary file is left behind.
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(files == ["graph.pdf", "graph.png", "graph.svg"])
    }

    @Test func writesToStdoutWithFormatAndLayout() throws {
        let arguments = ["render", Self.fixture, "-o", "-", "--format", "svg", "--legend", "--cluster-by", "country"]
        let result = try CLIRunner.run(arguments + ["--layout", "fdp"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.hasPrefix("<?xml"))
        #expect(result.stdoutText.components(separatedBy: "class=\"node\"").count - 1 == Self.entityCount + 1)
        #expect(result.stdoutText.contains("class=\"cluster\""))
        // Seeded: the same command gives the same bytes in another process.
        let sfdp = try CLIRunner.run(arguments + ["--layout", "sfdp"])
        #expect(sfdp.status == 0)
        #expect(try CLIRunner.run(arguments + ["--layout", "sfdp"]).stdout == sfdp.stdout)
    }

    @Test func readsStdin() throws {
        let json = try Data(contentsOf: URL(fileURLWithPath: Self.fixture))
        let result = try CLIRunner.run(["render", "-", "-o", "-", "--format", "plain"], stdin: json)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.split(separator: "\n").filter { $0.hasPrefix("node ") }.count == Self.entityCount)
    }

    @Test func badEngineIsAUsageErrorAndWritesNothing() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(["render", Self.fixture, "-o", "out.svg", "--layout", "spring"], in: directory)
        #expect(result.status == 2)
        #expect(
            result.stderr == "relgraph: unknown layout engine 'spring' (valid: dot, neato, fdp, sfdp, circo, twopi)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func badFormatIsAUsageError() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let byExtension = try CLIRunner.run(["render", Self.fixture, "-o", "out.gif"], in: directory)
        #expect(byExtension.status == 2)
        #expect(byExtension.stderr.contains("--format"))
        let byOption = try CLIRunner.run(["render", Self.fixture, "-o", "out.svg", "--format", "bmp"], in: directory)
        #expect(byOption.status == 2)
        #expect(byOption.stderr.contains("unknown output format 'bmp'"))
        let clustering = try CLIRunner.run(
            ["render", Self.fixture, "-o", "out.svg", "--cluster-by", "party"], in: directory)
        #expect(clustering.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func badInputIsAnInputErrorAndWritesNothing() throws {
        let directory = try CLIRunner.temporaryDirectory()
        try Data("{\"entities\": [".utf8).write(to: directory.appendingPathComponent("broken.json"))
        let broken = try CLIRunner.run(["render", "broken.json", "-o", "out.svg"], in: directory)
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("relgraph: broken.json"))
        #expect(broken.stderr.split(separator: "\n").count == 1)
        let missing = try CLIRunner.run(["render", "missing.json", "-o", "out.svg"], in: directory)
        #expect(missing.status == 1)
        let noDirectory = try CLIRunner.run(["render", Self.fixture, "-o", "no/such/out.svg"], in: directory)
        #expect(noDirectory.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["broken.json"])
    }

    @Test func helpShowsExamples() throws {
        let result = try CLIRunner.run(["render", "--help"])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("relgraph render graph.json -o graph.svg"))
        #expect(result.stdoutText.contains("--layout"))
    }
}
