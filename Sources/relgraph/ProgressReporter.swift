import Foundation

/// Progress of a long run on stderr: a bar when stderr is a terminal, nothing otherwise.
///
/// Lines are rewritten in place with `\r`, so a terminal shows one moving line and a
/// log file (stderr redirected) stays clean.
final class ProgressReporter: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()
    private var lastDrawn = Date.distantPast

    /// A reporter that draws only when `quiet` is false and stderr is a terminal.
    init(quiet: Bool) {
        enabled = !quiet && isatty(STDERR_FILENO) != 0
    }

    /// Shows `stage`, with a bar when `total` is known.
    func update(_ stage: String, done: Int? = nil, total: Int? = nil) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        // Redrawing a terminal line costs a syscall; ten times a second is plenty.
        let now = Date()
        if let done, let total, done < total, now.timeIntervalSince(lastDrawn) < 0.1 { return }
        lastDrawn = now
        var line = "relgraph: \(stage)"
        if let done, let total, total > 0 {
            let width = 24
            let filled = min(width, done * width / total)
            line += " [" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
                + "] \(done)/\(total)"
        }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }

    /// Ends the progress line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
