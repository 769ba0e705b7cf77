import Foundation
import Testing

@Suite struct ReportCommandTests {
    static var fixture: String { RenderCommandTests.fixture }

    static let files = [
        "edges.csv", "graph.dot", "graph.graphml", "graph.json", "graph.png", "graph.svg", "nodes.csv",
        "report.html", "summary.md",
    ]

    /// Three short articles about Sweden joining NATO, in a new folder.
    static func articles() throws -> URL {
        let directory = try CLIRunner.temporaryDirectory().appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let texts = [
            "budapest.txt": """
                Hungarian Foreign Minister Péter Szijjártó met Swedish Foreign Minister Tobias Billström in Budapest on Monday.
                Szijjártó said Hungary would support Sweden's accession to NATO.
                """,
            "vote.txt": """
                Swedish Prime Minister Ulf Kristersson met Hungarian Prime Minister Viktor Orbán in Budapest on Friday.
                NATO Secretary General Jens Stoltenberg welcomed the vote of the Hungarian parliament.
                """,
            "washington.txt": """
                U.S. Secretary of State Antony Blinken met Kristersson in Washington.
                Blinken said the United States would cooperate with Sweden on defence.
                """,
        ]
        for (name, text) in texts { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
        return directory
    }

    /// Every file of the report in `directory`, by name (hidden files included).
    static func contents(of directory: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            result[name] = try? Data(contentsOf: directory.appendingPathComponent(name))
        }
        return result
    }

    @Test func writesEveryFileFromAGraph() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(["report", Self.fixture, "-o", "out"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)  // stderr is not a terminal: no progress
        #expect(result.stdout.isEmpty)
        let output = directory.appendingPathComponent("out")
        let files = try Self.contents(of: output)
        #expect(files.keys.sorted() == Self.files)

        let json = try #require(try JSONSerialization.jsonObject(with: files["graph.json"]!) as? [String: Any])
        #expect((json["entities"] as? [Any])?.count == RenderCommandTests.entityCount)
        let relations = try #require(json["relations"] as? [[String: Any]])
        #expect(relations.count == 23)
        #expect(relations.allSatisfy { ($0["evidence"] as? [Any])?.isEmpty == false })

        let nodes = String(decoding: files["nodes.csv"]!, as: UTF8.self).split(separator: "\n")
        #expect(nodes.count == RenderCommandTests.entityCount + 1)
        let header = nodes[0].split(separator: ",").map(String.init)
        for measure in ["pagerank", "betweenness", "degree", "closeness"] { #expect(header.contains(measure)) }
        let edges = String(decoding: files["edges.csv"]!, as: UTF8.self).split(separator: "\n")
        #expect(edges.count == 24)

        let svg = DrawnSVG(String(decoding: files["graph.svg"]!, as: UTF8.self))
        #expect(svg.entityTitles.count == RenderCommandTests.entityCount)
        #expect(svg.nodes.count == RenderCommandTests.entityCount + 1)
        #expect(svg.hasLegend)
        #expect(Array(files["graph.png"]!.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let dot = String(decoding: files["graph.dot"]!, as: UTF8.self)
        #expect(dot.hasPrefix("digraph relgraph {"))
        #expect(dot.contains("relgraph_evidence"))
        #expect(String(decoding: files["graph.graphml"]!, as: UTF8.self).contains("<graphml"))

        let html = String(decoding: files["report.html"]!, as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<script type=\"application/json\" id=\"relgraph-data\">"))
        #expect(html.contains("<svg"))
        #expect(html.contains("Péter Szijjártó"))
        let summary = String(decoding: files["summary.md"]!, as: UTF8.self)
        #expect(summary.hasPrefix("# Relationship graph of render-accession.json"))
        #expect(summary.contains("pagerank"))
    }

