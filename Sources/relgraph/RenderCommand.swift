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
            for stdout); dot writes the styled DOT that would be drawn, with the layout's
            attributes, for Graphviz's own tools. Without --layout the engine suits the size of what is drawn:
            dot up to 100 nodes, neato up to 500, sfdp beyond (dot takes minutes on a
            few hundred nodes). neato, fdp and sfdp are seeded, so the same graph gives
            the same file. A dot drawing more than 3 times wider than tall is laid
            out again by neato. Labels do not overlap: other engines than dot remove
            node overlaps (overlap=prism) with a margin around each node.

            To keep a large graph legible, draw part of it; the steps run in this
            order: --only (entity kinds), --relations and --min-weight (relations, then
            the entities they join), --ego/--radius, --highlight-path (a shortest path
            drawn bold, the rest faded), --top (the N most central of what is left,
            by --top-by, default pagerank; the highlighted path is kept).
            --cluster-by boxes are drawn by dot and fdp only.

            Examples:
              relgraph render graph.json -o graph.svg
              relgraph render graph.json -o graph.png --layout neato
              relgraph render graph.json -o graph.pdf --cluster-by country --legend
              relgraph render graph.json -o - --format svg > graph.svg
              relgraph render graph.json -o path.svg --highlight-path "Zakir Hasanov" Hungary
              relgraph render graph.json -o ego.svg --ego Azerbaijan --radius 2
              relgraph render graph.json -o top.svg --top 50 --only person,country --relations meeting
            """)

    @Argument(help: "The graph to draw (any format relgraph reads, a corpus store; - for stdin).")
    var input: String?

    @Option(name: [.short, .customLong("output")], help: "The file to write (.svg, .png, .pdf, .dot); - for stdout.")
    var output: String

    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")) (default: by size).")
    var layout: String?

    @Option(
        help: "Output format: \(Render.formatNames.joined(separator: ", ")) (default: by extension)."
    )
    var format: String?

    @Option(help: "Group entities into boxes: country (each country with its persons; drawn by dot and fdp only).")
    var clusterBy: String?

    @Flag(help: "Draw a legend of the entity and relation kinds.")
    var legend = false

    @Flag(help: "Lay out with --layout dot even a graph on which it takes minutes.")
    var allowSlowLayout = false

    @Option(help: "Random seed of the neato, fdp and sfdp layouts.")
    var seed = 1

    @OptionGroup(title: "Selection") var selection: GraphSelection

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        _ = try storeOptions.graphPath(input)
    }

    func run() throws {
        // Check every name before reading the input or calling Graphviz.
        let format = try writesDOT ? nil : renderFormat()
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

        let input = try storeOptions.graphPath(self.input)
        let selected = try selection.select(from: try storeOptions.loadGraph(input), source: input)
        let graph = selected.graph
        // Refuse rather than hang: dot grows faster than quadratically.
        if let requestedEngine, !allowSlowLayout,
            requestedEngine.isTooSlow(nodeCount: graph.entityCount, edgeCount: graph.relationCount)
        {
            throw CLIError.usage(
                "\(input): --layout \(requestedEngine) would take minutes on \(graph.entityCount) entities and "
                    + "\(graph.relationCount) relations; use --layout sfdp (or neato), draw a part of the graph "
                    + "(--top N, --ego NAME), or pass --allow-slow-layout")
        }
        let layout = RenderLayout(for: selected.graph, engine: requestedEngine, clusterBy: clustering)
        let renderer = GraphvizRenderer(seed: seed)
        let data: Data
        do {
            let drawing = try layout.draw(
                selected.graph, as: format.map { [$0] } ?? [], isAutomatic: requestedEngine == nil, renderer: renderer
            ) {
                DOTWriter.Options(
                    clusterBy: $0.clusterBy, showsLegend: legend, highlight: selected.highlight,
                    graphAttributes: $0.graphAttributes, seed: seed)
            }
            guard let format, let drawn = drawing.data[format] else {
                return try OutputFile.write(drawing.dot, to: output)
            }
            data = drawn
        } catch let error as GraphvizError {
            throw CLIError.input("\(input): \(error)")
        }
        try OutputFile.write(data, to: output)
    }

    /// The formats --format accepts: Graphviz's, and the DOT text itself.
    static let formatNames = RenderFormat.allCases.map(\.rawValue) + ["dot"]

    /// Whether to write the DOT text that would be drawn (`--format dot` or a `.dot`
    /// output), styled and with the layout's attributes, instead of drawing it.
    private var writesDOT: Bool {
        if let format { return format.lowercased() == "dot" }
        return output != "-" && URL(fileURLWithPath: output).pathExtension.lowercased() == "dot"
    }

    /// The format `--format` names, else the one the output's extension names.
    private func renderFormat() throws -> RenderFormat {
        if let format { return try usage { try RenderFormat(parsing: format) } }
        if output == "-" { return .svg }
        let pathExtension = URL(fileURLWithPath: output).pathExtension
        guard let format = RenderFormat(rawValue: pathExtension.lowercased()) else {
            let valid = Self.formatNames.joined(separator: ", ")
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
