import GraphModel
import Testing

@Suite struct GraphTests {
    static func sample() throws -> Graph {
        var graph = Graph()
        graph.add(Entity(kind: .country, name: "Armenia"))
        graph.add(Entity(kind: .country, name: "Azerbaijan"))
        graph.add(Entity(kind: .person, name: "Ilham Aliyev"))
        try graph.add(Relation(kind: .meeting, source: "country/azerbaijan", target: "country/armenia"))
        try graph.add(Relation(kind: .affiliation, source: "person/ilham-aliyev", target: "country/azerbaijan"))
        return graph
    }

    @Test func undirectedRelationsStoreTheirEndsInIDOrder() throws {
        let graph = try Self.sample()
        let meeting = try #require(graph.relations.first { $0.kind == .meeting })
        #expect(meeting.source == "country/armenia" && meeting.target == "country/azerbaijan")
        #expect(!meeting.isDirected)
    }

    @Test func addingADuplicateRelationAddsWeightAndEvidence() throws {
        var graph = try Self.sample()
        let evidence = Evidence(document: "a.txt", sentence: "They met.", start: 0, end: 9)
        try graph.add(Relation(kind: .meeting, source: "country/armenia", target: "country/azerbaijan", weight: 2, evidence: [evidence]))
        #expect(graph.relationCount == 2)
        let meeting = try #require(graph.relations.first { $0.kind == .meeting })
        #expect(meeting.weight == 3)
        #expect(meeting.evidence == [evidence])
    }

    @Test func relationToAnUnknownEntityThrows() throws {
        var graph = try Self.sample()
        #expect(throws: GraphModelError.unknownEntity("person/nobody", relation: .statement)) {
            try graph.add(Relation(kind: .statement, source: "person/nobody", target: "country/armenia"))
        }
    }

    @Test func neighborsAndFilters() throws {
        let graph = try Self.sample()
        #expect(graph.neighbors(of: "country/azerbaijan") == ["country/armenia", "person/ilham-aliyev"])
        let countries = graph.filteringEntities { $0.kind == .country }
        #expect(countries.entityCount == 2 && countries.relationCount == 1)
        let noMeetings = graph.filteringRelations { $0.kind != .meeting }
        #expect(noMeetings.entityCount == 3 && noMeetings.relationCount == 1)
    }

    @Test func removingAnEntityRemovesItsRelations() throws {
        var graph = try Self.sample()
        #expect(graph.removeEntity("country/azerbaijan") != nil)
        #expect(graph.relationCount == 0)
        #expect(graph.entityCount == 2)
    }
}

/// A graph built from sorted lists answers as the same graph held in tables.
@Suite struct SortedGraphTests {
    static func pair() throws -> (sorted: Graph, tables: Graph) {
        let tables = try GraphTests.sample()
        return (Graph(sortedEntities: tables.entities, sortedRelations: tables.relations), tables)
    }

    @Test func readsAsTheTables() throws {
        let (sorted, tables) = try Self.pair()
        #expect(sorted == tables && tables == sorted)
        #expect(sorted.hashValue == tables.hashValue)
        #expect(sorted.entities == tables.entities && sorted.relations == tables.relations)
        #expect(sorted.entityCount == 3 && sorted.relationCount == 2 && !sorted.isEmpty)
        for entity in tables.entities {
            #expect(sorted[entity.id] == entity)
            #expect(sorted.contains(entity.id))
            #expect(sorted.neighbors(of: entity.id) == tables.neighbors(of: entity.id))
            #expect(sorted.relations(touching: entity.id) == tables.relations(touching: entity.id))
        }
        for relation in tables.relations { #expect(sorted[relation.key] == relation) }
        #expect(sorted["country/nowhere"] == nil && !sorted.contains("country/nowhere"))
        #expect(sorted.filteringEntities { $0.kind == .country } == tables.filteringEntities { $0.kind == .country })
        #expect(sorted.filteringRelations { $0.kind != .meeting } == tables.filteringRelations { $0.kind != .meeting })
    }

    @Test func mutationsMatchTheTables() throws {
        var (sorted, tables) = try Self.pair()
        let evidence = Evidence(document: "a.txt", sentence: "They met.", start: 0, end: 9)
        let meeting = Relation(kind: .meeting, source: "country/armenia", target: "country/azerbaijan", evidence: [evidence])
        try sorted.add(meeting)
        try tables.add(meeting)
        #expect(sorted == tables)
        sorted.add(Entity(kind: .country, name: "Georgia"))
        tables.add(Entity(kind: .country, name: "Georgia"))
        #expect(sorted == tables && sorted.entities == tables.entities)
        var (removing, fromTables) = try Self.pair()
        #expect(removing.removeEntity("country/azerbaijan") == fromTables.removeEntity("country/azerbaijan"))
        #expect(removing == fromTables)
        var merged = Graph()
        merged.merge(try Self.pair().sorted)
        #expect(merged == (try Self.pair().tables))
    }

    @Test func relationOrderIsTheKeyOrder() throws {
        let relations = try GraphTests.sample().relations
        for a in relations {
            for b in relations { #expect(Graph.precedes(a, b) == (a.key < b.key)) }
        }
    }
}
