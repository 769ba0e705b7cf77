import CorpusStore
import Foundation
import GraphModel
import Testing

@Suite struct PreparedDocumentTests {
    @Test func rowsFollowTheGraphWithDaysAndJSONResolved() throws {
        let graph = try articleGraph(
            "a.txt", "Jeyhun Bayramov", "Azerbaijan", "Mélanie Joly", "Canada", meetingDate: "June 17",
            extraMention: true)
        let document = PreparedDocument(
            document: "a.txt", hash: "h", source: "Meridian Wire", date: "2024-06-18T09:30:00Z", graph: graph,
            extractorVersion: "v1")
        #expect(document.name == "a.txt")
        #expect(document.day == "2024-06-18")
        #expect(document.entities == graph.entities)
        #expect(document.relations.count == graph.relations.count)
        for (row, relation) in zip(document.relations, graph.relations) {
            #expect(row.kind == relation.kind.rawValue)
            #expect(document.entities[row.source].id == relation.source)
            #expect(document.entities[row.target].id == relation.target)
            #expect(row.isDirected == relation.isDirected)
            #expect(row.weight == relation.weight)
            #expect(row.weightText == "\(relation.weight)")
            #expect(row.attributes == relation.attributes)
            #expect(row.evidence.map(\.sentence) == relation.evidence.map(\.sentence))
            #expect(row.evidence.map(\.start) == relation.evidence.map(\.start))
            #expect(row.evidence.map(\.date) == relation.evidence.map(\.date))
        }
        let meeting = try #require(document.relations.first { $0.kind == "meeting" })
        #expect(meeting.attributesJSON == #"{"date":"June 17"}"#)
        // "June 17" in an article of June 18 is the day before; undated evidence takes the article's day.
        #expect(meeting.evidence.map(\.day) == ["2024-06-17"])
        let statement = try #require(document.relations.first { $0.kind == "statement" })
        #expect(statement.weightText == "2.0")
        #expect(statement.attributesJSON == "{}")
        #expect(statement.evidence.map(\.day) == ["2024-06-18", "2024-06-18"])
    }

    @Test func anUndatedDocumentHasNoDays() throws {
        let graph = try articleGraph("a.txt", "Jeyhun Bayramov", "Azerbaijan", "Mélanie Joly", "Canada")
        let document = PreparedDocument(document: "a.txt", hash: "h", graph: graph, extractorVersion: "v1")
        #expect(document.day == nil)
        #expect(document.relations.allSatisfy { $0.evidence.allSatisfy { $0.day == nil } })
    }

    @Test func aDocumentWithADateThatIsNotISOIsRefusedAndNothingWritten() throws {
        let (store, _) = try temporaryStore()
        let graph = try articleGraph("a.txt", "Jeyhun Bayramov", "Azerbaijan", "Mélanie Joly", "Canada")
        let document = PreparedDocument(
            document: "a.txt", hash: "h", date: "20 June", graph: graph, extractorVersion: "v1")
        #expect(throws: CorpusStoreError.invalidDate("20 June")) { try store.ingest(document) }
        #expect(try store.isEmpty())
        #expect(try store.graph().entities.isEmpty)
    }

    @Test func preparedAndGraphIngestsWriteTheSameStore() throws {
        let (byGraph, _) = try temporaryStore(batchSize: 2)
        let (byPrepared, _) = try temporaryStore(batchSize: 2)
        let documents = [
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
            // A changed a.txt replaces the first.
            (
                "a.txt", "3", "2024-06-19",
                try articleGraph("a.txt", "Ararat Mirzoyan", "Armenia", "Mélanie Joly", "Canada")
            ),
        ]
        for (name, hash, date, graph) in documents {
            let one = try byGraph.ingest(
                document: name, hash: hash, source: "Wire", date: date, graph: graph, extractorVersion: "v1")
            let two = try byPrepared.ingest(
                PreparedDocument(
                    document: name, hash: hash, source: "Wire", date: date, graph: graph, extractorVersion: "v1"))
            #expect(one == two)
        }
        try byGraph.commit()
        try byPrepared.commit()
        #expect(try byGraph.graph(includingEvidence: true) == byPrepared.graph(includingEvidence: true))
        #expect(try byGraph.statistics() == byPrepared.statistics())
    }
}