    @Test func extractsArticles() throws {
        let articles = try Self.articles()
        let output = articles.deletingLastPathComponent().appendingPathComponent("output")
        let result = try CLIRunner.run(["report", "articles"], in: articles.deletingLastPathComponent())
        #expect(result.status == 0, "\(result.stderr)")
        let files = try Self.contents(of: output)  // the default folder is output/
        #expect(files.keys.sorted() == Self.files)
        let json = try #require(try JSONSerialization.jsonObject(with: files["graph.json"]!) as? [String: Any])
        let ids = (json["entities"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        for id in ["person/peter-szijjarto", "person/viktor-orban", "country/sweden", "organization/nato"] {
            #expect(ids.contains(id))
        }
        let documents = Set(
            (json["relations"] as? [[String: Any]] ?? []).flatMap { ($0["evidence"] as? [[String: Any]]) ?? [] }
                .compactMap { $0["document"] as? String })
        #expect(documents.count == 3)
        #expect(DrawnSVG(String(decoding: files["graph.svg"]!, as: UTF8.self)).entityTitles == Set(ids))
        #expect(String(decoding: files["summary.md"]!, as: UTF8.self).contains("# Relationship graph of articles"))
    }

    @Test func selectionChangesTheDrawingNotTheData() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(
            ["report", Self.fixture, "-o", "out", "--top", "4", "--highlight-path", "Blinken", "Orbán"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let files = try Self.contents(of: directory.appendingPathComponent("out"))
        let svg = DrawnSVG(String(decoding: files["graph.svg"]!, as: UTF8.self))
        // The 4 most central by PageRank (--size-by), and the path through Kristersson.
        #expect(
            svg.entityTitles == [
                "country/hungary", "country/sweden", "organization/nato", "person/ulf-kristersson",
                "person/antony-blinken", "person/viktor-orban",
            ])
        let json = try #require(try JSONSerialization.jsonObject(with: files["graph.json"]!) as? [String: Any])
        #expect((json["entities"] as? [Any])?.count == RenderCommandTests.entityCount)
        #expect(String(decoding: files["nodes.csv"]!, as: UTF8.self).split(separator: "\n").count == 14)
    }

    @Test func dotOnlyWhereItFits() throws {
        // 13 entities: dot, persons boxed with their country.
        let directory = try CLIRunner.temporaryDirectory()
        #expect(try CLIRunner.run(["report", Self.fixture, "-o", "small"], in: directory).status == 0)
        let small = try String(contentsOf: directory.appendingPathComponent("small/graph.svg"), encoding: .utf8)
        #expect(small.components(separatedBy: "class=\"cluster\"").count - 1 == 3)
        // 12 countries with 4 persons each: dot draws a strip of long ranks, so neato
        // lays it out again (no boxes, overlaps removed)…
        let wide = try TestGraphs.diplomacy(countries: 12, personsPerCountry: 4, in: directory)
        #expect(try CLIRunner.run(["report", wide.path, "-o", "auto"], in: directory).status == 0)
        let auto = try String(contentsOf: directory.appendingPathComponent("auto/graph.dot"), encoding: .utf8)
        #expect(auto.contains("overlap=prism"))
        #expect(!auto.contains("subgraph"))
        let png = try Data(contentsOf: directory.appendingPathComponent("auto/graph.png"))
        let (width, height) = (Self.bigEndian(png, at: 16), Self.bigEndian(png, at: 20))
        #expect(max(width, height) <= 3 * min(width, height) + 100, "\(width)×\(height)")
        // … unless --layout asks for dot.
        #expect(try CLIRunner.run(["report", wide.path, "-o", "dot", "--layout", "dot"], in: directory).status == 0)
        let dot = try String(contentsOf: directory.appendingPathComponent("dot/graph.dot"), encoding: .utf8)
        #expect(!dot.contains("overlap"))
        #expect(dot.components(separatedBy: "subgraph").count - 1 == 12)
    }

    static func bigEndian(_ data: Data, at offset: Int) -> Int {
        data[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    }

    @Test func aFailedReportLeavesThePreviousOneIntact() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let first = try CLIRunner.run(["report", Self.fixture, "-o", "out"], in: directory)
        #expect(first.status == 0, "\(first.stderr)")
        let output = directory.appendingPathComponent("out")
        let before = try Self.contents(of: output)

        // An unreadable second input: nothing is written.
        try Data("{\"entities\": [".utf8).write(to: directory.appendingPathComponent("broken.json"))
        let broken = try CLIRunner.run(["report", Self.fixture, "broken.json", "-o", "out"], in: directory)
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("relgraph: broken.json"))
        #expect(try Self.contents(of: output) == before)

        // A different graph whose last file cannot be replaced (summary.md is now a
        // folder): the files already renamed into place are put back.
        let other = try TestGraphs.diplomacy(countries: 3, personsPerCountry: 2, in: directory)
        try FileManager.default.removeItem(at: output.appendingPathComponent("summary.md"))
        try FileManager.default.createDirectory(
            at: output.appendingPathComponent("summary.md"), withIntermediateDirectories: false)
        var expected = before
        expected["summary.md"] = nil
        let blocked = try CLIRunner.run(["report", other.path, "-o", "out"], in: directory)
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains("summary.md: cannot write"))
        var after = try Self.contents(of: output)
        #expect(after.removeValue(forKey: "summary.md") == .some(nil))  // still the folder
        #expect(after == expected)  // byte-identical, and no temporary or backup file
    }

