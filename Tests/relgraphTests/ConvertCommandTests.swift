import Foundation
import Testing

@Suite struct ConvertCommandTests {
    static func fixture(_ name: String) throws -> URL {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name)
        #expect(FileManager.default.fileExists(atPath: url.path), "missing fixture \(name)")
        return url
    }

    static func contents(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    @Test func jsonToGraphMLAndBackGivesTheSameJSON() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let input = try Self.fixture("convert-sample.json")
        let graphml = directory.appendingPathComponent("graph.graphml")
        let first = try CLIRunner.run(["convert", input.path, "-o", graphml.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try Self.contents(graphml).contains("<graphml"))
        let json = directory.appendingPathComponent("back.json")
        let second = try CLIRunner.run(["convert", graphml.path, "-o", json.path])
        #expect(second.status == 0, "\(second.stderr)")
        // Normalise the hand-written fixture through the binary too, then compare bytes.
        let normalised = try CLIRunner.run(["convert", input.path, "--to", "json", "-o", "-"])
        #expect(normalised.status == 0)
        #expect(try Self.contents(json) == normalised.stdoutText)
        #expect(normalised.stdoutText.contains("\"sentence\": \"Aliyev met Pashinyan in \\\"Brussels\\\" & talked.\""))
    }

    @Test(arguments: ["graphml", "gexf", "node-link", "d3", "edgelist"])
    func everyFormatRoundTripsThroughStdin(format: String) throws {
        let input = try Self.fixture("convert-sample.json")
        let written = try CLIRunner.run(["convert", input.path, "--to", format, "-o", "-"])
        #expect(written.status == 0, "\(written.stderr)")
        let read = try CLIRunner.run(["convert", "-", "--to", "json", "-o", "-"], stdin: written.stdout)
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdoutText.contains("\"relations\""))
        if format != "edgelist" {
            let original = try CLIRunner.run(["convert", input.path, "--to", "json", "-o", "-"])
            #expect(read.stdoutText == original.stdoutText)
        }
    }

    @Test func nodeLinkJSONWithAJSONExtensionIsRecognised() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let input = try Self.fixture("convert-sample.json")
        let d3 = directory.appendingPathComponent("graph-d3.json")
        #expect(try CLIRunner.run(["convert", input.path, "--to", "d3", "-o", d3.path]).status == 0)
        #expect(try Self.contents(d3).contains("\"links\": ["))
        let back = try CLIRunner.run(["convert", d3.path, "--to", "json", "-o", "-"])
        #expect(back.status == 0, "\(back.stderr)")
        let original = try CLIRunner.run(["convert", input.path, "--to", "json", "-o", "-"])
        #expect(back.stdoutText == original.stdoutText)
    }

    @Test(arguments: ["plain", "graphframes", "neo4j"])
    func csvGoesToTwoFilesAndBack(layout: String) throws {
        let directory = try CLIRunner.temporaryDirectory()
        let input = try Self.fixture("convert-sample.json")
        let tables = directory.appendingPathComponent("tables").path + "/"
        let written = try CLIRunner.run(["convert", input.path, "-o", tables, "--csv-layout", layout])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(FileManager.default.fileExists(atPath: tables + "nodes.csv"))
        #expect(FileManager.default.fileExists(atPath: tables + "edges.csv"))
        let read = try CLIRunner.run(["convert", tables, "--to", "json", "-o", "-"])
        #expect(read.status == 0, "\(read.stderr)")
        let original = try CLIRunner.run(["convert", input.path, "--to", "json", "-o", "-"])
        #expect(read.stdoutText == original.stdoutText)
    }

    @Test func csvNamedOutputWritesNamedPair() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let input = try Self.fixture("convert-sample.json")
        let result = try CLIRunner.run(["convert", input.path, "-o", "graph.csv"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let nodes = try Self.contents(directory.appendingPathComponent("graph.nodes.csv"))
        #expect(nodes.hasPrefix("id,kind,name,aliases,role,affiliation,iso\n"))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("graph.edges.csv").path))
        let back = try CLIRunner.run(["convert", "graph.edges.csv", "-o", "back.json"], in: directory)
        #expect(back.status == 0, "\(back.stderr)")
    }

    @Test func edgeListIsUndirectedUnlessAsked() throws {
        let input = try Self.fixture("convert-capitals.edges")
        let undirected = try CLIRunner.run(["convert", input.path, "--to", "json", "-o", "-"])
        #expect(undirected.status == 0, "\(undirected.stderr)")
        #expect(undirected.stdoutText.contains("\"directed\": false"))
        #expect(!undirected.stdoutText.contains("\"directed\": true"))
        let directed = try CLIRunner.run(["convert", input.path, "--directed", "--to", "json", "-o", "-"])
        #expect(directed.stdoutText.contains("\"directed\": true"))
        #expect(!directed.stdoutText.contains("\"directed\": false"))
    }

    @Test func malformedGraphMLNamesFileAndLineAndLeavesNoOutput() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let input = try Self.fixture("convert-malformed.graphml")
        let output = directory.appendingPathComponent("out.json")
        let result = try CLIRunner.run(["convert", input.path, "-o", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("relgraph: \(input.path):8: invalid GraphML: weight 'heavy'"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func malformedStdinNamesStdinAndLine() throws {
        let result = try CLIRunner.run(["convert", "-", "--to", "json", "-o", "-"], stdin: Data("{\"entities\": [\n  {\"kind\": 1}]}".utf8))
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("relgraph: -:2: invalid relgraph JSON"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func unknownOutputFormatIsAUsageError() throws {
        let input = try Self.fixture("convert-sample.json")
        let result = try CLIRunner.run(["convert", input.path, "--to", "png", "-o", "-"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown output format 'png'"))
        #expect(result.stdout.isEmpty)
    }

    @Test func articlesAreExtractedNotTakenForEdgeLists() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let article = directory.appendingPathComponent("article.txt")
        try Data("Azerbaijani President Ilham Aliyev met Armenian Prime Minister Nikol Pashinyan in Brussels.\n".utf8)
            .write(to: article)
        let result = try CLIRunner.run(["convert", article.path, "--to", "json", "-o", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("\"person/ilham-aliyev\""))
        #expect(!result.stdoutText.contains("\"node/"))
    }

    @Test func unknownExtensionsAskForAFormat() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let notes = directory.appendingPathComponent("notes.dat")
        try Data("Aliyev Pashinyan\nPashinyan Macron\n".utf8).write(to: notes)
        let result = try CLIRunner.run(["convert", notes.path, "--to", "json", "-o", "-"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--from"))
        let output = try CLIRunner.run(["convert", try Self.fixture("convert-sample.json").path, "-o", "x.svg"], in: directory)
        #expect(output.status == 2)
        #expect(output.stderr.contains("--to"))
    }

    @Test func missingInputIsAnInputError() throws {
        let result = try CLIRunner.run(["convert", "/nonexistent/graph.json", "-o", "-", "--to", "json"])
        #expect(result.status == 1)
        #expect(result.stderr == "relgraph: /nonexistent/graph.json: no such file or directory\n")
    }

    @Test func csvToStdoutIsAUsageError() throws {
        let result = try CLIRunner.run(["convert", try Self.fixture("convert-sample.json").path, "--to", "csv", "-o", "-"])
        #expect(result.status == 2)
    }

    @Test func helpShowsExamples() throws {
        let result = try CLIRunner.run(["convert", "--help"])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("relgraph convert graph.json -o graph.graphml"))
        #expect(result.stdoutText.contains("--csv-layout"))
    }
}
