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
            do {
                return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw ExtractionError.unreadable(path: path, message: (error as NSError).localizedDescription)
            }
        }
    }

    /// The articles, in the order given (folders expanded in sorted order).
    public var articles: [Article]

    /// Expands `paths`.
    ///
    /// - Throws: `ExtractionError.unreadable` for a path that does not exist.
    public init(paths: [String]) throws {
        var articles: [Article] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                articles.append(Article(name: "-", path: "-"))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ExtractionError.unreadable(path: path, message: "no such file or directory")
            }
            if isDirectory.boolValue {
                let root = URL(fileURLWithPath: path)
                var found: [String] = []
                if let enumerator = manager.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
                    for case let url as URL in enumerator where url.pathExtension == "txt" {
                        found.append(url.path)
                    }
                }
                for file in found.sorted() {
                    articles.append(Article(name: URL(fileURLWithPath: file).lastPathComponent, path: file))
                }
            } else {
                articles.append(Article(name: URL(fileURLWithPath: path).lastPathComponent, path: path))
            }
        }
        self.articles = articles
    }
}
