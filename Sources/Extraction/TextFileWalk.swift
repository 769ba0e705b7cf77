import Foundation

/// The `*.txt` files below a folder, in the order of their sorted paths, listed one folder
/// at a time.
///
/// Only the folders on the way down to the current file are held, each as its sorted list
/// of entries, so memory follows the largest folder and the depth, not the number of files:
/// a corpus of millions of articles is walked in what its listing of one folder costs.
///
/// The order is that of sorting every path (`String`'s `<`): a folder's entries are sorted
/// by name, a subfolder's name taken with its trailing `/`, and all paths below one entry
/// share that entry's prefix, so they sort together and in the same place ("a-b.txt" comes
/// before the folder "a", since "-" sorts before "/").
///
/// Links to folders are not followed; a link to a file is listed, as a file. Folders that
/// cannot be read are passed over.
struct TextFileWalk: Sequence, IteratorProtocol {
    /// An entry of a folder: its path, and the key it sorts by.
    private struct Entry {
        var path: String
        var key: String
        var isFolder: Bool
    }

    /// The sorted entries of a folder on the way down, and the next one to visit.
    private struct Level {
        var entries: [Entry]
        var next = 0
    }

    private var levels: [Level] = []

    /// A walk of the folder `root` (without a trailing slash, but for `/`).
    init(root: String) {
        levels.append(Level(entries: Self.entries(of: root)))
    }

    /// The next file's path, or nil at the end.
    ///
    /// - Complexity: O(*m* log *m*) for a folder of *m* entries when it is entered; O(1) otherwise.
    mutating func next() -> String? {
        while let last = levels.indices.last {
            guard levels[last].next < levels[last].entries.count else {
                levels.removeLast()
                continue
            }
            let entry = levels[last].entries[levels[last].next]
            levels[last].next += 1
            if entry.isFolder {
                levels.append(Level(entries: Self.entries(of: entry.path)))
            } else {
                return entry.path
            }
        }
        return nil
    }

    /// The subfolders and `*.txt` files of `folder`, sorted.
    private static func entries(of folder: String) -> [Entry] {
        guard let stream = opendir(folder) else { return [] }
        defer { closedir(stream) }
        let prefix = folder == "/" ? "/" : folder + "/"
        var entries: [Entry] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            let path = prefix + name
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                // (Some file systems give no type: ask the file itself, not following a link.)
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                type = status.st_mode & S_IFMT == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
            }
            if type == UInt8(DT_DIR) {
                entries.append(Entry(path: path, key: name + "/", isFolder: true))
            } else if ArticleSource.hasTextExtension(path) {
                entries.append(Entry(path: path, key: name, isFolder: false))
            }
        }
        entries.sort { $0.key < $1.key }
        return entries
    }
}
