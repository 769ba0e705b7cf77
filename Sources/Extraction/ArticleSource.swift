import Foundation

/// The articles named on a command line: files, folders (every `*.txt` below them,
/// recursively, in sorted order) and `-` for standard input.
public struct ArticleSource: Sendable {
    /// One article to read.
    public struct Article: Sendable, Hashable {
        /// The name used in evidence and for `--per-document` files (the file name).
        public var name: String
        /// The path to read, or `-` for standard input.
        public var path: String

        public init(name: String, path: String) {
            self.name = name
            self.path = path
        }

        /// The article's bytes.
        ///
        /// - Throws: `ExtractionError.unreadable` when the file cannot be read.
        public func read() throws -> [UInt8] {
            if path == "-" {
                return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            }
            // Plain POSIX reads: Foundation's URL and Data cost more than a small
            // article's extraction. Any failure is reported through Foundation below,
            // so the messages stay the same.
            if let bytes = readRegularFile(path) { return bytes }
            do {
                return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw ExtractionError.unreadable(path: path, message: (error as NSError).localizedDescription)
            }
        }
    }

    /// The articles, in the order given (folders expanded in sorted order).
    public var articles: [Article]

    /// Expands `paths`, holding every article's path: `forEach(in:_:)` streams them instead.
    ///
    /// - Throws: `ExtractionError.unreadable` for a path that does not exist.
    public init(paths: [String]) throws {
        var articles: [Article] = []
        try ArticleSource.forEach(in: paths) { articles.append($0) }
        self.articles = articles
    }

    /// Calls `body` with each article of `paths` in order, folders expanded in sorted
    /// order one folder at a time, so that memory does not grow with the number of files.
    ///
    /// - Throws: `ExtractionError.unreadable` for a path that does not exist (when it is
    ///   reached), and what `body` throws.
    public static func forEach(in paths: [String], _ body: (Article) throws -> Void) throws {
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                try body(Article(name: "-", path: "-"))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ExtractionError.unreadable(path: path, message: "no such file or directory")
            }
            if isDirectory.boolValue {
                for file in TextFileWalk(root: withoutTrailingSlashes(path)) {
                    try body(Article(name: lastComponent(of: file), path: file))
                }
            } else {
                try body(Article(name: URL(fileURLWithPath: path).lastPathComponent, path: path))
            }
        }
    }

    /// The number of articles of `paths`, counted without holding their paths.
    ///
    /// - Throws: `ExtractionError.unreadable` for a path that does not exist.
    public static func count(in paths: [String]) throws -> Int {
        var count = 0
        try forEach(in: paths) { _ in count += 1 }
        return count
    }

    /// `path` without slashes at its end ("corpus/" is "corpus"; "/" stays).
    static func withoutTrailingSlashes(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.last == "/" { path.removeLast() }
        return String(path)
    }

    /// The last component of `path` (a file's path: no trailing slash), as
    /// `URL(fileURLWithPath: path).lastPathComponent` gives it: Foundation's URL costs more
    /// per file than a small article's extraction.
    static func lastComponent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    /// Whether `URL(fileURLWithPath: path).pathExtension == "txt"`, for `path` as above:
    /// the last component ends in ".txt" after something other than dots ("..txt" has no
    /// extension).
    static func hasTextExtension(_ path: String) -> Bool {
        let name = lastComponent(of: path).utf8
        guard name.count > 4, name.suffix(4).elementsEqual(".txt".utf8) else { return false }
        return name.dropLast(4).contains { $0 != UInt8(ascii: ".") }
    }
}

/// The bytes of the regular file at `path`, or `nil` on any failure.
private func readRegularFile(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    // One byte more than the file holds, so that the read that finds its end needs no room.
    var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
    var filled = 0
    while true {
        if filled == bytes.count {
            // The file grew since `fstat`: read on.
            bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count)))
        }
        let got = bytes.withUnsafeMutableBytes { buffer in
            read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
        }
        if got < 0 {
            if errno == EINTR { continue }
            return nil
        }
        if got == 0 { break }
        filled += got
    }
    bytes.removeLast(bytes.count - filled)
    return bytes
}
