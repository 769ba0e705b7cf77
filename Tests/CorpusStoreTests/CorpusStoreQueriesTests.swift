import CorpusStore
import Foundation
import GraphModel
import Testing

/// The filtered graph of a store and the evidence look-ups, beyond `CorpusStoreTests`.
@Suite struct CorpusStoreQueriesTests {
    /// A June meeting of Bayramov and Joly, a July meeting of Joly and Baerbock, and a
    /// July article naming only Peru (an entity without relations).
    private func store() throws -> CorpusStore {
        let (store, _) = try temporaryStore()
        let june = try articleGraph(
            "a.txt", "Jeyhun Bayramov", "Azerbaijan", "Mélanie Joly", "Canada", meetingDate: "June 17")
        let july = try articleGraph("b.txt", "Mélanie Joly", "Canada", "Annalena Baerbock", "Germany")
        var peru = Graph()
        peru.add(Entity(kind: .country, name: "Peru"))
        try store.ingest(
            document: "a.txt", hash: "1", source: "AzerTac", date: "2024-06-20", graph: june, extractorVersion: "v1")
        try store.ingest(
            document: "b.txt", hash: "2", source: "Reuters", date: "2024-07-02", graph: july, extractorVersion: "v1")
        try store.ingest(
            document: "c.txt", hash: "3", source: "Reuters", date: "2024-07-05", graph: peru, extractorVersion: "v1")
        return store
    }

    @Test func aPeriodsGraphKeepsItsEvidenceAndTheEntitiesItTouches() throws {
        let store = try store()
        let june = try store.graph(since: "2024-06", until: "2024-06", includingEvidence: true)
        let ids = Set(june.entities.map(\.id))
        #expect(ids.contains(EntityID(kind: .person, name: "Jeyhun Bayramov")))
        // Baerbock and Germany appear only in July: the filter isolated them, so they go.
        #expect(!ids.contains(EntityID(kind: .person, name: "Annalena Baerbock")))
        #expect(!ids.contains(EntityID(kind: .country, name: "Germany")))
        // Peru never had a relation: the filter did not isolate it, so it stays.
        #expect(ids.contains(EntityID(kind: .country, name: "Peru")))
        #expect(june.relations.flatMap(\.evidence).allSatisfy { $0.document == "a.txt" })
        #expect(june.relations.allSatisfy { !$0.evidence.isEmpty })
        // Joly's relations of July are gone with their evidence; she keeps the June ones.
        let joly = EntityID(kind: .person, name: "Mélanie Joly")
        #expect(june.relations(touching: joly).allSatisfy { $0.evidence.allSatisfy { $0.document == "a.txt" } })
        #expect(!june.relations(touching: joly).isEmpty)
        // The unfiltered graph is every entity.
        #expect(try store.graph().entityCount == 7)
    }

    @Test func evidenceOfAnUnknownEntityIsEmpty() throws {
        let store = try store()
        let nobody = EntityID(kind: .person, name: "Nobody")
        #expect(try store.evidence(of: nobody).isEmpty)
        #expect(try store.evidence(between: nobody, and: EntityID(kind: .country, name: "Canada")).isEmpty)
        #expect(try store.evidence(of: EntityID(kind: .country, name: "Peru")).isEmpty)
        #expect(throws: CorpusStoreError.invalidDate("June")) {
            try store.evidence(of: nobody, since: "June")
        }
        let joly = EntityID(kind: .person, name: "Mélanie Joly")
        let bayramov = EntityID(kind: .person, name: "Jeyhun Bayramov")
        #expect(try store.evidence(between: joly, and: bayramov, source: "Reuters").isEmpty)
        #expect(try store.evidence(between: bayramov, and: joly, source: "AzerTac").count == 1)
    }
}
