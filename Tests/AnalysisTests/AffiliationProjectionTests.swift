import GraphModel
import Testing

@testable import Analysis

@Suite struct AffiliationProjectionTests {
    @Test func officialsMeetingsBecomeCountryMeetings() throws {
        var graph = Graph()
        graph.add(Entity(kind: .country, name: "Azerbaijan"))
        graph.add(Entity(kind: .country, name: "Hungary"))
        graph.add(Entity(kind: .country, name: "Chad"))
        graph.add(Entity(kind: .person, name: "Zakir Hasanov", attributes: ["affiliation": "Azerbaijan"]))
        graph.add(Entity(kind: .person, name: "Péter Szijjártó"))
        let zakir = EntityID(kind: .person, name: "Zakir Hasanov")
        let peter = EntityID(kind: .person, name: "Péter Szijjártó")
        try graph.add(Relation(kind: .affiliation, source: peter, target: "country/hungary"))
        let evidence = Evidence(document: "a", sentence: "They met.", start: 0, end: 9)
        try graph.add(Relation(kind: .meeting, source: zakir, target: peter, weight: 2, evidence: [evidence]))
        try graph.add(Relation(kind: .meeting, source: peter, target: "country/chad"))
        let projected = graph.projectingPersons()
        #expect(projected.entities.map(\.id) == ["country/azerbaijan", "country/chad", "country/hungary"])
        let relations = projected.relations
        #expect(relations.count == 2)
        let meeting = try #require(relations.first { $0.source == "country/azerbaijan" })
        #expect(meeting.target == "country/hungary")
        #expect(meeting.weight == 2)
        #expect(meeting.evidence == [evidence])
        #expect(relations.allSatisfy { $0.kind == .meeting })
    }
}
