import Foundation
import Synchronization

/// Temporary folders for tests, removed when the test process exits, so that test runs leave
/// nothing behind in the system's temporary directory.
public enum TemporaryFolders {
    /// The folders made so far (tests run in parallel).
    private static let made = Mutex<[URL]>([])
    /// Registers the removal once, on first use.
    private static let removalAtExit: Void = {
        atexit {
            TemporaryFolders.made.withLock { folders in
                for folder in folders { try? FileManager.default.removeItem(at: folder) }
            }
        }
    }()

    /// A new empty folder in the temporary directory, named `prefix` and a UUID.
    ///
    /// - Throws: The file system's error when the folder cannot be made.
    public static func make(_ prefix: String) throws -> URL {
        _ = removalAtExit
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        made.withLock { $0.append(folder) }
        return folder
    }
}
