@testable import CorpusStore
import Foundation
import GraphModel
import Testing

/// The folded-name index behind `CorpusStore.entities(named:)`.
@Suite struct EntityNameIndexTests {
    private let bayramov = EntityID(kind: .person, name: "Jeyhun Bayramov")
    private let joly = EntityID(kind: .person, name: "Mélanie Joly")

    @Test func namesMatchAsEntityLookupMatchesThem() throws {
        let (store, _) = try temporaryStore()
        let graph = try articleGraph("a.txt", "Jeyhun Bayramov", "Azerbaijan", "Mélanie Joly", "Canada")
        try store.ingest(document: "a.txt", hash: "1", graph: graph, extractorVersion: "v1")
        let lookup = EntityLookup(graph)
        for name in [
            "Bayramov", "bayramov", "JEYHUN   BAYRAMOV", "person/jeyhun-bayramov", "melanie joly", "Mélanie Joly",
            "country/canada", "canada", "Canadaa", "Joly", "Latvia",
        ] {
            let found = try store.entities(named: name).map(\.id)
            switch lookup.match(name) {
            case .found(let id): #expect(found == [id], "\(name)")
            case .ambiguous(let ids): #expect(found == ids, "\(name)")
            case .notFound: #expect(found.isEmpty, "\(name)")
            }
        }
    }

    @Test func aSharedAliasGivesEveryEntityThatHasIt() throws {
        let (store, _) = try temporaryStore()
        let first = try articleGraph("a.txt", "Ilham Aliyev", "Azerbaijan", "Mélanie Joly", "Canada")
        let second = try articleGraph("b.txt", "Mikayil Aliyev", "Azerbaijan", "Baiba Braže", "Latvia")
        try store.ingest(document: "a.txt", hash: "1", graph: first, extractorVersion: "v1")
        try store.ingest(document: "b.txt", hash: "2", graph: second, extractorVersion: "v1")
        #expect(
            try store.entities(named: "ALIYEV").map(\.id)
                == [EntityID(kind: .person, name: "Ilham Aliyev"), EntityID(kind: .person, name: "Mikayil Aliyev")])
    }

    @Test func aliasesAddedLaterAndEntitiesRemovedAreFollowed() throws {
        let (store, _) = try temporaryStore()
        let first = try articleGraph("a.txt", "Jeyhun Bayramov", "Azerbaijan", "Mélanie Joly", "Canada")
        try store.ingest(document: "a.txt", hash: "1", graph: first, extractorVersion: "v1")
        #expect(try store.entities(named: "Joly").isEmpty)
        // A second article calls Joly by her surname.
        var second = try articleGraph("b.txt", "Mélanie Joly", "Canada", "Annalena Baerbock", "Germany")
        #expect(second[joly]?.aliases == ["Joly"])
        try store.ingest(document: "b.txt", hash: "2", graph: second, extractorVersion: "v1")
        #expect(try store.entities(named: "joly").map(\.id) == [joly])
        // b.txt changes: Baerbock is gone from the store, and so are her names.
        second = try articleGraph("b.txt", "Mélanie Joly", "Canada", "Hakan Fidan", "Turkey")
        try store.ingest(document: "b.txt", hash: "3", graph: second, extractorVersion: "v1")
        #expect(try store.entities(named: "Annalena Baerbock").isEmpty)
        #expect(try store.entities(named: "baerbock").isEmpty)
        #expect(try store.entities(named: "HAKAN FIDAN").map(\.name) == ["Hakan Fidan"])
    }

    @Test func aStoreWrittenWithoutTheIndexGetsItWhenOpenedForWriting() throws {
        let (store, url) = try temporaryStore()
        let graph = try articleGraph("a.txt", "Jeyhun Bayramov", "Azerbaijan", "Mélanie Joly", "Canada")
        try store.ingest(document: "a.txt", hash: "1", graph: graph, extractorVersion: "v1")
        try store.commit()
        try store.database.execute("DROP TABLE entity_names")
        // Read-only, the store has no index to use: the look-up scans the entities.
        let reader = try CorpusStore(path: url.path, readOnly: true)
        #expect(try reader.entities(named: "bayramov").map(\.id) == [bayramov])
        // Opened for writing, it is indexed again.
        let writer = try CorpusStore(path: url.path)
        #expect(try writer.hasNameIndex())
        #expect(try writer.entities(named: "MELANIE JOLY").map(\.id) == [joly])
        #expect(try writer.entities(named: "bayramov").map(\.id) == [bayramov])
    }

    @Test func entitiesResemblingANameGiveEntityLookupsSuggestions() throws {
        let (store, _) = try temporaryStore()
        let first = try articleGraph("a.txt", "Jeyhun Bayramov", "Azerbaijan", "Mélanie Joly", "Canada")
        let second = try articleGraph("b.txt", "Baiba Braže", "Latvia", "Annalena Baerbock", "Germany")
        try store.ingest(document: "a.txt", hash: "1", graph: first, extractorVersion: "v1")
        try store.ingest(document: "b.txt", hash: "2", graph: second, extractorVersion: "v1")
        let whole = EntityLookup(try store.graph())
        for name in ["Bayramof", "Latvai", "joly", "Braze Baiba", "Ge", "zzzzzzzz", "Canad"] {
            var subset = Graph()
            for entity in try store.entities(resembling: name) { subset.add(entity) }
            #expect(EntityLookup(subset).match(name) == whole.match(name), "\(name)")
        }
        #expect(try store.entities(resembling: "Latvai").map(\.name) == ["Latvia"])
        #expect(try store.entities(resembling: "zzzzzzzz").isEmpty)
    }
}