    @Test func aReadOnlyFolderLeavesThePreviousReportIntact() throws {
        // root writes into read-only folders, so this case only holds for other users.
        guard getuid() != 0 else { return }
        let directory = try CLIRunner.temporaryDirectory()
        #expect(try CLIRunner.run(["report", Self.fixture, "-o", "out"], in: directory).status == 0)
        let output = directory.appendingPathComponent("out")
        let before = try Self.contents(of: output)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: output.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: output.path) }
        let other = try TestGraphs.diplomacy(countries: 3, personsPerCountry: 2, in: directory)
        let result = try CLIRunner.run(["report", other.path, "-o", "out"], in: directory)
        #expect(result.status == 1)
        #expect(try Self.contents(of: output) == before)
    }

    @Test func progressOnlyOnATerminal() throws {
        let directory = try CLIRunner.temporaryDirectory()
        for quiet in [[], ["--quiet"]] {
            let result = try CLIRunner.run(["report", Self.fixture, "-o", "out"] + quiet, in: directory)
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty)
        }
        // Under a pseudo-terminal (util-linux `script`) the progress shows, unless --quiet.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        func underTerminal(_ extra: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qec", "'\(CLIRunner.executable.path)' report '\(Self.fixture)' -o out2 \(extra)", "/dev/null"]
            process.currentDirectoryURL = directory
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            return String(decoding: data, as: UTF8.self)
        }
        let shown = try underTerminal("")
        #expect(shown.contains("relgraph: analysing 13 entities, 23 relations"))
        #expect(shown.contains("relgraph: drawing"))
        #expect(try underTerminal("--quiet").isEmpty)
    }

    /// `text` with the generation time (`2026-01-02 03:04 UTC`) taken out.
    static func withoutTime(_ data: Data?) throws -> String {
        String(decoding: data ?? Data(), as: UTF8.self)
            .replacing(try Regex(#"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC"#), with: "TIME")
    }

    @Test func formatsWritesOnlyTheFilesAskedFor() throws {
        let directory = try CLIRunner.temporaryDirectory()
        #expect(try CLIRunner.run(["report", Self.fixture, "-o", "all"], in: directory).status == 0)
        let all = try Self.contents(of: directory.appendingPathComponent("all"))

        // The drawing and the page only: the same bytes as in the whole report.
        let page = try CLIRunner.run(["report", Self.fixture, "-o", "page", "--formats", "svg,html"], in: directory)
        #expect(page.status == 0, "\(page.stderr)")
        #expect(page.stderr.isEmpty)
        let files = try Self.contents(of: directory.appendingPathComponent("page"))
        #expect(files.keys.sorted() == ["graph.svg", "report.html"])
        #expect(files["graph.svg"] == all["graph.svg"])
        #expect(try Self.withoutTime(files["report.html"]) == (try Self.withoutTime(all["report.html"])))

        // The page alone still embeds the drawing; names are case-insensitive, repeats
        // and spaces are fine, and `all` is every file.
        let html = try CLIRunner.run(["report", Self.fixture, "-o", "html", "--formats", "HTML, html"], in: directory)
        #expect(html.status == 0, "\(html.stderr)")
        let alone = try Self.contents(of: directory.appendingPathComponent("html"))
        #expect(alone.keys.sorted() == ["report.html"])
        #expect(try Self.withoutTime(alone["report.html"]) == (try Self.withoutTime(all["report.html"])))
        let every = try CLIRunner.run(["report", Self.fixture, "-o", "every", "--formats", "all"], in: directory)
        #expect(every.status == 0)
        #expect(try Self.contents(of: directory.appendingPathComponent("every")).keys.sorted() == Self.files)

        // Files without the drawing, or without the analysis.
        for (formats, names) in [
            ("csv,md", ["edges.csv", "nodes.csv", "summary.md"]), ("dot", ["graph.dot"]),
            ("json,graphml", ["graph.graphml", "graph.json"]), ("png", ["graph.png"]),
        ] {
            let result = try CLIRunner.run(["report", Self.fixture, "-o", formats, "--formats", formats], in: directory)
            #expect(result.status == 0, "\(formats): \(result.stderr)")
            let written = try Self.contents(of: directory.appendingPathComponent(formats))
            #expect(written.keys.sorted() == names)
            for name in names where name != "summary.md" { #expect(written[name] == all[name], "\(name)") }
            if let summary = written["summary.md"] {
                #expect(try Self.withoutTime(summary) == (try Self.withoutTime(all["summary.md"])))
            }
        }
    }

    @Test func formatsLeavesTheOtherFilesAndStaysAllOrNothing() throws {
        let directory = try CLIRunner.temporaryDirectory()
        #expect(try CLIRunner.run(["report", Self.fixture, "-o", "out"], in: directory).status == 0)
        let output = directory.appendingPathComponent("out")
        let before = try Self.contents(of: output)

        // Another graph, drawing and page only: the other seven files stay as they were.
        let other = try TestGraphs.diplomacy(countries: 3, personsPerCountry: 2, in: directory)
        let result = try CLIRunner.run(["report", other.path, "-o", "out", "--formats", "svg,html"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        var after = try Self.contents(of: output)
        #expect(after.keys.sorted() == Self.files)
        #expect(after["graph.svg"] != before["graph.svg"])
        #expect(try Self.withoutTime(after["report.html"]).contains("\"country/c2\""))
        for name in Self.files where name != "graph.svg" && name != "report.html" {
            #expect(after[name] == before[name], "\(name)")
        }

        // The page cannot be replaced (it is now a folder): the drawing is put back.
        after["report.html"] = nil
        try FileManager.default.removeItem(at: output.appendingPathComponent("report.html"))
        try FileManager.default.createDirectory(
            at: output.appendingPathComponent("report.html"), withIntermediateDirectories: false)
        let blocked = try CLIRunner.run(
            ["report", Self.fixture, "-o", "out", "--formats", "svg,html"], in: directory)
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains("report.html: cannot write"))
        var blockedAfter = try Self.contents(of: output)
        #expect(blockedAfter.removeValue(forKey: "report.html") == .some(nil))  // still the folder
        #expect(blockedAfter == after)  // byte-identical, and no temporary or backup file
    }

    @Test func badOptionsAreUsageErrorsAndWriteNothing() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let cases: [([String], String)] = [
            (["--size-by", "fame"], "unknown measure 'fame' for --size-by"),
            (["--cluster-by", "party"], "unknown clustering 'party'"),
            (["--layout", "spring"], "unknown layout engine 'spring'"),
            (["--top", "0"], "--top must be at least 1"),
            (["--top-by", "fame"], "unknown measure 'fame' for --top-by"),
            (["--only", "persn"], "unknown kind 'persn' for --only"),
            (["--formats", "svg,gif"], "unknown format 'gif' for --formats (valid: json, dot, graphml, csv, svg, png, html, md, all)"),
            (["--formats", " , "], "--formats needs at least one format"),
        ]
        for (options, message) in cases {
            let result = try CLIRunner.run(["report", Self.fixture, "-o", "out"] + options, in: directory)
            #expect(result.status == 2, "\(options): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
        let missing = try CLIRunner.run(["report", "missing.json", "-o", "out"], in: directory)
        #expect(missing.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}
