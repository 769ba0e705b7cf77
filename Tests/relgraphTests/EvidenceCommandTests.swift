import Foundation
import Testing

@Suite struct EvidenceCommandTests {
    /// A store holding the three fixture articles, ingested from JSON lines.
    func store() throws -> URL {
        let folder = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(
            ["ingest", "-", "--store", "corpus.sqlite"], stdin: try StoreFixtures.jsonLines(), in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        return folder
    }

    @Test func theEvidenceOfAPairNamesSentenceDocumentAndDate() throws {
        let folder = try store()
        let result = try CLIRunner.run(["evidence", "corpus.sqlite", "Jeyhun Bayramov", "baiba braze"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("meeting"))
        #expect(result.stdoutText.contains("met Latvian Foreign Minister Baiba Braže in Baku on June 17."))
        #expect(!result.stdoutText.contains("Budrys"))
    }

    @Test func theEvidenceOfAnEntityCoversAllItsRelationsInDateOrder() throws {
        let folder = try store()
        let result = try CLIRunner.run(["evidence", "corpus.sqlite", "Azerbaijan", "--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let records = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]])
        let documents = Set(records.compactMap { $0["document"] as? String })
        #expect(documents == ["baku", "ankara"])
        let days = records.compactMap { $0["day"] as? String }
        #expect(days == days.sorted())
        #expect(records.allSatisfy { $0["sentence"] is String && $0["kind"] is String })

        let filtered = try CLIRunner.run(
            ["evidence", "corpus.sqlite", "Azerbaijan", "--since", "2024-06", "--format", "json"], in: folder)
        let later = try #require(try JSONSerialization.jsonObject(with: filtered.stdout) as? [[String: Any]])
        #expect(Set(later.compactMap { $0["document"] as? String }) == ["baku"])
        let bySource = try CLIRunner.run(
            ["evidence", "corpus.sqlite", "Azerbaijan", "--source", "Harbour News Service", "--limit", "1"],
            in: folder)
        #expect(bySource.stdoutText.contains("ankara, Harbour News Service"))
        #expect(bySource.stdoutText.split(separator: "\n").count == 3)
    }

    @Test func unknownNamesAndStoresAreInputErrors() throws {
        let folder = try store()
        let unknown = try CLIRunner.run(["evidence", "corpus.sqlite", "Latvai"], in: folder)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no entity named 'Latvai'"))
        #expect(unknown.stderr.contains("Latvia"))
        let missing = try CLIRunner.run(["evidence", "nothing.sqlite", "Latvia"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nothing.sqlite: no such corpus store"))
        let badDate = try CLIRunner.run(["evidence", "corpus.sqlite", "Latvia", "--since", "June"], in: folder)
        #expect(badDate.status == 2)
    }
}
