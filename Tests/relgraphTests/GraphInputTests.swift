import Foundation
import Testing

/// Every command that takes a graph also takes articles and corpus stores.
@Suite struct GraphInputTests {
    @Test func articlesAreExtractedWhereAGraphIsExpected() throws {
        let folder = try StoreFixtures.folder()
        let output = folder.appendingPathComponent("graph.json").path
        let result = try CLIRunner.run(["convert", folder.appendingPathComponent("articles").path, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("\"person/jeyhun-bayramov\""))
        #expect(text.contains("\"country/latvia\""))
    }

    @Test func aSingleArticleIsAGraphToo() throws {
        let folder = try StoreFixtures.folder()
        let article = folder.appendingPathComponent("articles/riga.txt").path
        let result = try CLIRunner.run(["analyze", article, "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("Baiba Braže"))
    }

    @Test func aCorpusStoreIsReadAsItsMergedGraph() throws {
        let folder = try StoreFixtures.folder()
        let store = folder.appendingPathComponent("corpus.sqlite").path
        let ingest = try CLIRunner.run(["ingest", folder.appendingPathComponent("articles").path, "--store", store, "--quiet"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let output = folder.appendingPathComponent("from-store.json").path
        let result = try CLIRunner.run(["convert", store, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("\"person/baiba-braze\""))
        #expect(text.contains("\"evidence\""))
    }

    @Test func aMissingStoreIsAnInputError() throws {
        let result = try CLIRunner.run(["convert", "/nonexistent/corpus.sqlite", "-o", "-"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("corpus.sqlite"))
    }
}

/// `relgraph analyze --store` and its time slices.
@Suite struct AnalyzeStoreTests {
    private func store() throws -> String {
        let folder = try StoreFixtures.folder()
        let store = folder.appendingPathComponent("corpus.sqlite").path
        let lines = folder.appendingPathComponent("articles.jsonl")
        try StoreFixtures.jsonLines().write(to: lines)
        let ingest = try CLIRunner.run(["ingest", lines.path, "--store", store, "--quiet"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return store
    }

    @Test func analyzesTheStoresGraph() throws {
        let result = try CLIRunner.run(["analyze", "--store", try store(), "--format", "csv", "--measure", "degree"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.hasPrefix("id,name,kind,degree\n"))
        #expect(result.stdoutText.contains("Baiba Braže"))
    }

    @Test func printsEachMonthsMeasuresAsCSV() throws {
        let result = try CLIRunner.run(["analyze", "--store", try store(), "--every", "month", "--measure", "pagerank"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdoutText.split(separator: "\n")
        #expect(lines.first == "period,start,end,measure,entity,name,value")
        #expect(lines.contains { $0.hasPrefix("2024-06,") && $0.contains(",pagerank,person/jeyhun-bayramov,") })
        #expect(lines.contains { $0.hasPrefix("2024-07,") && $0.contains(",pagerank,person/baiba-braze,") })
    }

    @Test func refusesAGraphAndAStoreTogetherAndEveryWithoutAStore() throws {
        #expect(try CLIRunner.run(["analyze", "g.json", "--store", "c.sqlite"]).status == 2)
        #expect(try CLIRunner.run(["analyze", "g.json", "--every", "month"]).status == 2)
    }
}
