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
