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

    /// Lines go out with `write(2)`: a device that takes none is a one-line error naming
    /// standard output, not a crash or a silent success.
    @Test func jsonlToAFullDeviceIsAnError() throws {
        let dir = try folder()
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try CLIRunner.run(["extract", dir.path, "--format", "jsonl"], stdout: full)
        #expect(result.status == 1)
        #expect(result.stderr == "relgraph: standard output: cannot write: No space left on device\n")
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

    /// A folder of `count` articles (the two above, taking turns) in subfolders of ten.
    private func manyArticles(_ count: Int) throws -> URL {
        let dir = try CLIRunner.temporaryDirectory()
        for index in 0..<count {
            let sub = dir.appendingPathComponent(String(format: "%02d", index / 10))
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            let text = index % 2 == 0 ? Self.tbilisi : Self.nairobi
            try text.write(to: sub.appendingPathComponent(String(format: "%03d.txt", index)), atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func parallelJSONLinesAndPerDocumentFilesMatchOneWorker() throws {
        let dir = try manyArticles(60)
        let out = try CLIRunner.temporaryDirectory()
        let one = try CLIRunner.run(["extract", dir.path, "--format", "jsonl", "--jobs", "1", "--per-document", out.appendingPathComponent("one").path])
        let three = try CLIRunner.run(["extract", dir.path, "--format", "jsonl", "--jobs", "3", "--per-document", out.appendingPathComponent("three").path])
        #expect(one.status == 0)
        #expect(three.status == 0)
        #expect(three.stdout == one.stdout)
        let lines = String(decoding: three.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 60)
        #expect(lines.first?.contains("\"000.txt\"") == true)
        #expect(lines.last?.contains("\"059.txt\"") == true)
        for name in ["000", "031", "059"] {
            let first = try Data(contentsOf: out.appendingPathComponent("one/\(name).json"))
            #expect(try Data(contentsOf: out.appendingPathComponent("three/\(name).json")) == first)
        }
        let merged = try CLIRunner.run(["extract", dir.path, "--jobs", "1"])
        #expect(try CLIRunner.run(["extract", dir.path, "--jobs", "3"]).stdout == merged.stdout)
    }

    @Test func parallelJSONLinesStopAtABadArticleAfterTheLinesBeforeIt() throws {
        let dir = try manyArticles(40)
        let bad = dir.appendingPathComponent("02/025.txt")
        try (Data("first line\n".utf8) + Data([0xC3, 0x28])).write(to: bad)
        let result = try CLIRunner.run(["extract", dir.path, "--format", "jsonl", "--jobs", "3"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("relgraph: \(bad.path):2: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
        let lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 25)
        #expect(lines.last?.contains("\"024.txt\"") == true)
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

    private func jsonlLine(id: String, text: String) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: ["id": id, "text": text]), as: UTF8.self)
    }

    @Test func jsonlStreamsAreExtractedLikeTheirArticles() throws {
        let dir = try folder()
        let stream = dir.appendingPathComponent("wire.jsonl")
        let lines = [try jsonlLine(id: "tbilisi", text: Self.tbilisi), "", try jsonlLine(id: "nairobi", text: Self.nairobi)]
        try (lines.joined(separator: "\n") + "\n").write(to: stream, atomically: true, encoding: .utf8)
        let fromStream = try CLIRunner.run(["extract", stream.path, "--format", "jsonl", "--quiet"])
        #expect(fromStream.status == 0)
        let documents = fromStream.stdoutText.split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["document"] as? String
        }
        #expect(documents == ["tbilisi", "nairobi"])

        // The same text as a file gives the same graph but for the document's name.
        let merged = try json(try CLIRunner.run(["extract", stream.path, "--quiet"]).stdout)
        #expect(names(merged).isSuperset(of: ["Ilia Darchiashvili", "Ararat Mirzoyan", "William Ruto", "Yoweri Museveni"]))

        // Standard input is one article unless --stdin-format jsonl says it is a stream.
        let piped = try CLIRunner.run(
            ["extract", "-", "--stdin-format", "jsonl", "--format", "jsonl"], stdin: try Data(contentsOf: stream))
        #expect(piped.status == 0)
        #expect(piped.stdout == fromStream.stdout)
    }

    @Test func malformedJSONLinesNameTheFileAndLine() throws {
        let dir = try folder()
        let stream = dir.appendingPathComponent("bad.jsonl")
        try (try jsonlLine(id: "tbilisi", text: Self.tbilisi) + "\n{\"id\": \"x\"}\n").write(to: stream, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out.json")
        let result = try CLIRunner.run(["extract", stream.path, "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stderr == "relgraph: \(stream.path):2: no \"text\"\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func resumeReusesPerDocumentGraphsNewerThanTheirArticles() throws {
        let dir = try folder()
        let per = dir.appendingPathComponent("per")
        let first = dir.appendingPathComponent("first.json")
        #expect(try CLIRunner.run(["extract", dir.path, "--per-document", per.path, "-o", first.path, "--quiet"]).status == 0)

        // A per-document graph newer than its article stands in for it: plant a marker
        // entity in one to see that it is read rather than extracted again.
        let part = per.appendingPathComponent("tbilisi.json")
        var graph = try json(Data(contentsOf: part))
        var entities = (graph["entities"] as? [[String: Any]]) ?? []
        entities.append(["id": "country/atlantis", "kind": "country", "name": "Atlantis"])
        graph["entities"] = entities
        try JSONSerialization.data(withJSONObject: graph).write(to: part)
        let resumed = try CLIRunner.run(["extract", dir.path, "--per-document", per.path, "--resume", "--quiet"])
        #expect(resumed.status == 0)
        #expect(names(try json(resumed.stdout)).contains("Atlantis"))

        // An article changed since its graph was written is extracted again.
        let article = dir.appendingPathComponent("tbilisi.txt")
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: article.path)
        let again = try CLIRunner.run(["extract", dir.path, "--per-document", per.path, "--resume", "--quiet"])
        #expect(!names(try json(again.stdout)).contains("Atlantis"))
        #expect(again.stdout == (try Data(contentsOf: first)))
    }

    @Test func resumeNeedsAPerDocumentFolder() throws {
        let dir = try folder()
        let result = try CLIRunner.run(["extract", dir.path, "--resume"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--resume needs --per-document"))
    }
}
