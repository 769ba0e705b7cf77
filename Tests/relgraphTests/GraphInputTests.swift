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
