import CorpusStore
import Foundation
import GraphModel
import TemporaryFolders
import Testing

/// Builds the graph of a small article: a meeting of two ministers, their affiliations,
/// and a statement, each with evidence in `document`.
func articleGraph(
    _ document: String, _ first: String, _ firstCountry: String, _ second: String, _ secondCountry: String,
    meetingDate: String? = nil, extraMention: Bool = false
) throws -> Graph {
    var graph = Graph()
    let a = Entity(
        kind: .person, name: first, aliases: [String(first.split(separator: " ").last!)],
        attributes: ["role": "Foreign Minister", "affiliation": firstCountry])
    let b = Entity(kind: .person, name: second, attributes: ["affiliation": secondCountry])
    let ca = Entity(kind: .country, name: firstCountry)
    let cb = Entity(kind: .country, name: secondCountry)
    for entity in [a, b, ca, cb] { graph.add(entity) }
    let meeting = "\(first) met \(second) in the capital."
    try graph.add(
        Relation(
            kind: .meeting, source: a.id, target: b.id, attributes: meetingDate.map { ["date": $0] } ?? [:],
            evidence: [
                Evidence(
                    document: document, sentence: meeting, start: 0, end: meeting.unicodeScalars.count,
                    date: meetingDate)
            ]))
    try graph.add(
        Relation(
            kind: .affiliation, source: a.id, target: ca.id,
            evidence: [Evidence(document: document, sentence: meeting, start: 0, end: meeting.unicodeScalars.count)]))
    try graph.add(
        Relation(
            kind: .affiliation, source: b.id, target: cb.id,
            evidence: [Evidence(document: document, sentence: meeting, start: 0, end: meeting.unicodeScalars.count)]))
    let said = "\(first) said \(secondCountry) was a partner."
    var statement = Relation(
        kind: .statement, source: a.id, target: cb.id,
        evidence: [Evidence(document: document, sentence: said, start: 40, end: 40 + said.unicodeScalars.count)])
    if extraMention {
        statement.weight = 2
        statement.evidence.append(
            Evidence(document: document, sentence: said, start: 90, end: 90 + said.unicodeScalars.count))
    }
    try graph.add(statement)
    return graph
}

/// A new store in a fresh temporary folder.
func temporaryStore(batchSize: Int = 1000) throws -> (CorpusStore, URL) {
    let folder = try TemporaryFolders.make("corpus-store")
    let url = folder.appendingPathComponent("corpus.sqlite")
    let store = try CorpusStore(path: url.path)
    store.batchSize = batchSize
    return (store, url)
}

