/// Errors raised by the corpus store, carrying SQLite's own message.
public enum CorpusStoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// SQLite reported an error with `code` while doing `operation` on the store at `path`.
    case sqlite(path: String, operation: String, code: Int32, message: String)
    /// A date given to the store is not an ISO date (`YYYY-MM-DD`, or `YYYY-MM`/`YYYY` for ranges).
    case invalidDate(String)
    /// The file is a SQLite database but not a corpus store of a version this code reads.
    case unsupportedSchema(path: String, version: Int)

    public var description: String {
        switch self {
        case .sqlite(let path, let operation, let code, let message):
            "\(path): \(operation) failed: \(message) (SQLite error \(code))"
        case .invalidDate(let text):
            "'\(text)' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)"
        case .unsupportedSchema(let path, let version):
            "\(path): not a relgraph corpus store of a known version (schema version \(version))"
        }
    }
}
