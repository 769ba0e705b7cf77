import Foundation
import GraphModel
import Testing
@testable import Extraction

/// Each article in examples/articles gives exactly the graph in NAME.expected.json.
@Suite struct ExampleArticlesTests {
    struct Expected: Decodable {
        struct EntityLine: Decodable, Hashable { var kind: String; var name: String }
        struct RelationLine: Decodable, Hashable { var kind: String; var source: String; var target: String }
        var entities: [EntityLine]
        var relations: [RelationLine]
    }

    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/articles")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test func thereAreExamples() {
        #expect(Self.names.count >= 5)
    }

    @Test(arguments: names)
    func articleGivesItsExpectedGraph(name: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name + ".txt"), encoding: .utf8)
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name + ".expected.json"))
        let expected = try JSONDecoder().decode(Expected.self, from: data)
        let graph = try extract(text, document: name + ".txt")
        let entities = Set(graph.entities.map { Expected.EntityLine(kind: $0.kind.rawValue, name: $0.name) })
        #expect(entities == Set(expected.entities))
        let relations = Set(graph.relations.map {
            Expected.RelationLine(kind: $0.kind.rawValue, source: graph[$0.source]!.name, target: graph[$0.target]!.name)
        })
        #expect(relations.subtracting(expected.relations).isEmpty, "unexpected: \(relations.subtracting(expected.relations))")
        #expect(Set(expected.relations).subtracting(relations).isEmpty, "missing: \(Set(expected.relations).subtracting(relations))")
        // Every relation carries evidence from this article.
        #expect(graph.relations.allSatisfy { !$0.evidence.isEmpty && $0.evidence.allSatisfy { $0.document == name + ".txt" } })
    }
}
