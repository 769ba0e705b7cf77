/// Errors raised while extracting a graph from articles.
public enum ExtractionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The article is not valid UTF-8; `line` is where the first bad byte is.
    case invalidUTF8(document: String, line: Int)
    /// The article holds NUL bytes: it is a binary file, not text.
    case binary(document: String, line: Int)
    /// A resource table of the extraction is missing or malformed.
    case resource(name: String, line: Int, message: String)
    /// The folder of the resource tables is in none of the places looked at (`ResourceFolder`).
    case resourcesNotFound
    /// An input path cannot be read.
    case unreadable(path: String, message: String)

    public var description: String {
        switch self {
        case .invalidUTF8(let document, let line):
            "\(document):\(line): invalid UTF-8 (the article must be UTF-8 text)"
        case .binary(let document, let line):
            "\(document):\(line): binary data (NUL byte), not a text article"
        case .resource(let name, let line, let message):
            "resource \(name):\(line): \(message)"
        case .resourcesNotFound:
            ResourceFolder.missingMessage
        case .unreadable(let path, let message):
            "\(path): cannot read: \(message)"
        }
    }
}
