import Foundation
import GraphModel
import Testing

@testable import CorpusStore

/// The names of the store's indexes, in the order its schema lists them.
func indexNames(_ store: CorpusStore) throws -> [String] {
    let statement = try store.database.statement(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid")
    var names: [String] = []
    while try statement.step() { names.append(statement.text(0) ?? "") }
    statement.reset()
    return names
}

@Suite struct CorpusStoreBulkLoadTests {
    /// Documents for the loads, with a changed version of a.txt that replaces the first.
    static func documents() throws -> [(name: String, hash: String, date: String, graph: Graph)] {
        [
            (
                "a.txt", "1", "2024-06-18",
                try articleGraph(
                    "a.txt", "Jeyhun Bayramov", "Azerbaijan", "Mélanie Joly", "Canada", meetingDate: "June 17")
            ),
            (
                "b.txt", "2", "2024-07-02",
                try articleGraph(
                    "b.txt", "Mélanie Joly", "Canada", "Jeyhun Bayramov", "Azerbaijan", extraMention: true)
            ),
            (
                "c.txt", "3", "2024-07-09",
                try articleGraph("c.txt", "Ararat Mirzoyan", "Armenia", "Mélanie Joly", "Canada")
            ),
            (
                "a.txt", "4", "2024-06-19",
                try articleGraph("a.txt", "Annalena Baerbock", "Germany", "Mélanie Joly", "Canada")
            ),
            (
                "d.txt", "5", "2024-08-01",
                try articleGraph("d.txt", "Jeyhun Bayramov", "Azerbaijan", "Ararat Mirzoyan", "Armenia")
            ),
        ]
    }

    static func ingest(_ documents: [(name: String, hash: String, date: String, graph: Graph)], into store: CorpusStore)
        throws
    {
        for document in documents {
            try store.ingest(
                document: document.name, hash: document.hash, source: "Wire", date: document.date,
                graph: document.graph, extractorVersion: "v1")
        }
    }

    /// What the queries answer, for comparing two stores.
    struct Answers: Equatable {
        var graph: Graph
        var july: Graph
        var evidenceOfJoly: [EvidenceRecord]
        var evidenceOfPair: [EvidenceRecord]
        var statistics: CorpusStatistics
        var documentA: [String]

        init(_ store: CorpusStore) throws {
            let joly = EntityID(kind: .person, name: "Mélanie Joly")
            let bayramov = EntityID(kind: .person, name: "Jeyhun Bayramov")
            graph = try store.graph(includingEvidence: true)
            july = try store.graph(since: "2024-07-01", until: "2024-07-31", source: "Wire")
            evidenceOfJoly = try store.evidence(of: joly)
            evidenceOfPair = try store.evidence(between: joly, and: bayramov, since: "2024-06")
            statistics = try store.statistics()
            documentA = try store.document(named: "a.txt").map { [$0.hash, $0.date ?? "", $0.source ?? ""] } ?? []
        }
    }

    /// Expects `store` to answer every query as `expected` does.
    static func expectSameAnswers(
        _ store: CorpusStore, _ expected: CorpusStore, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let answers = try Answers(store)
        let expectedAnswers = try Answers(expected)
        #expect(!expectedAnswers.evidenceOfJoly.isEmpty, sourceLocation: sourceLocation)
        #expect(answers == expectedAnswers, sourceLocation: sourceLocation)
    }

    @Test func aBulkLoadWritesWhatRowByRowIngestsWriteAndBuildsTheIndexes() throws {
        let documents = try Self.documents()
        let (plain, _) = try temporaryStore(batchSize: 2)
        try Self.ingest(documents, into: plain)
        try plain.commit()

        let (bulk, _) = try temporaryStore(batchSize: 2)
        #expect(try bulk.beginBulkLoad())
        #expect(bulk.isBulkLoading)
        #expect(try !indexNames(bulk).contains("evidence_by_relation"))
        try Self.ingest(Array(documents.prefix(3)), into: bulk)
        #expect(bulk.isBulkLoading)
        // Replacing a document takes its evidence out by relation: the indexes come back first.
        try Self.ingest(Array(documents.dropFirst(3)), into: bulk)
        #expect(!bulk.isBulkLoading)
        try bulk.finishBulkLoad()

        try Self.expectSameAnswers(bulk, plain)
        #expect(try indexNames(bulk) == indexNames(plain))
    }

    @Test func aBulkLoadWithoutReplacementsBuildsTheIndexesAtItsEnd() throws {
        let documents = Array(try Self.documents().prefix(3))
        let (plain, _) = try temporaryStore()
        try Self.ingest(documents, into: plain)
        let (bulk, _) = try temporaryStore(batchSize: 2)
        try bulk.beginBulkLoad()
        try Self.ingest(documents, into: bulk)
        #expect(try !indexNames(bulk).contains("evidence_by_day"))
        try bulk.finishBulkLoad()
        #expect(!bulk.isBulkLoading)
        #expect(try indexNames(bulk) == indexNames(plain))
        try Self.expectSameAnswers(bulk, plain)
        // Finishing twice does nothing.
        try bulk.finishBulkLoad()
    }

    @Test func onlyAnEmptyStoreIsBulkLoaded() throws {
        let (store, _) = try temporaryStore()
        try Self.ingest(Array(try Self.documents().prefix(1)), into: store)
        let before = try indexNames(store)
        #expect(try !store.beginBulkLoad())
        #expect(!store.isBulkLoading)
        #expect(try indexNames(store) == before)
    }

    @Test func anInterruptedBulkLoadIsReadableAndRepairedByTheNextWriter() throws {
        let documents = Array(try Self.documents().prefix(3))
        let (plain, _) = try temporaryStore()
        try Self.ingest(documents, into: plain)

        let (bulk, url) = try temporaryStore(batchSize: 2)
        try bulk.beginBulkLoad()
        try Self.ingest(documents, into: bulk)
        try bulk.commit()
        // As after a kill: the documents are committed, the indexes not built.
        let reader = try CorpusStore(path: url.path, readOnly: true)
        #expect(try !indexNames(reader).contains("evidence_by_relation"))
        try Self.expectSameAnswers(reader, plain)

        let next = try CorpusStore(path: url.path)
        #expect(try indexNames(next) == indexNames(plain))
        try Self.expectSameAnswers(next, plain)
        withExtendedLifetime(bulk) {}
    }
}
