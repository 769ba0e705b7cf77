import Foundation
import GraphFormats
import GraphModel
import Graphviz

/// The drawing of a report: the styled DOT, and Graphviz's SVG and PNG of it.
///
/// `start` makes it on another thread, so that Graphviz lays out the graph while the
/// report computes the remaining measures and encodes the other files: on two cores a
/// report of 2,000 entities takes little more than the layout itself.
struct ReportDrawing: Sendable {
    /// The DOT text drawn.
    var dot: String
    /// The SVG drawing.
    var svg: Data
    /// The PNG drawing.
    var png: Data

    /// The most pixels a PNG gets: a larger drawing is rendered at a lower resolution
    /// (at 96 dpi, 2,000 entities make a 45-million-pixel image whose compression alone
    /// takes longer than the layout).
    static let maxPNGPixels = 8_000_000.0
    /// Graphviz's resolution for bitmaps.
    static let defaultResolution = 96.0

    /// A drawing being made on another thread.
    final class Pending: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var result: Result<ReportDrawing, any Error>?

        fileprivate init(_ work: @escaping @Sendable () throws -> ReportDrawing) {
            Thread.detachNewThread { [self] in
                result = Result { try work() }
                done.signal()
            }
        }

        /// Waits for the drawing.
        func value() throws -> ReportDrawing {
            done.wait()
            done.signal()  // later calls return at once
            return try result!.get()
        }
    }

    /// The widest (or tallest) drawing `dot` may give when it was chosen for its
    /// size: beyond this the drawing is laid out again by `neato`. `dot` puts a
    /// relationship graph (persons → countries → organizations) on three or four long
    /// ranks, a strip too thin to read once fitted to a page.
    static let maxAspectRatio = 3.0

    /// Starts drawing `graph`: writes the DOT that `options(layout)` describe and
    /// renders it as SVG and PNG. When `layout.engine` was chosen for the graph's size
    /// (`isAutomatic`) and is `dot`, a drawing more than `maxAspectRatio` times wider
    /// than tall (or taller than wide) is redone with `neato`.
    static func start(
        _ graph: Graph, layout: RenderLayout, isAutomatic: Bool, source: String, seed: Int,
        options: @escaping @Sendable (RenderLayout) -> DOTWriter.Options
    ) -> Pending {
        Pending {
            let renderer = GraphvizRenderer(seed: seed)
            do {
                var layout = layout
                var dot = DOTWriter(options: options(layout)).write(graph)
                var svg = try renderer.render(dot: dot, engine: layout.engine, format: .svg, source: "graph.dot")
                if isAutomatic, layout.engine == .dot, let size = size(svg: svg),
                    max(size.width / size.height, size.height / size.width) > maxAspectRatio
                {
                    layout = RenderLayout(for: graph, engine: .neato, clusterBy: layout.clusterBy)
                    dot = DOTWriter(options: options(layout)).write(graph)
                    svg = try renderer.render(dot: dot, engine: layout.engine, format: .svg, source: "graph.dot")
                }
                var bitmapDOT = dot
                if let resolution = pngResolution(svg: svg), let brace = dot.firstIndex(of: "{") {
                    // The same seeded layout, rendered at a lower resolution.
                    bitmapDOT.insert(contentsOf: "\n\tgraph [dpi=\(Int(resolution))];", at: dot.index(after: brace))
                }
                let png = try renderer.render(dot: bitmapDOT, engine: layout.engine, format: .png, source: "graph.dot")
                return ReportDrawing(dot: dot, svg: svg, png: png)
            } catch let error as GraphvizError {
                throw CLIError.input("\(source): drawing failed: \(error)")
            }
        }
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

    /// The resolution that keeps the PNG of the drawing `svg` within `maxPNGPixels`,
    /// or nil when the default resolution does.
    static func pngResolution(svg: Data) -> Double? {
        guard let (width, height) = size(svg: svg) else { return nil }
        let pixels = width * height * (defaultResolution / 72) * (defaultResolution / 72)
        guard pixels > maxPNGPixels else { return nil }
        return (defaultResolution * (maxPNGPixels / pixels).squareRoot()).rounded(.down)
    }
}
