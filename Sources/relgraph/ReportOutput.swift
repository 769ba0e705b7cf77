import Foundation

/// Writes the files of a report into a folder all-or-nothing.
///
/// Every file is first written to a temporary name beside its target. Only when all
/// are written is each previous file kept under a second name (a hard link, so no
/// copy) and each new file renamed into place; if a rename fails, the files already
/// replaced are put back. So a failure part-way (a full disk, a target that cannot be
/// replaced) leaves the previous report byte-identical and no temporary file behind.
/// Ctrl-C removes the temporary files (`TemporaryFiles`).
enum ReportOutput {
    /// One file of the report.
    struct File {
        /// The file name inside the folder.
        var name: String
        /// The bytes to write.
        var data: Data
    }

    /// Writes `files` into `directory` (created if missing), all or none.
    ///
    /// - Throws: `CLIError.input` naming the file that could not be written.
    static func write(_ files: [File], into directory: String) throws {
        try createDirectory(directory)
        let folder = URL(fileURLWithPath: directory)
        let tag = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        struct Staged {
            var target: String
            var temporary: String
            var backup: String?
        }
        var staged: [Staged] = []
        defer {
            for file in staged {
                unlink(file.temporary)
                TemporaryFiles.shared.unregister(file.temporary)
                if let backup = file.backup {
                    unlink(backup)
                    TemporaryFiles.shared.unregister(backup)
                }
            }
        }
        for file in files {
            let target = folder.appendingPathComponent(file.name).path
            let temporary = folder.appendingPathComponent(".\(file.name).tmp-\(tag)").path
            TemporaryFiles.shared.register(temporary)
            staged.append(Staged(target: target, temporary: temporary))
            do {
                try file.data.write(to: URL(fileURLWithPath: temporary))
            } catch {
                throw CLIError.input("\(target): cannot write: \(error.localizedDescription)")
            }
        }
        // Keep each previous file under a second name, to put back on failure.
        for position in staged.indices {
            let backup = folder.appendingPathComponent(".\(files[position].name).old-\(tag)").path
            TemporaryFiles.shared.register(backup)
            if link(staged[position].target, backup) == 0 {
                staged[position].backup = backup
            } else if errno != ENOENT && !isDirectory(staged[position].target) {
                // No hard links here: copy instead.
                do {
                    try FileManager.default.copyItem(atPath: staged[position].target, toPath: backup)
                    staged[position].backup = backup
                } catch {
                    TemporaryFiles.shared.unregister(backup)
                    throw CLIError.input("\(staged[position].target): cannot keep the previous file: \(error.localizedDescription)")
                }
            } else {
                TemporaryFiles.shared.unregister(backup)
            }
        }
        for position in staged.indices where rename(staged[position].temporary, staged[position].target) != 0 {
            let reason = String(cString: strerror(errno))
            for replaced in staged[..<position] {
                if let backup = replaced.backup {
                    rename(backup, replaced.target)
                } else {
                    unlink(replaced.target)
                }
            }
            throw CLIError.input("\(staged[position].target): cannot write: \(reason)")
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func createDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw CLIError.input("\(path): exists and is not a directory") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw CLIError.input("\(path): cannot create directory: \(error.localizedDescription)")
        }
    }
}
