import Foundation
import Testing

@Suite struct MergeCommandTests {
    private func relations(_ data: Data) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return (object["relations"] as? [[String: Any]]) ?? []
    }

    @Test func mergingAddsWeightsAndKeepsEvidence() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let article = "Kenyan President William Ruto met Ugandan President Yoweri Museveni on Tuesday."
        for name in ["a", "b"] {
            try article.write(to: dir.appendingPathComponent("\(name).txt"), atomically: true, encoding: .utf8)
            let result = try CLIRunner.run(["extract", dir.appendingPathComponent("\(name).txt").path, "-o", dir.appendingPathComponent("\(name).json").path])
            #expect(result.status == 0)
        }
        let merged = try CLIRunner.run(["merge", dir.appendingPathComponent("a.json").path, dir.appendingPathComponent("b.json").path])
        #expect(merged.status == 0)
        let meeting = try #require(try relations(merged.stdout).first { $0["kind"] as? String == "meeting" })
        #expect(meeting["weight"] as? Double == 2)
        let documents = Set(((meeting["evidence"] as? [[String: Any]]) ?? []).compactMap { $0["document"] as? String })
        #expect(documents == ["a.txt", "b.txt"])
    }

    @Test func articlesAreExtractedOnTheFly() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try "Kenyan President William Ruto met Ugandan President Yoweri Museveni.".write(
            to: dir.appendingPathComponent("c.txt"), atomically: true, encoding: .utf8)
        let extracted = try CLIRunner.run(["extract", dir.appendingPathComponent("c.txt").path])
        let merged = try CLIRunner.run(["merge", dir.appendingPathComponent("c.txt").path])
        #expect(merged.status == 0)
        #expect(merged.stdout == extracted.stdout)
    }

    @Test func malformedGraphIsAnError() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("broken.json")
        try "{ not json".write(to: file, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["merge", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.json"))
    }
}
