/// Errors raised while extracting a graph from articles.
public enum ExtractionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The article is not valid UTF-8; `line` is where the first bad byte is.
    case invalidUTF8(document: String, line: Int)

    public var description: String {
        switch self {
        case .invalidUTF8(let document, let line): "\(document):\(line): invalid UTF-8"
        }
    }
}
