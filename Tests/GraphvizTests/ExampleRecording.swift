import Foundation
import GraphFormats
import GraphModel
import Graphviz
import Testing

/// Rewrites `examples/graphs/*.{json,dot}` and `docs/example-graph.svg` from the JSON
/// examples; runs only with `RELGRAPH_RECORD_EXAMPLES=1` set. The round-trip tests
/// check that the committed files equal what this writes.
@Suite struct ExampleRecording {
    static let isRecording = ProcessInfo.processInfo.environment["RELGRAPH_RECORD_EXAMPLES"] == "1"

    /// The drawing of the first example shown in the README: neato, with a legend.
    static let readmeOptions = DOTWriter.Options(
        showsLegend: true, graphAttributes: LayoutEngine.neato.suggestedGraphAttributes)

    @Test(.enabled(if: isRecording, "set RELGRAPH_RECORD_EXAMPLES=1 to rewrite the examples"))
    func recordExamples() throws {
        for name in ExampleGraphs.names {
            let graph = try ExampleGraphs.graph(name)
            try GraphJSON.encode(graph).write(to: ExampleGraphs.directory.appendingPathComponent("\(name).json"))
            try Data(DOTWriter().write(graph).utf8).write(
                to: ExampleGraphs.directory.appendingPathComponent("\(name).dot"))
        }
        let graph = try ExampleGraphs.graph(ExampleGraphs.names[0])
        let svg = try GraphvizRenderer().render(
            dot: DOTWriter(options: Self.readmeOptions).write(graph), engine: .neato)
        let docs = ExampleGraphs.directory.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try svg.write(to: docs.appendingPathComponent("example-graph.svg"))
    }
}
