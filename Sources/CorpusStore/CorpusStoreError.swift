/// Errors raised by the corpus store, carrying SQLite's own message.
public enum CorpusStoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// SQLite reported an error with `code` while doing `operation` on the store at `path`.
    case sqlite(path: String, operation: String, code: Int32, message: String)

    public var description: String {
        switch self {
        case .sqlite(let path, let operation, let code, let message):
            "\(path): \(operation) failed: \(message) (SQLite error \(code))"
        }
    }
}