@Suite struct CorpusStoreTests {
    @Test func theStoredGraphIsTheMergeOfTheDocumentsGraphs() throws {
        let (store, _) = try temporaryStore()
        let one = try articleGraph(
            "a.txt", "Jeyhun Bayramov", "Azerbaijan", "Mélanie Joly", "Canada", meetingDate: "June 17")
        let two = try articleGraph(
            "b.txt", "Mélanie Joly", "Canada", "Jeyhun Bayramov", "Azerbaijan", extraMention: true)
        #expect(
            try store.ingest(document: "a.txt", hash: "1", date: "2024-06-18", graph: one, extractorVersion: "v1")
                == .added)
        #expect(
            try store.ingest(document: "b.txt", hash: "2", date: "2024-07-02", graph: two, extractorVersion: "v1")
                == .added)
        let expected = Graph.merged([one, two])
        #expect(try store.graph(includingEvidence: true) == expected)
        let withoutEvidence = try store.graph()
        #expect(withoutEvidence.entities == expected.entities)
        #expect(withoutEvidence.relations.map(\.weight) == expected.relations.map(\.weight))
        #expect(withoutEvidence.relations.allSatisfy { $0.evidence.isEmpty })
    }

    @Test func anUnchangedDocumentIsSkippedAndAChangedOneReplaced() throws {
        let (store, _) = try temporaryStore()
        let one = try articleGraph("a.txt", "Jeyhun Bayramov", "Azerbaijan", "Mélanie Joly", "Canada")
        let other = try articleGraph("b.txt", "Annalena Baerbock", "Germany", "Mélanie Joly", "Canada")
        try store.ingest(document: "a.txt", hash: "h1", graph: one, extractorVersion: "v1")
        try store.ingest(document: "b.txt", hash: "h2", graph: other, extractorVersion: "v1")
        #expect(try !store.needsIngest(document: "a.txt", hash: "h1", extractorVersion: "v1"))
        #expect(try store.needsIngest(document: "a.txt", hash: "h1b", extractorVersion: "v1"))
        #expect(try store.needsIngest(document: "a.txt", hash: "h1", extractorVersion: "v2"))
        #expect(try store.needsIngest(document: "c.txt", hash: "h1", extractorVersion: "v1"))
        #expect(try store.ingest(document: "a.txt", hash: "h1", graph: one, extractorVersion: "v1") == .unchanged)

        // The new version of a.txt names another pair: the old pair's rows must go.
        let changed = try articleGraph(
            "a.txt", "Ararat Mirzoyan", "Armenia", "Mélanie Joly", "Canada", extraMention: true)
        #expect(try store.ingest(document: "a.txt", hash: "h1b", graph: changed, extractorVersion: "v1") == .replaced)
        let graph = try store.graph(includingEvidence: true)
        #expect(graph == Graph.merged([changed, other]))
        #expect(!graph.contains(EntityID(kind: .person, name: "Jeyhun Bayramov")))
        #expect(try store.statistics().documents == 2)
        #expect(try store.document(named: "a.txt")?.hash == "h1b")

        // A new extractor version re-reads an unchanged text.
        #expect(try store.ingest(document: "a.txt", hash: "h1b", graph: changed, extractorVersion: "v2") == .replaced)
        #expect(try store.graph(includingEvidence: true) == Graph.merged([changed, other]))
        #expect(try store.document(named: "a.txt")?.extractorVersion == "v2")
    }

    @Test func relationsAddedAgainAfterAnotherWriterRemovedThemAreStored() throws {
        // The writer remembers relation rows between documents; a row another writer
        // deleted since must be stored again, not updated in vain.
        let (first, url) = try temporaryStore()
        #expect(try first.isEmpty())
        let one = try articleGraph("a.txt", "Jeyhun Bayramov", "Azerbaijan", "Mélanie Joly", "Canada")
        try first.ingest(document: "a.txt", hash: "1", graph: one, extractorVersion: "v1")
        try first.commit()
        #expect(try !first.isEmpty())

        let second = try CorpusStore(path: url.path)
        let changed = try articleGraph("a.txt", "Ararat Mirzoyan", "Armenia", "Mélanie Joly", "Canada")
        try second.ingest(document: "a.txt", hash: "2", graph: changed, extractorVersion: "v1")
        try second.commit()

        let again = try articleGraph("b.txt", "Jeyhun Bayramov", "Azerbaijan", "Mélanie Joly", "Canada")
        try first.ingest(document: "b.txt", hash: "3", graph: again, extractorVersion: "v1")
        try first.commit()
        #expect(try first.graph(includingEvidence: true) == Graph.merged([changed, again]))
    }

    @Test func dateAndSourceFiltersSelectEvidence() throws {
        let (store, _) = try temporaryStore()
        let june = try articleGraph(
            "a.txt", "Jeyhun Bayramov", "Azerbaijan", "Mélanie Joly", "Canada", meetingDate: "June 17")
        let july = try articleGraph(
            "b.txt", "Jeyhun Bayramov", "Azerbaijan", "Mélanie Joly", "Canada", extraMention: true)
        try store.ingest(
            document: "a.txt", hash: "1", source: "AzerTac", date: "2024-06-20", graph: june, extractorVersion: "v1")
        try store.ingest(
            document: "b.txt", hash: "2", source: "Reuters", date: "2024-07-02", graph: july, extractorVersion: "v1")

        let bayramov = EntityID(kind: .person, name: "Jeyhun Bayramov")
        let joly = EntityID(kind: .person, name: "Mélanie Joly")
        let canada = EntityID(kind: .country, name: "Canada")
        let statementKey = Relation(kind: .statement, source: bayramov, target: canada).key
        let meetingKey = Relation(kind: .meeting, source: bayramov, target: joly).key

        let julyGraph = try store.graph(since: "2024-07-01")
        #expect(julyGraph[statementKey]?.weight == 2)
        #expect(julyGraph[meetingKey]?.weight == 1)

        // The meeting's own date (June 17) decides, not the article's (June 20).
        let midJune = try store.graph(since: "2024-06-16", until: "2024-06-18")
        #expect(midJune.relations.map(\.kind) == [.meeting])
        #expect(midJune.entityCount == 2)

        let wholeYear = try store.graph(since: "2024", until: "2024")
        #expect(wholeYear[statementKey]?.weight == 3)
        #expect(try store.graph(until: "2024-06")[statementKey]?.weight == 1)

        let reuters = try store.graph(source: "Reuters", includingEvidence: true)
        #expect(reuters[statementKey]?.weight == 2)
        #expect(reuters.relations.flatMap(\.evidence).allSatisfy { $0.document == "b.txt" })
        #expect(try store.graph(source: "Nobody").isEmpty)

        #expect(throws: CorpusStoreError.invalidDate("June")) { try store.graph(since: "June") }
        #expect(throws: CorpusStoreError.invalidDate("2024-13")) { try store.graph(until: "2024-13") }
    }

    @Test func evidenceOfAPairAndOfAnEntity() throws {
        let (store, _) = try temporaryStore()
        let june = try articleGraph(
            "a.txt", "Jeyhun Bayramov", "Azerbaijan", "Mélanie Joly", "Canada", meetingDate: "June 17")
        let july = try articleGraph("b.txt", "Mélanie Joly", "Canada", "Annalena Baerbock", "Germany")
        try store.ingest(
            document: "a.txt", hash: "1", source: "AzerTac", date: "2024-06-20", graph: june, extractorVersion: "v1")
        try store.ingest(document: "b.txt", hash: "2", date: "2024-07-02", graph: july, extractorVersion: "v1")
        let bayramov = EntityID(kind: .person, name: "Jeyhun Bayramov")
        let joly = EntityID(kind: .person, name: "Mélanie Joly")

        let pair = try store.evidence(between: joly, and: bayramov)
        #expect(pair.count == 1)
        #expect(pair.first?.relation.kind == .meeting)
        #expect(pair.first?.evidence.document == "a.txt")
        #expect(pair.first?.evidence.sentence == "Jeyhun Bayramov met Mélanie Joly in the capital.")
        #expect(pair.first?.evidence.date == "June 17")
        #expect(pair.first?.day == "2024-06-17")
        #expect(pair.first?.source == "AzerTac")

        let all = try store.evidence(of: joly)
        // a.txt: meeting + Joly's affiliation; b.txt: meeting, affiliation, statement.
        #expect(all.count == 5)
        #expect(all.map(\.day) == ["2024-06-17", "2024-06-20", "2024-07-02", "2024-07-02", "2024-07-02"])
        #expect(try store.evidence(of: joly, since: "2024-07").count == 3)
        #expect(try store.evidence(between: bayramov, and: EntityID(kind: .country, name: "Germany")).isEmpty)
    }

    @Test func namesFindTheirCandidateEntities() throws {
        let (store, _) = try temporaryStore()
        let graph = try articleGraph("a.txt", "Jeyhun Bayramov", "Azerbaijan", "Mélanie Joly", "Canada")
        try store.ingest(document: "a.txt", hash: "1", graph: graph, extractorVersion: "v1")
        let bayramov = EntityID(kind: .person, name: "Jeyhun Bayramov")
        #expect(try store.entities(named: "jeyhun bayramov").map(\.id) == [bayramov])
        #expect(try store.entities(named: "Bayramov").map(\.id) == [bayramov])  // an alias
        #expect(try store.entities(named: "MELANIE JOLY").map(\.id) == [EntityID(kind: .person, name: "Mélanie Joly")])
        #expect(try store.entities(named: "country/canada").map(\.name) == ["Canada"])
        #expect(try store.entities(named: "Latvia").isEmpty)
    }

    @Test func timeSlicesCoverEveryPeriodInOrder() throws {
        let (store, _) = try temporaryStore()
        let january = try articleGraph("a.txt", "Jeyhun Bayramov", "Azerbaijan", "Mélanie Joly", "Canada")
        let march = try articleGraph(
            "b.txt", "Mélanie Joly", "Canada", "Annalena Baerbock", "Germany", extraMention: true)
        try store.ingest(document: "a.txt", hash: "1", date: "2024-01-31", graph: january, extractorVersion: "v1")
        try store.ingest(document: "b.txt", hash: "2", date: "2024-03-01", graph: march, extractorVersion: "v1")
        try store.ingest(document: "c.txt", hash: "3", graph: january, extractorVersion: "v1")  // undated

        let months = try store.timeSlices(every: .month)
        #expect(months.map(\.label) == ["2024-01", "2024-02", "2024-03"])
        #expect(months.map(\.start) == ["2024-01-01", "2024-02-01", "2024-03-01"])
        #expect(months.map(\.end) == ["2024-02-01", "2024-03-01", "2024-04-01"])
        #expect(months.map(\.graph.relationCount) == [4, 0, 4])
        #expect(months[0].graph.relations.allSatisfy { $0.weight == 1 })
        #expect(months[2].graph.relations.map(\.weight).reduce(0, +) == 5)

        let weeks = try store.timeSlices(every: .week)
        #expect(weeks.first?.start == "2024-01-29")  // the Monday before January 31
        #expect(weeks.count == 5)
        #expect(try store.timeSlices(every: .year).map(\.label) == ["2024"])
        #expect(try store.timeSlices(every: .month, source: "none").isEmpty)
    }

    @Test func batchesAreCommittedAndSurviveReopening() throws {
        let (store, url) = try temporaryStore(batchSize: 2)
        var graphs: [Graph] = []
        for index in 0..<5 {
            let graph = try articleGraph("d\(index).txt", "Person \(index)", "Azerbaijan", "Mélanie Joly", "Canada")
            graphs.append(graph)
            try store.ingest(document: "d\(index).txt", hash: "\(index)", graph: graph, extractorVersion: "v1")
        }
        // A reader sees the committed batches (4 of 5 documents) while the writer holds the fifth.
        let reader = try CorpusStore(path: url.path, readOnly: true)
        #expect(try reader.statistics().documents == 4)
        try store.commit()
        #expect(try reader.statistics().documents == 5)
        #expect(try reader.graph() == store.graph())
        let statistics = try reader.statistics()
        #expect(statistics.entities == 5 + 3)  // five persons, Joly, Azerbaijan, Canada
        #expect(statistics.relations == 5 * 3 + 1)  // Joly's affiliation with Canada is shared
        #expect(try reader.entities().map(\.id) == Graph.merged(graphs).entities.map(\.id))
    }

    @Test func aForeignDatabaseIsRefused() throws {
        let folder = try TemporaryFolders.make("corpus-store")
        let text = folder.appendingPathComponent("notes.txt")
        try Data("not a database, just a long enough text file to fill a header.......................".utf8)
            .write(to: text)
        #expect(throws: CorpusStoreError.self) { try CorpusStore(path: text.path) }
        #expect(throws: CorpusStoreError.self) {
            try CorpusStore(path: folder.appendingPathComponent("missing.sqlite").path, readOnly: true)
        }
        let (store, _) = try temporaryStore()
        #expect(throws: CorpusStoreError.invalidDate("20 June")) {
            try store.ingest(document: "a.txt", hash: "1", date: "20 June", graph: Graph(), extractorVersion: "v1")
        }
        #expect(try store.statistics().documents == 0)
    }
}
