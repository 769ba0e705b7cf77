import CorpusStore
import Foundation
import GraphModel
import TemporaryFolders
import Testing

/// python3, where installed.
let pythonInterpreter: URL? = ["/usr/bin/python3", "/usr/local/bin/python3", "/opt/homebrew/bin/python3"]
    .map(URL.init(fileURLWithPath:)).first { FileManager.default.isExecutableFile(atPath: $0.path) }

/// Runs `scripts/generate-corpus` (Python) and checks its ground truth against the
/// graph model and the store: its entity ids are the ones `EntityID` makes, and its
/// merged expected graph is what the store gives after ingesting each article's gold.
@Suite(.enabled(if: pythonInterpreter != nil, "needs python3"))
struct GeneratedCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var python: URL? { pythonInterpreter }

    static var resources: URL {
        if let override = ProcessInfo.processInfo.environment["RELGRAPH_RESOURCES"] {
            return URL(fileURLWithPath: override)
        }
        return root.appendingPathComponent("Sources/Extraction/Resources")
    }

    @discardableResult
    static func run(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = python
        process.arguments = [root.appendingPathComponent(script).path] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func theGeneratorsOwnTestsPass() throws {
        let result = try Self.run("scripts/test-generate-corpus", ["--resources", Self.resources.path])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func theExpectedGraphIsTheStoredMergeOfTheGolds() throws {
        let folder = try TemporaryFolders.make("generated")
        let articles = folder.appendingPathComponent("corpus.jsonl")
        let golds = folder.appendingPathComponent("gold.jsonl")
        let expected = folder.appendingPathComponent("expected.json")
        let result = try Self.run(
            "scripts/generate-corpus",
            [
                "--count", "60", "--seed", "3", "--resources", Self.resources.path, "--jsonl", articles.path,
                "--gold", golds.path, "--expected-graph", expected.path,
            ])
        try #require(result.status == 0, "\(result.output)")

        let store = try CorpusStore(path: folder.appendingPathComponent("corpus.sqlite").path)
        let articleLines = try String(contentsOf: articles, encoding: .utf8).split(separator: "\n")
        let goldLines = try String(contentsOf: golds, encoding: .utf8).split(separator: "\n")
        #expect(articleLines.count == 60 && goldLines.count == 60)
        for (articleLine, goldLine) in zip(articleLines, goldLines) {
            let article = try #require(try JSONSerialization.jsonObject(with: Data(articleLine.utf8)) as? [String: Any])
            let gold = try #require(try JSONSerialization.jsonObject(with: Data(goldLine.utf8)) as? [String: Any])
            let document = try #require(article["id"] as? String)
            try store.ingest(
                document: document, hash: ContentHash(of: article["text"] as? String ?? "").description,
                source: article["source"] as? String, date: article["date"] as? String,
                graph: try Self.graph(ofGold: gold), extractorVersion: "gold")
        }
        let stored = try store.graph()
        let merged = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: expected)) as? [String: Any])
        let entities = try #require(merged["entities"] as? [[String: Any]])
        let relations = try #require(merged["relations"] as? [[String: Any]])
        // The Python slug must make the ids Swift makes, or graphs would not line up.
        for entity in entities {
            let kind = EntityKind(entity["kind"] as? String ?? "")
            #expect(entity["id"] as? String == EntityID(kind: kind, name: entity["name"] as? String ?? "").rawValue)
        }
        #expect(stored.entities.map(\.id.rawValue) == entities.compactMap { $0["id"] as? String })
        #expect(stored.relations.count == relations.count)
        for relation in relations {
            let kind = RelationKind(relation["kind"] as? String ?? "")
            let key = Relation(
                kind: kind, source: EntityID(relation["source"] as? String ?? ""),
                target: EntityID(relation["target"] as? String ?? "")
            ).key
            #expect(stored[key]?.weight == relation["weight"] as? Double, "\(key)")
        }
    }

    /// A gold file as a graph (relations name entities by canonical name).
    static func graph(ofGold gold: [String: Any]) throws -> Graph {
        var graph = Graph()
        var ids: [String: EntityID] = [:]
        for item in gold["entities"] as? [[String: Any]] ?? [] {
            let kind = EntityKind(item["kind"] as? String ?? "")
            let name = item["name"] as? String ?? ""
            var attributes: [String: String] = [:]
            if let role = item["role"] as? String { attributes["role"] = role }
            if let affiliation = item["affiliation"] as? [String] {
                attributes["affiliation"] = affiliation.joined(separator: "; ")
            }
            let entity = Entity(
                kind: kind, name: name, aliases: item["aliases"] as? [String] ?? [],
                attributes: attributes)
            ids[name] = entity.id
            graph.add(entity)
        }
        for item in gold["relations"] as? [[String: Any]] ?? [] {
            guard let source = ids[item["source"] as? String ?? ""], let target = ids[item["target"] as? String ?? ""]
            else { throw CocoaError(.coderInvalidValue) }
            try graph.add(Relation(kind: RelationKind(item["kind"] as? String ?? ""), source: source, target: target))
        }
        return graph
    }
}
