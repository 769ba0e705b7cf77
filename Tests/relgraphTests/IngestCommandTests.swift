import Foundation
import Testing

/// Articles for the store tests, written the way wire copy states meetings.
enum StoreFixtures {
    static let bakuMeeting = """
        BAKU, June 18 (Meridian Wire) — The talks were held behind closed doors.

        Azerbaijani Foreign Minister Jeyhun Bayramov met Latvian Foreign Minister Baiba Braže in Baku on \
        June 17. Bayramov said Azerbaijan valued its partnership with Latvia.

        """
    static let rigaMeeting = """
        RIGA, July 3 (Meridian Wire) — Latvian Foreign Minister Baiba Braže held talks with Lithuanian \
        Foreign Minister Kęstutis Budrys on July 2. Braže said Latvia and Lithuania were close allies.

        """
    static let ankaraCall = """
        ANKARA, March 5 (Harbour News Service) — Turkish President Recep Tayyip Erdoğan spoke by phone with \
        Azerbaijani President Ilham Aliyev on Tuesday. Erdoğan said Turkey stood with Azerbaijan.

        """

    /// A folder with the three articles as .txt files.
    static func folder() throws -> URL {
        let folder = try CLIRunner.temporaryDirectory()
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        try bakuMeeting.write(to: articles.appendingPathComponent("baku.txt"), atomically: true, encoding: .utf8)
        try rigaMeeting.write(to: articles.appendingPathComponent("riga.txt"), atomically: true, encoding: .utf8)
        try ankaraCall.write(to: articles.appendingPathComponent("ankara.txt"), atomically: true, encoding: .utf8)
        return folder
    }

    /// The three articles as JSON lines with ids, sources and dates.
    static func jsonLines() throws -> Data {
        let rows: [[String: String]] = [
            ["id": "baku", "source": "Meridian Wire", "date": "2024-06-18", "text": bakuMeeting],
            ["id": "riga", "source": "Meridian Wire", "date": "2024-07-03", "text": rigaMeeting],
            ["id": "ankara", "source": "Harbour News Service", "date": "2024-03-05", "text": ankaraCall],
        ]
        var data = Data()
        for row in rows {
            data += try JSONSerialization.data(withJSONObject: row, options: [.sortedKeys])
            data += Data("\n".utf8)
        }
        return data
    }
}

@Suite struct IngestCommandTests {
    @Test func aReRunSkipsUnchangedArticlesAndReplacesChangedOnes() throws {
        let folder = try StoreFixtures.folder()
        let first = try CLIRunner.run(["ingest", "articles", "--store", "corpus.sqlite"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdoutText.contains("3 documents: 3 added, 0 replaced, 0 unchanged"))

        let again = try CLIRunner.run(["ingest", "articles", "--store", "corpus.sqlite"], in: folder)
        #expect(again.stdoutText.contains("3 documents: 0 added, 0 replaced, 3 unchanged"))

        let riga = folder.appendingPathComponent("articles/riga.txt")
        try (StoreFixtures.rigaMeeting + "The talks lasted three hours.\n").write(
            to: riga, atomically: true, encoding: .utf8)
        let changed = try CLIRunner.run(["ingest", "articles", "--store", "corpus.sqlite", "--jobs", "1"], in: folder)
        #expect(changed.stdoutText.contains("3 documents: 0 added, 1 replaced, 2 unchanged"))

        // A new extractor re-reads everything.
        let upgraded = try CLIRunner.run(
            ["ingest", "articles", "--store", "corpus.sqlite", "--extractor-version", "next"], in: folder)
        #expect(upgraded.stdoutText.contains("3 documents: 0 added, 3 replaced, 0 unchanged"))
    }

    @Test func aJSONLinesStreamCarriesIdsSourcesAndDates() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(
            ["ingest", "-", "--store", "corpus.sqlite"], stdin: try StoreFixtures.jsonLines(), in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("3 added"))
        let evidence = try CLIRunner.run(["evidence", "corpus.sqlite", "Bayramov", "Braže"], in: folder)
        #expect(evidence.status == 0, "\(evidence.stderr)")
        #expect(evidence.stdoutText.contains("2024-06-17  meeting"))
        #expect(evidence.stdoutText.contains("baku, Meridian Wire, \"June 17\""))
    }

    @Test func aTextFileIsDatedByTheDateInItsFirstLines() throws {
        let folder = try CLIRunner.temporaryDirectory()
        try ("Minister meets counterpart\n\nJanuary 20, 2022 - Baku, Azerbaijan\n\n" + StoreFixtures.bakuMeeting)
            .write(to: folder.appendingPathComponent("baku.txt"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["ingest", "baku.txt", "--store", "corpus.sqlite"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let evidence = try CLIRunner.run(
            ["evidence", "corpus.sqlite", "Jeyhun Bayramov", "--format", "json"], in: folder)
        let records = try #require(try JSONSerialization.jsonObject(with: evidence.stdout) as? [[String: Any]])
        let days = Set(records.compactMap { $0["day"] as? String })
        // Undated sentences take the article's date; "June 17" the June closest to it.
        #expect(days.contains("2022-01-20"))
        #expect(days.contains("2022-06-17"))
    }

    @Test func aMalformedLineIsReportedWithItsNumberAndEarlierWorkKept() throws {
        let folder = try CLIRunner.temporaryDirectory()
        var lines = try StoreFixtures.jsonLines()
        lines += Data("{\"id\": \"broken\", \"text\": \n".utf8)
        try lines.write(to: folder.appendingPathComponent("wire.jsonl"))
        let result = try CLIRunner.run(["ingest", "wire.jsonl", "--store", "corpus.sqlite", "--jobs", "1"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("wire.jsonl:4: not a JSON object"))
        #expect(result.stderr.split(separator: "\n").count == 1)

        let noDate = try CLIRunner.run(
            ["ingest", "-", "--store", "other.sqlite"],
            stdin: Data(#"{"id": "x", "text": "Hello.", "date": "last week"}"#.utf8), in: folder)
        #expect(noDate.status == 1)
        #expect(noDate.stderr.contains("<stdin>:1: \"date\" 'last week' is not an ISO date"))
    }

    @Test func badUsageAndMissingInputsAreRefused() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let missing = try CLIRunner.run(["ingest", "nowhere", "--store", "corpus.sqlite"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nowhere: no such file or directory"))
        let jobs = try CLIRunner.run(["ingest", "x", "--store", "corpus.sqlite", "--jobs", "0"], in: folder)
        #expect(jobs.status == 2)
        let noStore = try CLIRunner.run(["ingest", "x"], in: folder)
        #expect(noStore.status == 2)
        try Data("not sqlite at all, just text that is long enough to be a header".utf8)
            .write(to: folder.appendingPathComponent("notes.sqlite"))
        try StoreFixtures.bakuMeeting.write(
            to: folder.appendingPathComponent("baku.txt"), atomically: true, encoding: .utf8)
        let foreign = try CLIRunner.run(["ingest", "baku.txt", "--store", "notes.sqlite"], in: folder)
        #expect(foreign.status == 1)
        #expect(foreign.stderr.hasPrefix("relgraph: notes.sqlite"))
    }
}
