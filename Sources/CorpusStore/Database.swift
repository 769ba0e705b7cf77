internal import CSQLite

/// An open SQLite database: owns the `sqlite3*` handle and closes it in `deinit`.
///
/// Modelled on SwiftPM's own SQLite wrapper. Not thread-safe: one `Database` per
/// thread (SQLite is opened with `SQLITE_OPEN_NOMUTEX`).
final class Database {
    /// The file the database lives in, for error messages.
    let path: String
    private let handle: OpaquePointer
    private var statements: [String: Statement] = [:]

    /// Opens (creating if needed) the database at `path`.
    ///
    /// - Throws: `CorpusStoreError.sqlite` if SQLite cannot open the file.
    init(path: String, readOnly: Bool = false) throws {
        self.path = path
        var pointer: OpaquePointer?
        let flags =
            (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
            | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &pointer, flags, nil)
        guard code == SQLITE_OK, let pointer else {
            let message = pointer.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            if let pointer { sqlite3_close_v2(pointer) }
            throw CorpusStoreError.sqlite(path: path, operation: "open", code: code, message: message)
        }
        handle = pointer
        // Wait for a concurrent writer instead of failing at once.
        sqlite3_busy_timeout(handle, 10_000)
    }

    deinit {
        // Statements must be finalized before the connection closes.
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more SQL statements that return no rows.
    func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if code != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? lastErrorMessage
            sqlite3_free(errorMessage)
            throw CorpusStoreError.sqlite(
                path: path, operation: String(sql.prefix(60)), code: code, message: message)
        }
    }

    /// A prepared statement for `sql`, compiled once and reused (reset) on later calls.
    func statement(_ sql: String) throws -> Statement {
        if let cached = statements[sql] {
            cached.reset()
            return cached
        }
        let statement = try Statement(database: self, sql: sql)
        statements[sql] = statement
        return statement
    }

    /// Runs `body` inside one transaction, committing if it returns and rolling back if it throws.
    func transaction<Result>(_ body: () throws -> Result) throws -> Result {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// The rowid of the last inserted row.
    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// The number of rows the last statement changed.
    var changes: Int { Int(sqlite3_changes(handle)) }

    var lastErrorMessage: String { String(cString: sqlite3_errmsg(handle)) }

    /// The underlying handle, for `Statement` only.
    var pointer: OpaquePointer { handle }

    func error(_ code: Int32, _ operation: String) -> CorpusStoreError {
        .sqlite(path: path, operation: operation, code: code, message: lastErrorMessage)
    }
}
