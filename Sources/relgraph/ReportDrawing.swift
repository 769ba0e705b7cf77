import Foundation
import GraphFormats
import GraphModel
import Graphviz

/// The drawing of a report: the styled DOT, and Graphviz's renderings of it.
///
/// `start` makes it on another thread, so that Graphviz lays out the graph while the
/// report computes the measures and encodes the other files, and each rendering is
/// handed over as soon as it is made: the page is built from the SVG while the PNG is
/// still being rasterised.
struct ReportDrawing: Sendable {
    /// The DOT text drawn.
    var dot: String
    /// The renderings asked for, by format.
    var data: [RenderFormat: Data]

    /// The most pixels a PNG gets: a larger drawing is rendered at a lower resolution
    /// (at 96 dpi, 2,000 entities make a 45-million-pixel image whose compression alone
    /// takes longer than the layout).
    static let maxPNGPixels = 8_000_000.0

    /// A drawing being made on another thread.
    final class Pending: @unchecked Sendable {
        private let condition = NSCondition()
        private var dot: String?
        private var data: [RenderFormat: Data] = [:]
        private var failure: (any Error)?
        private var isDone = false

        fileprivate init(_ work: @escaping @Sendable (Pending) throws -> ReportDrawing) {
            Thread.detachNewThread { [self] in
                let result = Result { try work(self) }
                condition.lock()
                switch result {
                case .success(let drawing):
                    dot = drawing.dot
                    data.merge(drawing.data) { kept, _ in kept }
                case .failure(let error):
                    failure = error
                }
                isDone = true
                condition.broadcast()
                condition.unlock()
            }
        }

        /// Called on the drawing thread as each rendering is made.
        fileprivate func publish(dot: String, format: RenderFormat, data rendered: Data) {
            condition.lock()
            self.dot = dot
            data[format] = rendered
            condition.broadcast()
            condition.unlock()
        }

        /// Waits until `format` is rendered (or the drawing fails), and returns it
        /// with the DOT drawn.
        func value(_ format: RenderFormat) throws -> (dot: String, data: Data) {
            condition.lock()
            defer { condition.unlock() }
            while data[format] == nil && !isDone { condition.wait() }
            if let failure { throw failure }
            guard let dot, let rendered = data[format] else {
                preconditionFailure("\(format) was not asked of the drawing")
            }
            return (dot, rendered)
        }

        /// Waits for the whole drawing.
        func value() throws -> ReportDrawing {
            condition.lock()
            defer { condition.unlock() }
            while !isDone { condition.wait() }
            if let failure { throw failure }
            return ReportDrawing(dot: dot!, data: data)
        }
    }

    /// Starts drawing `graph` in `formats` (none: only the DOT), as
    /// `RenderLayout.draw` does (which may lay out again with neato when `dot` does not
    /// fit), laid out once for all formats.
    static func start(
        _ graph: Graph, as formats: [RenderFormat], layout: RenderLayout, isAutomatic: Bool, source: String,
        seed: Int, options: @escaping @Sendable (RenderLayout) -> DOTWriter.Options
    ) -> Pending {
        Pending { pending in
            let renderer = GraphvizRenderer(seed: seed)
            do {
                let drawing = try layout.draw(
                    graph, as: formats, isAutomatic: isAutomatic, renderer: renderer, options: options
                ) { dot, format, data in
                    pending.publish(dot: dot, format: format, data: data)
                }
                return ReportDrawing(dot: drawing.dot, data: drawing.data)
            } catch let error as GraphvizError {
                throw CLIError.input("\(source): drawing failed: \(error)")
            }
        }
    }
}
