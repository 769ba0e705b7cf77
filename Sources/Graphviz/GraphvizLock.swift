internal import CGraphviz
import Foundation

/// The one lock around every Graphviz call, and the messages Graphviz reports under it.
///
/// Graphviz keeps its parser, error and layout state in C globals, so two calls may never
/// run at the same time, even on separate contexts (parallel layouts crash). Every call
/// into the C library goes through `GraphvizLock.run`. The lock is recursive so that a
/// handle freed in `deinit` while the lock is held does not deadlock.
///
/// Graphviz's own error printing is replaced (`agseterrf`) by a handler that appends to
/// `messages`, so nothing reaches stderr and each failure becomes a `GraphvizError`
/// carrying Graphviz's text.
final class GraphvizLock: @unchecked Sendable {
    /// The process-wide lock.
    static let shared = GraphvizLock()

    private let lock = NSRecursiveLock()
    private var depth = 0
    private var handlerInstalled = false
    /// Graphviz's messages since the outermost `run` began; read and written under `lock`.
    fileprivate var buffer = ""

    private init() {}

    /// Runs `body` holding the lock, with Graphviz's messages captured.
    ///
    /// The outermost call clears the message buffer and Graphviz's error count first.
    func run<Result>(_ body: () throws -> Result) rethrows -> Result {
        lock.lock()
        defer {
            depth -= 1
            lock.unlock()
        }
        if depth == 0 {
            if !handlerInstalled {
                _ = agseterrf(graphvizMessageHandler)
                handlerInstalled = true
            }
            buffer = ""
            _ = agreseterrors()
        }
        depth += 1
        return try body()
    }

    /// The messages Graphviz reported in the current `run`. Call only inside `run`.
    ///
    /// A line that does not start with `Error: ` or `Warning: ` continues the message
    /// before it (Graphviz's `String starting: …` after an HTML-string error).
    var messages: [GraphvizMessage] {
        var result: [GraphvizMessage] = []
        for line in buffer.split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            if text.hasPrefix("Error: ") {
                result.append(GraphvizMessage(isError: true, text: String(text.dropFirst(7))))
            } else if text.hasPrefix("Warning: ") {
                result.append(GraphvizMessage(isError: false, text: String(text.dropFirst(9))))
            } else if result.isEmpty {
                result.append(GraphvizMessage(isError: true, text: text))
            } else {
                result[result.count - 1].text += " " + text
            }
        }
        return result
    }

    /// Whether Graphviz reported an error (not only warnings) in the current `run`.
    var hasErrors: Bool { agerrors() > 0 }

    /// The first error message of the current `run`, or `fallback` when there is none.
    func firstError(or fallback: String) -> GraphvizMessage {
        messages.first { $0.isError } ?? GraphvizMessage(isError: true, text: fallback)
    }
}

/// Receives every message Graphviz would print. Graphviz calls it only from inside
/// `GraphvizLock.run`, so the buffer is guarded by the lock.
private func graphvizMessageHandler(_ message: UnsafeMutablePointer<CChar>?) -> Int32 {
    guard let message else { return 0 }
    GraphvizLock.shared.buffer += String(cString: message)
    return 0
}
