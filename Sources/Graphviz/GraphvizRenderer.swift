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
            var buffer: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let rendered = gvRenderData(context.pointer, graph.pointer, format.rawValue, &buffer, &length)
            defer { if let buffer { gvFreeRenderData(buffer) } }
            guard rendered == 0, !lock.hasErrors, let buffer else {
                throw GraphvizError.render(
                    format: format.rawValue, message: lock.firstError(or: "rendering returned \(rendered)").text)
            }
            return Data(bytes: buffer, count: Int(length))
        }
    }
}
