import Foundation

/// Writes output files atomically: to a temporary file beside the target, then rename.
///
/// A failure (or Ctrl-C) part-way leaves the previous file intact and no partial
/// file behind. `-` means standard output.
enum OutputFile {
    /// Writes `data` to `path` (`-` for stdout) atomically.
    static func write(_ data: Data, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw CLIError.input("\(path): cannot write: directory \(directory.path) does not exist")
        }
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        TemporaryFiles.shared.register(temporary.path)
        defer { TemporaryFiles.shared.unregister(temporary.path) }
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError.input("\(path): cannot write: \(error.localizedDescription)")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError.input("\(path): cannot write: \(reason)")
        }
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}

/// The temporary files being written, removed if the process is interrupted.
final class TemporaryFiles: @unchecked Sendable {
    static let shared = TemporaryFiles()

    private let lock = NSLock()
    private var paths: Set<String> = []
    private var installed = false

    func register(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        paths.insert(path)
        if !installed {
            installed = true
            signal(SIGINT, temporaryFilesSignalHandler)
            signal(SIGTERM, temporaryFilesSignalHandler)
        }
    }

    func unregister(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        paths.remove(path)
    }

    /// Removes every registered file; called from the signal handler.
    func removeAll() {
        for path in paths { unlink(path) }
    }
}

private func temporaryFilesSignalHandler(_ signal: Int32) {
    TemporaryFiles.shared.removeAll()
    _exit(128 + signal)
}
