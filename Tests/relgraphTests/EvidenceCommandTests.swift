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

    @Test func namesResolveAsInPathBySurnameIdCaseAndDiacritics() throws {
        let folder = try store()
        let expected = "met Latvian Foreign Minister Baiba Braže in Baku on June 17."
        for names in [
            ["Bayramov", "BRAZE"], ["person/jeyhun-bayramov", "Braže"], ["jeyhun  bayramov", "baiba braže"],
        ] {
            let result = try CLIRunner.run(["evidence", "corpus.sqlite"] + names, in: folder)
            #expect(result.status == 0, "\(names): \(result.stderr)")
            #expect(result.stdoutText.contains(expected), "\(names)")
        }
        // --store works as on every command: the positional arguments are then names.
        let stored = try CLIRunner.run(["evidence", "--store", "corpus.sqlite", "Bayramov", "Braze"], in: folder)
        #expect(stored.status == 0, "\(stored.stderr)")
        #expect(stored.stdoutText.contains(expected))
        let june = try CLIRunner.run(
            ["evidence", "--store", "corpus.sqlite", "Braze", "--since", "2024-07", "--format", "json"], in: folder)
        let records = try #require(try JSONSerialization.jsonObject(with: june.stdout) as? [[String: Any]])
        #expect(Set(records.compactMap { $0["document"] as? String }) == ["riga"])
    }

    @Test func unknownAndAmbiguousNamesGiveTheMessagesPathGives() throws {
        let folder = try store()
        for name in ["Aliyev", "Latvai"] {
            let evidence = try CLIRunner.run(["evidence", "corpus.sqlite", name], in: folder)
            let path = try CLIRunner.run(["path", "corpus.sqlite", name, "Latvia"], in: folder)
            #expect(evidence.status == 1)
            #expect(evidence.stderr == path.stderr)
            #expect(evidence.stderr.contains("no entity named '\(name)'; did you mean:"))
        }
        // Two Azerbaijani officials named Aliyev, each called by surname alone.
        let rows = [
            #"{"id": "one", "date": "2024-05-02", "text": "BAKU, May 2 (Meridian Wire) — Azerbaijani President Ilham Aliyev met Georgian Prime Minister Irakli Kobakhidze in Baku on May 1. Aliyev said Azerbaijan valued its partnership with Georgia."}"#,
            #"{"id": "two", "date": "2024-05-09", "text": "TBILISI, May 9 (Meridian Wire) — Azerbaijani Economy Minister Mikayil Aliyev met Georgian Foreign Minister Maka Bochorishvili in Tbilisi on May 8. Aliyev said Azerbaijan and Georgia were close partners."}"#,
        ]
        let ingest = try CLIRunner.run(
            ["ingest", "-", "--store", "aliyev.sqlite", "--quiet"], stdin: Data((rows.joined(separator: "\n") + "\n").utf8),
            in: folder)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let evidence = try CLIRunner.run(["evidence", "aliyev.sqlite", "aliyev", "Georgia"], in: folder)
        let path = try CLIRunner.run(["path", "aliyev.sqlite", "aliyev", "Georgia"], in: folder)
        #expect(evidence.status == 1)
        #expect(
            evidence.stderr == "relgraph: 'aliyev' is ambiguous: person/ilham-aliyev, person/mikayil-aliyev; give an id\n")
        #expect(evidence.stderr == path.stderr)
        let byID = try CLIRunner.run(["evidence", "aliyev.sqlite", "person/mikayil-aliyev", "Georgia"], in: folder)
        #expect(byID.status == 0, "\(byID.stderr)")
        #expect(byID.stdoutText.contains("Aliyev said Azerbaijan and Georgia were close partners."))
    }
}
