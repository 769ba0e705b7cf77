import Foundation
import GraphFormats
import GraphModel
import Graphviz

/// The layout `relgraph render` and `relgraph report` choose for a drawing: the engine,
/// its graph attributes and whether clusters are drawn.
///
/// Relationship graphs are not hierarchies, and `dot` grows fast (54 s for 300 nodes
/// and 600 edges here, neato 0.46 s, sfdp 0.13 s), so `dot` is used only for small
/// graphs (`LayoutEngine.suggested`). Labels never overlap: `dot` places nodes apart
/// by construction, and the other engines remove node overlaps (`overlap=prism`)
/// with a margin (`sep`) around every node, whose box holds its label. `dot` must also
/// fit: see `draw`.
struct RenderLayout {
    /// The layout engine.
    var engine: LayoutEngine
    /// The graph attributes for the engine.
    var graphAttributes: [String: String]
    /// The clustering to draw: only engines that draw clusters get one.
    var clusterBy: DOTWriter.Clustering?

    /// The engines that draw Graphviz clusters (neato, sfdp and the radial engines
    /// ignore them).
    static let clusteringEngines: Set<LayoutEngine> = [.dot, .fdp]

    /// Points kept free around each node by the overlap removal.
    static let nodeMargin = "+4"

    /// The layout for `graph`: `requested`, else the engine that suits its size.
    init(for graph: Graph, engine requested: LayoutEngine?, clusterBy: DOTWriter.Clustering?) {
        engine = requested ?? LayoutEngine.suggested(nodeCount: graph.entityCount, edgeCount: graph.relationCount)
        graphAttributes = engine.suggestedGraphAttributes
        if graphAttributes["overlap"] != nil { graphAttributes["sep"] = Self.nodeMargin }
        self.clusterBy = Self.clusteringEngines.contains(engine) ? clusterBy : nil
    }

    /// The widest (or tallest) drawing `dot` may give when it was chosen for the
    /// graph's size: beyond this the graph is laid out again by `neato`. `dot` puts a
    /// relationship graph (persons → countries → organizations) on three or four long
    /// ranks, a strip too thin to read once fitted to a page or a screen.
    static let maxAspectRatio = 3.0

    /// A graph laid out and drawn.
    struct Drawing {
        /// The layout used.
        var layout: RenderLayout
        /// The DOT drawn.
        var dot: String
        /// The drawing, in each format asked for.
        var data: [RenderFormat: Data]
    }

    /// Draws `graph` in each of `formats` (none: only the DOT) with the DOT
    /// `options(layout)` describe, laid out once. When the engine was chosen for the
    /// graph's size (`isAutomatic`) and is `dot`, a drawing more than
    /// `maxAspectRatio` times wider than tall (or taller than wide) is redone with
    /// `neato` (no clusters, overlaps removed); `dot` is only chosen for graphs small
    /// enough that the trial costs milliseconds. Bitmaps are kept within
    /// `ReportDrawing.maxPNGPixels`.
    ///
    /// - Parameter rendered: called with the DOT drawn and each format of the final
    ///   drawing as soon as that format is rendered (see `GraphvizRenderer.render`),
    ///   so that the SVG can be used while the PNG is made.
    /// - Throws: `GraphvizError` from Graphviz.
    func draw(
        _ graph: Graph, as formats: [RenderFormat], isAutomatic: Bool, renderer: GraphvizRenderer,
        options: (RenderLayout) -> DOTWriter.Options, rendered: ((String, RenderFormat, Data) -> Void)? = nil
    ) throws -> Drawing {
        let dot = DOTWriter(options: options(self)).write(graph)
        func render(_ formats: [RenderFormat], publishing: Bool) throws -> [RenderFormat: Data] {
            guard !formats.isEmpty else { return [:] }
            return try renderer.render(
                dot: dot, engine: engine, formats: formats, maxBitmapPixels: ReportDrawing.maxPNGPixels,
                source: "graph.dot", rendered: publishing ? rendered.map { publish in { publish(dot, $0, $1) } } : nil)
        }
        guard isAutomatic, engine == .dot else {
            return Drawing(layout: self, dot: dot, data: try render(formats, publishing: true))
        }
        // Trial layout as SVG: its size decides whether dot fits.
        let trial = try render(formats.contains(.svg) ? formats : [.svg] + formats, publishing: false)
        guard let size = Self.size(svg: trial[.svg]!),
            max(size.width / size.height, size.height / size.width) > Self.maxAspectRatio
        else {
            for format in formats { rendered?(dot, format, trial[format]!) }
            return Drawing(layout: self, dot: dot, data: trial.filter { formats.contains($0.key) })
        }
        let fitting = RenderLayout(for: graph, engine: .neato, clusterBy: clusterBy)
        return try fitting.draw(
            graph, as: formats, isAutomatic: false, renderer: renderer, options: options, rendered: rendered)
    }

    /// The size in points Graphviz wrote on the `<svg>` element (`width="123pt"`).
    static func size(svg: Data) -> (width: Double, height: Double)? {
        let head = String(decoding: svg.prefix(2048), as: UTF8.self)
        func points(_ name: String) -> Double? {
            guard let start = head.range(of: " \(name)=\""), let end = head[start.upperBound...].range(of: "pt\"")
            else { return nil }
            return Double(head[start.upperBound..<end.lowerBound])
        }
        guard let width = points("width"), let height = points("height"), width > 0, height > 0 else { return nil }
        return (width, height)
    }
}
