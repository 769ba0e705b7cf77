import ArgumentParser
import Foundation
import GraphFormats
import GraphModel
import Graphviz

/// `relgraph render`: draws a graph with Graphviz's library, in process.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a graph as SVG, PNG or PDF with Graphviz.",
        discussion: """
            The format is the output file's extension unless --format names one (SVG
            for stdout). Without --layout the engine suits the graph's size: dot up to
            100 nodes, neato up to 500, sfdp beyond (dot takes minutes on a few hundred
            nodes). neato, fdp and sfdp are seeded, so the same graph gives the same file.

            Examples:
              relgraph render graph.json -o graph.svg
              relgraph render graph.json -o graph.png --layout neato
              relgraph render graph.json -o graph.pdf --cluster-by country --legend
              relgraph render graph.json -o - --format svg > graph.svg
            """)

    @Argument(help: "The graph to draw (relgraph JSON; - for stdin).")
    var input: String

    @Option(name: [.short, .customLong("output")], help: "The file to write (.svg, .png, .pdf); - for stdout.")
    var output: String

    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")) (default: by size).")
    var layout: String?

    @Option(
        help: "Output format: \(RenderFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: by extension)."
    )
    var format: String?

    @Option(help: "Group entities into boxes: country (each country with its persons; drawn by dot and fdp).")
    var clusterBy: String?

    @Flag(help: "Draw a legend of the entity and relation kinds.")
    var legend = false

    @Flag(help: "Lay out with --layout dot even a graph on which it takes minutes.")
    var allowSlowLayout = false

    @Option(help: "Random seed of the neato, fdp and sfdp layouts.")
    var seed = 1

    func run() throws {
        // Check every name before reading the input or calling Graphviz.
        let format = try renderFormat()
        let requestedEngine = try layout.map { name in
            try usage { try LayoutEngine(parsing: name) }
        }
        let clustering = try clusterBy.map { name in
            guard let clustering = DOTWriter.Clustering(rawValue: name.lowercased()) else {
                let valid = DOTWriter.Clustering.allCases.map(\.rawValue).joined(separator: ", ")
                throw CLIError.usage("unknown clustering '\(name)' (valid: \(valid))")
            }
            return clustering
        }

        let graph = try GraphInput.load(input)
        let engine =
            requestedEngine
            ?? LayoutEngine.suggested(nodeCount: graph.entityCount, edgeCount: graph.relationCount)
        // Refuse rather than hang: dot grows faster than quadratically.
        if let requestedEngine, !allowSlowLayout,
            requestedEngine.isTooSlow(nodeCount: graph.entityCount, edgeCount: graph.relationCount)
        {
            throw CLIError.usage(
                "\(input): --layout \(requestedEngine) would take minutes on \(graph.entityCount) entities and "
                    + "\(graph.relationCount) relations; use --layout sfdp (or neato), draw a part of the graph "
                    + "(relgraph ego, or relgraph report --top N), or pass --allow-slow-layout")
        }
        let options = DOTWriter.Options(
            clusterBy: clustering, showsLegend: legend,
            graphAttributes: engine.suggestedGraphAttributes, seed: seed)
        let dot = DOTWriter(options: options).write(graph)
        let data: Data
        do {
            data = try GraphvizRenderer(seed: seed).render(dot: dot, engine: engine, format: format, source: input)
        } catch let error as GraphvizError {
            throw CLIError.input("\(input): \(error)")
        }
        try OutputFile.write(data, to: output)
    }

    /// The format `--format` names, else the one the output's extension names.
    private func renderFormat() throws -> RenderFormat {
        if let format { return try usage { try RenderFormat(parsing: format) } }
        if output == "-" { return .svg }
        let pathExtension = URL(fileURLWithPath: output).pathExtension
        guard let format = RenderFormat(rawValue: pathExtension.lowercased()) else {
            let valid = RenderFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw CLIError.usage(
                "cannot tell the format of '\(output)' from its extension; use --format (valid: \(valid))")
        }
        return format
    }

    /// Runs `body`, turning a name the user got wrong into a usage error.
    private func usage<Value>(_ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let error as GraphvizError {
            throw CLIError.usage(error.description)
        }
    }
}
