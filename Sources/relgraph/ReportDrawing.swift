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

    /// Starts drawing `graph`: the SVG of `RenderLayout.draw` (which may lay out
    /// again with neato when `dot` does not fit), then the PNG of the same DOT.
    static func start(
        _ graph: Graph, layout: RenderLayout, isAutomatic: Bool, source: String, seed: Int,
        options: @escaping @Sendable (RenderLayout) -> DOTWriter.Options
    ) -> Pending {
        Pending {
            let renderer = GraphvizRenderer(seed: seed)
            do {
                let drawing = try layout.draw(
                    graph, as: [.svg, .png], isAutomatic: isAutomatic, renderer: renderer, options: options)
                let svg = drawing.data[.svg]!
                let png = drawing.data[.png]!
                return ReportDrawing(dot: drawing.dot, svg: svg, png: png)
            } catch let error as GraphvizError {
                throw CLIError.input("\(source): drawing failed: \(error)")
            }
        }
    }
}
