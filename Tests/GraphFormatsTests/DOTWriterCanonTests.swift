import Foundation
import GraphFormats
import GraphModel
import Testing

/// The writer's output is accepted by Graphviz's own `dot -Tcanon`, run as a process.
@Suite struct DOTWriterCanonTests {
    /// The `dot` executable on PATH, if Graphviz is installed.
    static let dotPath: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/dot" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs `dot -Tcanon` on `text`; returns its exit status and stderr.
    static func canon(_ text: String) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dotPath!)
        process.arguments = ["-Tcanon"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        DispatchQueue.global().async {
            input.fileHandleForWriting.write(Data(text.utf8))
            try? input.fileHandleForWriting.close()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }

    @Test(.enabled(if: dotPath != nil, "Graphviz's dot is not installed"))
    func smallGraphIsCanonical() throws {
        let graph = try DOTWriterTests.smallGraph()
        let options = DOTWriter.Options(
            nodeScores: ["strict": 1], clusterBy: .country, showsLegend: true,
            highlight: .init(entities: ["strict"]), graphAttributes: ["overlap": "prism"])
        for writer in [DOTWriter(), DOTWriter(options: options)] {
            let result = try Self.canon(writer.write(graph))
            #expect(result.status == 0)
            #expect(result.errors.isEmpty, "\(result.errors)")
            // Graphviz read every node: the canonical output names them all.
            for id in ["\"country/armenia\"", "\"person/ararat-mirzoyan\"", "\"strict\""] {
                #expect(result.output.contains(id))
            }
        }
    }

    /// Graphs with hostile names, checked in one `dot` run per graph.
    @Test(.enabled(if: dotPath != nil, "Graphviz's dot is not installed"))
    func hostileNamesAreCanonical() throws {
        let names = [
            "node", "strict", "GRAPH", "<b>html</b>", "say \"hi\"", "back\\slash", "trailing\\", "\\\"", "two\nlines",
            "\u{0}\u{1}\u{1F}\u{7F}", "%1", "%", "-", "--", "->", "{}", "1.5", "-3", "", " ", "日本", "🇦🇲", "e\u{301}",
            "\u{FFFE}\u{FFFF}", "&amp;", "\\N", "\\\n",
        ]
        var graph = Graph()
        for (index, name) in names.enumerated() {
            graph.add(
                Entity(
                    id: EntityID(rawValue: name), kind: EntityKind(rawValue: names[(index + 1) % names.count]),
                    name: name))
        }
        let ids = graph.entities.map(\.id)
        for (index, id) in ids.enumerated() {
            try graph.add(
                Relation(
                    kind: RelationKind(rawValue: names[index]), source: id, target: ids[(index + 3) % ids.count],
                    attributes: [names[index]: names[(index + 2) % names.count]],
                    evidence: [
                        Evidence(document: names[index], sentence: names[(index + 5) % names.count], start: 0, end: 1)
                    ]))
        }
        let result = try Self.canon(DOTWriter(options: .init(showsLegend: true)).write(graph))
        #expect(result.status == 0)
        #expect(result.errors.isEmpty, "\(result.errors)")
        // Graphviz read every node and edge: each has a tooltip (the legend has none).
        #expect(result.output.components(separatedBy: "tooltip=").count - 1 == graph.entityCount + graph.relationCount)
    }
}
