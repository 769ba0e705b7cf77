import Foundation
import Testing

@Suite struct ExtractCommandTests {
    static let tbilisi = """
        Ministers meet in Tbilisi

        TBILISI, Georgia, May 4. Georgian Foreign Minister Ilia Darchiashvili met with Armenian Foreign Minister Ararat Mirzoyan on Thursday.

        “Georgia and Armenia are reliable partners,” Darchiashvili said.
        """
    static let nairobi = """
        Leaders talk

        Kenyan President William Ruto met Ugandan President Yoweri Museveni on Tuesday. Ruto said Kenya supports Somalia.
        """

    private func folder() throws -> URL {
        let dir = try CLIRunner.temporaryDirectory()
        try Self.tbilisi.write(to: dir.appendingPathComponent("tbilisi.txt"), atomically: true, encoding: .utf8)
        let sub = dir.appendingPathComponent("africa")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try Self.nairobi.write(to: sub.appendingPathComponent("nairobi.txt"), atomically: true, encoding: .utf8)
        try "not an article".write(to: sub.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        return dir
    }

    private func json(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func names(_ graph: [String: Any]) -> Set<String> {
        Set(((graph["entities"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String })
    }

    @Test func extractsAFileToJSON() throws {
        let dir = try folder()
        let result = try CLIRunner.run(["extract", dir.appendingPathComponent("tbilisi.txt").path])
        #expect(result.status == 0)
        let graph = try json(result.stdout)
        #expect(names(graph).isSuperset(of: ["Ilia Darchiashvili", "Ararat Mirzoyan", "Georgia", "Armenia"]))
        let relations = (graph["relations"] as? [[String: Any]]) ?? []
        #expect(relations.contains { $0["kind"] as? String == "meeting" })
    }

    @Test func foldersAreReadRecursivelyAndMerged() throws {
        let dir = try folder()
        let out = dir.appendingPathComponent("graph.json")
        let result = try CLIRunner.run(["extract", dir.path, "-o", out.path, "--quiet"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let graph = try json(Data(contentsOf: out))
        #expect(names(graph).isSuperset(of: ["Ilia Darchiashvili", "William Ruto", "Yoweri Museveni"]))
    }

    @Test func perDocumentWritesOneGraphPerArticle() throws {
        let dir = try folder()
        let per = dir.appendingPathComponent("per")
        let result = try CLIRunner.run(["extract", dir.path, "--per-document", per.path, "-o", dir.appendingPathComponent("all.json").path])
        #expect(result.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: per.path).sorted()
        #expect(files == ["nairobi.json", "tbilisi.json"])
        let nairobi = try json(Data(contentsOf: per.appendingPathComponent("nairobi.json")))
        #expect(names(nairobi).contains("William Ruto"))
        #expect(!names(nairobi).contains("Ilia Darchiashvili"))
    }

    @Test func jsonlIsOneCompactGraphPerArticle() throws {
        let dir = try folder()
        let result = try CLIRunner.run(["extract", dir.path, "--format", "jsonl"])
        #expect(result.status == 0)
        let lines = result.stdoutText.split(separator: "\n")
        #expect(lines.count == 2)
        let documents = try lines.map { try json(Data($0.utf8))["document"] as? String }
        #expect(documents == ["nairobi.txt", "tbilisi.txt"])
    }

    @Test func standardInputIsAnArticle() throws {
        let result = try CLIRunner.run(["extract", "-"], stdin: Data(Self.nairobi.utf8))
        #expect(result.status == 0)
        #expect(names(try json(result.stdout)).contains("Yoweri Museveni"))
        let implicit = try CLIRunner.run(["extract"], stdin: Data(Self.nairobi.utf8))
        #expect(implicit.status == 0)
        #expect(implicit.stdout == result.stdout)
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let dir = try folder()
        let first = try CLIRunner.run(["extract", dir.path])
        let second = try CLIRunner.run(["extract", dir.path, "--jobs", "1"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
    }

    @Test func invalidUTF8IsAnErrorNamingFileAndLine() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("bad.txt")
        try (Data("first line\nsecond ".utf8) + Data([0xC3, 0x28])).write(to: file)
        let result = try CLIRunner.run(["extract", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.txt:2"))
        #expect(result.stderr.contains("UTF-8"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func binaryFileIsAnError() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D]).write(to: file)
        let result = try CLIRunner.run(["extract", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("image.txt"))
    }

    @Test func emptyFileGivesAnEmptyGraph() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("empty.txt")
        try Data().write(to: file)
        let result = try CLIRunner.run(["extract", file.path])
        #expect(result.status == 0)
        #expect(names(try json(result.stdout)).isEmpty)
    }

    @Test func missingInputIsAnError() throws {
        let result = try CLIRunner.run(["extract", "/no/such/article.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/no/such/article.txt"))
    }

    @Test func badJobsIsAUsageError() throws {
        let result = try CLIRunner.run(["extract", "--jobs", "0", "-"], stdin: Data())
        #expect(result.status == 2)
    }
}
