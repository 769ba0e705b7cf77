internal import CGraphviz
import Foundation

/// Lays out and renders DOT text with Graphviz's C library, in memory, in process.
///
/// No `dot` process is spawned: a small graph renders in about a millisecond instead
/// of the tens of milliseconds a `dot` process costs. Calls from any number of threads are
/// safe; they run one at a time under `GraphvizLock`.
public struct GraphvizRenderer: Sendable {
    /// The seed set as the graph's `start` attribute when the DOT text sets none, and
    /// given to the C random generators before each layout, so that neato, fdp and
    /// sfdp give the same drawing on every run whatever ran before in the process;
    /// nil keeps Graphviz's defaults.
    public var seed: Int?

    /// Creates a renderer pinning `seed` (see `seed`).
    public init(seed: Int? = 1) {
        self.seed = seed
    }

    /// Renders `dot` laid out by `engine` as `format`.
    ///
    /// - Parameters:
    ///   - dot: DOT source of one graph.
    ///   - engine: the layout engine.
    ///   - format: the output format.
    ///   - source: the file name to put in errors.
    /// - Returns: the rendered bytes (UTF-8 text for SVG, plain and JSON).
    /// - Throws: `GraphvizError.syntax` for DOT Graphviz rejects (with its line),
    ///   `.layout` or `.render` when Graphviz reports an error there.
    /// - Complexity: that of the engine; `LayoutEngine.suggested` avoids the slow cases.
    public func render(
        dot: String, engine: LayoutEngine = .dot, format: RenderFormat = .svg, source: String = "-"
    ) throws -> Data {
        try render(dot: dot, engine: engine, formats: [format], source: source)[format]!
    }

    /// Lays out `dot` once and renders it in every one of `formats`.
    ///
    /// Layout dominates the cost of a drawing, so a caller that needs SVG and PNG of
    /// the same graph pays for one layout, not two.
    ///
    /// - Returns: The rendered bytes, by format.
    /// - Throws: `GraphvizError` with Graphviz's message, as `render(dot:engine:format:source:)`.
    /// - Complexity: one layout, plus one rendering per format.
    /// - Parameters:
    ///   - maxBitmapPixels: when a bitmap format (PNG) at Graphviz's default 96 dpi
    ///     would have more pixels than this, it is rendered at the lower resolution
    ///     that fits (the layout is shared; only the scale changes).
    ///   - rendered: called with each format as soon as it is rendered, in the order of
    ///     `formats`, so that a caller can use the SVG while the PNG is still being
    ///     made. It runs under Graphviz's lock: it should only hand the data on.
    public func render(
        dot: String, engine: LayoutEngine = .dot, formats: [RenderFormat], maxBitmapPixels: Double? = nil,
        source: String = "-", rendered: ((RenderFormat, Data) -> Void)? = nil
    ) throws -> [RenderFormat: Data] {
        let lock = GraphvizLock.shared
        return try lock.run {
            let context = GraphvizContext.shared
            let graph = try GraphvizGraph(parsing: dot, source: source)
            if let seed {
                if GraphvizGraph.attribute("start", of: UnsafeMutableRawPointer(graph.pointer)) == nil {
                    _ = rg_set(UnsafeMutableRawPointer(graph.pointer), "start", String(seed))
                }
                rg_seed_random(seed)
            }
            let status = gvLayout(context.pointer, graph.pointer, engine.rawValue)
            // gvFreeLayout is safe after a failed layout, and must precede agclose.
            defer { _ = gvFreeLayout(context.pointer, graph.pointer) }
            if status != 0 || lock.hasErrors {
                throw GraphvizError.layout(
                    engine: engine.rawValue, message: lock.firstError(or: "layout returned \(status)").text)
            }
            var results: [RenderFormat: Data] = [:]
            for format in formats where results[format] == nil {
                if format.isBitmap, let maxBitmapPixels {
                    let scale = 96.0 / 72.0
                    let pixels = rg_drawing_width(graph.pointer) * rg_drawing_height(graph.pointer) * scale * scale
                    if pixels > maxBitmapPixels {
                        rg_set_drawing_dpi(graph.pointer, (96 * (maxBitmapPixels / pixels).squareRoot()).rounded(.down))
                    }
                }
                var buffer: UnsafeMutablePointer<CChar>?
                var length: UInt32 = 0
                let status = gvRenderData(context.pointer, graph.pointer, format.rawValue, &buffer, &length)
                defer { if let buffer { gvFreeRenderData(buffer) } }
                guard status == 0, !lock.hasErrors, let buffer else {
                    throw GraphvizError.render(
                        format: format.rawValue, message: lock.firstError(or: "rendering returned \(status)").text)
                }
                let data = Data(bytes: buffer, count: Int(length))
                results[format] = data
                rendered?(format, data)
            }
            return results
        }
    }
}
