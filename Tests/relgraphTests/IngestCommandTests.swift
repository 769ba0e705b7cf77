import Foundation
import GraphModel
import Testing

@testable import CorpusStore
@testable import relgraph

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

    /// A line's date is accepted exactly when `EvidenceDate` reads a day from it and it starts
    /// with a digit (valid "YYYY-MM-DD" days are told apart without it).
    @Test func lineDatesAreAcceptedAsEvidenceDateReadsThem() throws {
        var dates = ["2024-05-03", "2024-05-03T10:00:00Z", "2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29",
            "0000-02-29", "2024-04-31", "2024-04-30", "2024-12-31", "2024-13-01", "2024-00-10", "2024-05-00",
            "2024-5-03", "2024/05/03", "20240503", "May 3, 2024", "3 May 2024", "last week", "٢٠٢٤-05-03", "2024-05-0x"]
        for month in 1...12 {
            for day in [28, 29, 30, 31, 32] { dates.append("2023-\(month < 10 ? "0" : "")\(month)-\(day)") }
        }
        for date in dates {
            let accepted = (try? StoreInputItem.checkedDate(date, location: "t")) != nil
            #expect(accepted == (EvidenceDate.isoDay(date, documentDate: nil) != nil && date.first?.isNumber == true), "\(date)")
        }
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

    @Test func escapedAndPlainLinesStoreTheSameArticle() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let plain = try JSONSerialization.data(
            withJSONObject: [
                "id": "baku é", "source": "Meridian Wire", "date": "2024-06-18",
                "text": StoreFixtures.bakuMeeting + "😀",
            ],
            options: [.sortedKeys, .withoutEscapingSlashes])
        // The same object with every character of the text and id escaped as \uXXXX
        // (surrogate pairs beyond the BMP), keys escaped too.
        func escaped(_ text: String) -> String {
            text.utf16.map { String(format: "\\u%04x", $0) }.joined()
        }
        let line =
            #"{"\u0069d": ""# + escaped("baku é") + #"", "text": ""# + escaped(StoreFixtures.bakuMeeting + "😀")
            + #"", "source": "Meridian Wire", "date": "2024-06-18"}"#
        let first = try CLIRunner.run(
            ["ingest", "-", "--store", "plain.sqlite"], stdin: plain + Data("\n".utf8), in: folder)
        let second = try CLIRunner.run(["ingest", "-", "--store", "escaped.sqlite"], stdin: Data(line.utf8), in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(second.status == 0, "\(second.stderr)")
        let one = try CLIRunner.run(
            ["evidence", "plain.sqlite", "Bayramov", "Baiba Braže", "--format", "json"], in: folder)
        let two = try CLIRunner.run(
            ["evidence", "escaped.sqlite", "Bayramov", "Baiba Braže", "--format", "json"], in: folder)
        #expect(one.stdoutText.contains("baku é"))
        #expect(!one.stdoutText.isEmpty)
        #expect(one.stdoutText == two.stdoutText)
    }

    @Test func anArticleRepeatedInOneStreamReplacesItsFirstVersion() throws {
        // A new store is bulk-loaded; the second "baku" replaces the first within the run.
        let folder = try CLIRunner.temporaryDirectory()
        var lines = try StoreFixtures.jsonLines()
        lines += try JSONSerialization.data(
            withJSONObject: [
                "id": "baku", "source": "Meridian Wire", "date": "2024-07-03", "text": StoreFixtures.rigaMeeting,
            ],
            options: [.sortedKeys])
        lines += Data("\n".utf8)
        let result = try CLIRunner.run(["ingest", "-", "--store", "corpus.sqlite"], stdin: lines, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("4 documents: 3 added, 1 replaced, 0 unchanged"))
        // Bayramov was only in the first "baku".
        let gone = try CLIRunner.run(["evidence", "corpus.sqlite", "Bayramov", "Baiba Braže"], in: folder)
        #expect(gone.status == 1)
        let kept = try CLIRunner.run(
            ["evidence", "corpus.sqlite", "Baiba Braže", "Kęstutis Budrys", "--format", "json"], in: folder)
        #expect(kept.status == 0, "\(kept.stderr)")
        let records = try #require(try JSONSerialization.jsonObject(with: kept.stdout) as? [[String: Any]])
        #expect(Set(records.compactMap { $0["document"] as? String }) == ["baku", "riga"])
    }

    @Test func linesTheScannerLeavesAreParsedInFull() throws {
        let folder = try CLIRunner.temporaryDirectory()
        // The text as a JSON string literal: the array's only element.
        let array = try JSONSerialization.data(withJSONObject: [StoreFixtures.bakuMeeting])
        let text = String(decoding: array.dropFirst().dropLast(), as: UTF8.self)
        let lines = #"{"id": 7, "text": "# + text + #", "source": null, "tags": ["x"]}"# + "\n"
        let result = try CLIRunner.run(
            ["ingest", "-", "--store", "corpus.sqlite", "--source", "Desk"], stdin: Data(lines.utf8), in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let evidence = try CLIRunner.run(["evidence", "corpus.sqlite", "Bayramov", "Baiba Braže"], in: folder)
        #expect(evidence.stdoutText.contains("7, Desk"), "\(evidence.stderr)")
    }
}

/// The pipeline writes articles in input order, whichever worker finishes first.
@Suite struct StoreIngestPipelineTests {
    @Test func articlesAreWrittenInInputOrderWhateverTheWorkersTiming() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let names = (0..<300).map { "article-\($0)" }
        let lines = names.map { #"{"id": ""# + $0 + #"", "text": "Nothing happened."}"# }
        let input = folder.appendingPathComponent("wire.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)
        let path = folder.appendingPathComponent("corpus.sqlite").path
        let store = try CorpusStore(path: path)
        let pipeline = StoreIngestPipeline(
            storePath: path, inputs: StoreInputReader(inputs: [input.path]), jobs: 4, source: nil,
            extractorVersion: "v1",
            makeExtractor: {
                { _, document in
                    // Uneven work, so batches finish out of order.
                    usleep(UInt32(document.utf8.reduce(0) { ($0 &* 31 &+ Int($1)) & 0x7FF }))
                    var graph = Graph()
                    graph.add(Entity(kind: .country, name: document.hasSuffix("7") ? "Latvia" : "Lithuania"))
                    return graph
                }
            })
        let summary = try pipeline.run(into: store)
        #expect(summary.added == 300)
        let statement = try store.database.statement("SELECT name FROM documents ORDER BY id")
        var written: [String] = []
        while try statement.step() { written.append(statement.text(0) ?? "") }
        statement.reset()
        #expect(written == names)
    }
}

/// The scanner must give exactly what `JSONSerialization` gives, or nothing.
@Suite struct JSONLineScannerTests {
    static let lines: [String] = [
        #"{"id": "a", "text": "plain"}"#,
        #"{"id":"caf\u00e9","text":"line\nbreak \"quoted\" back\\slash \/ tab\t bell\b feed\f cr\r","#
            + #""source":"Wire","date":"2024-06-18"}"#,
        #"{"id": "emoji", "text": "\ud83d\ude00 and \uD83C\uDDE6\uD83C\uDDFF flags, \u00E7a, \u2014 dash, "#
            + #"e\u0301, NUL \u0000 end"}"#,
        "  {\"text\": \"Braže — “quoted” 😀\", \"id\": \"utf8 ünïcödé\", "
            + "\"extra\": \"ignored \\u0041\"} \r",
        #"{"i\u0064": "escaped key", "text": "", "date": ""}"#,
        #"{ "id" : "spaced" , "text" : "x" , "source" : "" }"#,
    ]

    @Test(arguments: lines) func scannedFieldsAreWhatJSONSerializationReads(line: String) throws {
        let data = Data(line.utf8)
        let fields = try #require(JSONLineScanner.fields(in: data))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        func scalars(_ text: String?) -> [Unicode.Scalar]? { text.map { Array($0.unicodeScalars) } }
        #expect(scalars(fields.id) == scalars(object["id"] as? String))
        #expect(scalars(fields.text) == scalars(object["text"] as? String))
        #expect(scalars(fields.source) == scalars(object["source"] as? String))
        #expect(scalars(fields.date) == scalars(object["date"] as? String))
    }

    static let others: [String] = [
        #"{"id": 7, "text": "a number id"}"#,
        #"{"id": "a", "text": "x", "source": null}"#,
        #"{"id": "a", "text": "x", "tags": ["y"]}"#,
        #"{"id": "a", "id": "b", "text": "x"}"#,
        #"{"id": "a", "text": "x", "n": "1", "n": "2"}"#,
        #"{"id": "a", "text": "x",}"#,
        #"{"id": "a", "text": "lone \ud800 surrogate"}"#,
        #"{"id": "a", "text": "low first \udc00\ud800"}"#,
        #"{"id": "a", "text": "high then letter \ud83dx"}"#,
        #"{"id": "a", "text": "bad \x escape"}"#,
        #"{"id": "a", "text": "short \u12"}"#,
        "{\"id\": \"a\", \"text\": \"raw\ttab\"}",
        #"{"id": "", "text": "empty id"}"#,
        #"{"text": "no id"}"#,
        #"{"id": "a"}"#,
        #"["id", "text"]"#,
        #"{"id": "a", "text": "x"} trailing"#,
        #"{"id": "a", "text": "unterminated}"#,
        #"{"id": "a" "text": "x"}"#,
        "",
    ]

    /// The line `{"id":"a","text":"<json>"}`, the text written as JSON literally.
    private func line(text json: String) -> Data {
        Data((#"{"id":"a","text":""# + json + #""}"#).utf8)
    }

    /// Plain bytes are read eight at a time: a quote, a backslash or a control character
    /// must end the run wherever it falls in a word.
    @Test(arguments: 0..<20) func escapesAreDecodedAtEveryOffset(offset: Int) throws {
        let before = String(repeating: "a", count: offset)
        for (json, decoded) in [(#"\""#, "\""), (#"\\"#, "\\"), (#"\n"#, "\n"), (#"\u00e9"#, "é"), ("é", "é")] {
            let text = before + json + "bcdefghijklmnop" + json + "q"
            let fields = try #require(JSONLineScanner.rawFields(in: line(text: text)), "\(offset) \(json)")
            #expect(fields.text == Array((before + decoded + "bcdefghijklmnop" + decoded + "q").utf8), "\(offset) \(json)")
        }
        let plain = String(repeating: "x", count: offset)
        #expect(try #require(JSONLineScanner.rawFields(in: line(text: plain))).text == Array(plain.utf8))
    }

    @Test(arguments: 0..<20) func controlCharactersAndUnterminatedTextsAreRefusedAtEveryOffset(offset: Int) {
        let before = String(repeating: "a", count: offset)
        #expect(JSONLineScanner.rawFields(in: line(text: before + "\t" + "bcdefghijk")) == nil)
        #expect(JSONLineScanner.rawFields(in: line(text: before + #"\n"# + "b\u{1}cdefghijk")) == nil)
        #expect(JSONLineScanner.rawFields(in: Data((#"{"id":"a","text":""# + before).utf8)) == nil)
    }

    @Test(arguments: others) func anythingElseIsLeftToTheFullParser(line: String) {
        #expect(JSONLineScanner.fields(in: Data(line.utf8)) == nil)
    }

    @Test func invalidUTF8IsLeftToTheFullParser() {
        var data = Data(#"{"id": "a", "text": "x"#.utf8)
        data.append(0xFF)
        data.append(contentsOf: Array(#""}"#.utf8))
        #expect(JSONLineScanner.fields(in: data) == nil)
    }

    @Test func rawFieldsKeepTheTextAsBytesAndNoteAnEscapedNUL() throws {
        var data = Data(#"{"id": "a", "text": "x"#.utf8)
        data.append(0xFF)
        data.append(contentsOf: Array(#"\ny"}"#.utf8))
        let raw = try #require(JSONLineScanner.rawFields(in: data))
        #expect(raw.text == [0x78, 0xFF, 0x0A, 0x79])
        #expect(!raw.hasNUL)
        let nul = try #require(JSONLineScanner.rawFields(in: Data(#"{"id": "a", "text": "x\u0000y"}"#.utf8)))
        #expect(nul.hasNUL)
    }

    @Test func aJSONLinesArticleWithInvalidUTF8IsRefusedWithItsLineAndOneWithAnEscapedNULIsRead() throws {
        let folder = try CLIRunner.temporaryDirectory()
        var bad = Data(#"{"id": "ok", "text": "Lavrov met Wang Yi."}"#.utf8 + [0x0A])
        bad.append(contentsOf: Array(#"{"id": "b", "text": "x"#.utf8) + [0xFF] + Array(#""}"#.utf8) + [0x0A])
        try bad.write(to: folder.appendingPathComponent("bad.jsonl"))
        let refused = try CLIRunner.run(["extract", "bad.jsonl", "-o", "out.json"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("bad.jsonl:2:"))
        #expect(refused.stderr.contains("invalid UTF-8"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.json").path))
        try Data(#"{"id": "n", "text": "Lavrov met \u0000 Wang Yi."}"#.utf8).write(to: folder.appendingPathComponent("nul.jsonl"))
        let read = try CLIRunner.run(["extract", "nul.jsonl", "-o", "nul.json"], in: folder)
        #expect(read.status == 0)
    }
}
