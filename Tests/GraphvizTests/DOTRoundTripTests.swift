import Foundation
import GraphFormats
import GraphModel
import Graphviz
import Testing

/// DOTWriter (GraphFormats) → Graphviz's parser → DOTReader gives the same graph.
@Suite struct DOTRoundTripTests {
    @Test(arguments: ExampleGraphs.names)
    func exampleGraphRoundTripsLosslessly(name: String) throws {
        let graph = try ExampleGraphs.graph(name)
        let dot = DOTWriter().write(graph)
        let read = try DOTReader.read(dot, source: "\(name).dot")
        #expect(read == graph)
        // With every drawing option on, the data still reads back.
        var options = DOTWriter.Options(clusterBy: .country, showsLegend: true)
        options.nodeScores = Dictionary(uniqueKeysWithValues: graph.entities.enumerated().map { ($1.id, Double($0)) })
        options.highlight = .init(entities: [graph.entities[0].id], relations: [graph.relations[0].key])
        options.graphAttributes = ["overlap": "prism", "splines": "true"]
        #expect(try DOTReader.read(DOTWriter(options: options).write(graph)) == graph)
    }

    @Test(arguments: ExampleGraphs.names)
    func exampleDOTFileIsTheWriterOutputAndReadsBack(name: String) throws {
        let graph = try ExampleGraphs.graph(name)
        #expect(try ExampleGraphs.dot(name) == DOTWriter().write(graph))
        #expect(try DOTReader.read(ExampleGraphs.dot(name)) == graph)
        // The JSON is exactly what GraphJSON writes for it.
        #expect(try GraphJSON.encode(graph) == ExampleGraphs.json(name))
    }

    /// Several hundred random graphs whose names, ids, kinds, attributes and evidence
    /// are made of quotes, backslashes, newlines, control characters, keywords, HTML
    /// and any Unicode.
    @Test func randomNamesSurviveWriteParseRead() throws {
        var generator = SeededGenerator(seed: 20_261_129)
        for round in 0..<400 {
            let graph = randomGraph(using: &generator)
            let dot = DOTWriter().write(graph)
            let read: Graph
            do {
                read = try DOTReader.read(dot, source: "round-\(round)")
            } catch {
                Issue.record("round \(round): \(error)\n\(dot)")
                return
            }
            if read != graph {
                let lost = graph.entities.filter { read[$0.id] != $0 }
                let gained = read.entities.filter { graph[$0.id] != $0 }
                let changed = graph.relations.filter { read[$0.key] != $0 }
                Issue.record("round \(round): graph changed\nentities \(lost) → \(gained)\nrelations \(changed)")
                return
            }
        }
    }

    @Test func longEvidenceListsRoundTrip() throws {
        let a = Entity(kind: .country, name: "Armenia")
        let b = Entity(kind: .country, name: "Azerbaijan")
        let sentence = String(repeating: "The ministers met again in Almaty, \"briefly\"\\. ", count: 5)
        let evidence = (0..<2_000).map {
            Evidence(document: "doc-\($0 % 7).txt", sentence: sentence, start: $0 * 300, end: $0 * 300 + 250)
        }
        let graph = try Graph(
            entities: [a, b],
            relations: [Relation(kind: .meeting, source: a.id, target: b.id, weight: 2_000, evidence: evidence)])
        let dot = DOTWriter().write(graph)
        #expect(dot.utf8.count > 500_000)
        #expect(try DOTReader.read(dot) == graph)
        // The tooltip quotes ten sentences and counts the rest.
        #expect(dot.contains("… and 1990 more"))
        #expect(try GraphvizRenderer().render(dot: dot).count < 100_000)
    }

    /// Without the data attributes, names still come back through labels.
    @Test func randomNamesSurviveThroughLabelsAlone() throws {
        var generator = SeededGenerator(seed: 7)
        for round in 0..<200 {
            var names = Set<String>()
            while names.count < 5 {
                let name = RandomNames.name(using: &generator, controls: false)
                if !name.isEmpty, !name.hasSuffix("\n"), !name.unicodeScalars.contains(where: Self.isLossyInLabel) {
                    names.insert(name)
                }
            }
            let entities = names.sorted().map { Entity(kind: .node, name: $0) }
            var graph = Graph()
            for entity in entities { graph.add(entity) }
            guard graph.entityCount == entities.count else { continue }  // two names, one slug
            try graph.add(Relation(kind: .link, source: entities[0].id, target: entities[1].id, isDirected: true))
            try graph.add(Relation(kind: .link, source: entities[2].id, target: entities[3].id))
            let dot = DOTWriter(options: .init(includesData: false)).write(graph)
            let read = try DOTReader.read(dot)
            #expect(Set(read.entities.map(\.name)) == names, "round \(round)\n\(dot)")
            #expect(read.relations.map(\.key) == graph.relations.map(\.key), "round \(round)")
        }
    }

    private static func isLossyInLabel(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
            || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    private func randomGraph(using generator: inout SeededGenerator) -> Graph {
        var graph = Graph()
        let kinds: [EntityKind] = [.country, .person, .organization, .node]
        for _ in 0..<Int.random(in: 1...8, using: &generator) {
            let name = RandomNames.name(using: &generator)
            let kind =
                Bool.random(using: &generator)
                ? kinds.randomElement(using: &generator)! : EntityKind(RandomNames.name(using: &generator))
            // Half the ids are derived slugs; half are arbitrary strings.
            let id = Bool.random(using: &generator) ? nil : EntityID(rawValue: RandomNames.name(using: &generator))
            var attributes: [String: String] = [:]
            for _ in 0..<Int.random(in: 0...2, using: &generator) {
                attributes[RandomNames.name(using: &generator)] = RandomNames.name(using: &generator)
            }
            let aliases = (0..<Int.random(in: 0...2, using: &generator)).map { _ in RandomNames.name(using: &generator)
            }
            graph.add(Entity(id: id, kind: kind, name: name, aliases: aliases, attributes: attributes))
        }
        let ids = graph.entities.map(\.id)
        for _ in 0..<Int.random(in: 0...10, using: &generator) {
            let kind =
                Bool.random(using: &generator)
                ? RelationKind.extracted.randomElement(using: &generator)!
                : RelationKind(RandomNames.name(using: &generator))
            var attributes: [String: String] = [:]
            if Bool.random(using: &generator) { attributes["date"] = RandomNames.name(using: &generator) }
            let evidence = (0..<Int.random(in: 0...2, using: &generator)).map { _ in
                Evidence(
                    document: RandomNames.name(using: &generator), sentence: RandomNames.name(using: &generator),
                    start: Int.random(in: 0...500, using: &generator),
                    end: Int.random(in: 500...900, using: &generator),
                    date: Bool.random(using: &generator) ? RandomNames.name(using: &generator) : nil)
            }
            try! graph.add(
                Relation(
                    kind: kind, source: ids.randomElement(using: &generator)!,
                    target: ids.randomElement(using: &generator)!,
                    isDirected: Bool.random(using: &generator),
                    weight: [1, 2, 0.5, 0.1, 1e-7, 12345.678].randomElement(using: &generator)!,
                    attributes: attributes, evidence: evidence))
        }
        return graph
    }
}
