import Foundation
import Synchronization

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
///
/// The signal handler may only make async-signal-safe calls, so it cannot walk a Swift
/// collection (which may be mid-update, or allocate). The paths are kept instead as C
/// strings in a fixed table of atomic slots, changed only by `register` and `unregister`
/// under `lock`. The handler takes each path out with an atomic exchange, unlinks it and
/// calls `_exit`; `unregister` likewise exchanges a path out before freeing it, so a
/// path the handler holds is never freed under it (the technique of LLVM's
/// `RemoveFileOnSignal`).
final class TemporaryFiles: @unchecked Sendable {
    static let shared = TemporaryFiles()

    /// How many files can be registered at once (a report stages about twenty).
    static let capacity = 256

    private let lock = NSLock()
    /// `capacity` slots, each a `strdup`ed path or nil; never deallocated.
    private let slots: UnsafeMutablePointer<Atomic<UnsafeMutablePointer<CChar>?>>
    private var installed = false

    private init() {
        slots = .allocate(capacity: Self.capacity)
        for index in 0..<Self.capacity { (slots + index).initialize(to: Atomic(nil)) }
    }

    /// Registers `path` for removal on SIGINT or SIGTERM.
    ///
    /// When all `capacity` slots are taken the path is not registered; the writer
    /// still removes it on every ordinary failure.
    func register(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        if !installed {
            installed = true
            signal(SIGINT, temporaryFilesSignalHandler)
            signal(SIGTERM, temporaryFilesSignalHandler)
        }
        guard let empty = (0..<Self.capacity).first(where: { slots[$0].load(ordering: .relaxed) == nil }),
            let copy = strdup(path)
        else { return }
        slots[empty].store(copy, ordering: .releasing)
    }

    /// Forgets `path`: it was renamed into place or removed.
    func unregister(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        for index in 0..<Self.capacity {
            guard let registered = slots[index].load(ordering: .relaxed), strcmp(registered, path) == 0 else { continue }
            // nil here means the signal handler took the path: it is exiting, leave it.
            if let taken = slots[index].exchange(nil, ordering: .acquiring) { free(taken) }
            return
        }
    }

    /// Unlinks every registered file. Async-signal-safe: atomic exchanges and `unlink`.
    fileprivate func removeAll() {
        for index in 0..<Self.capacity {
            if let path = slots[index].exchange(nil, ordering: .acquiring) { unlink(path) }
        }
    }
}

private func temporaryFilesSignalHandler(_ signal: Int32) {
    TemporaryFiles.shared.removeAll()
    _exit(128 + signal)
}
