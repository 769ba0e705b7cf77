internal import CSQLite

/// A value bound to, or read from, a statement's parameter or column.
enum SQLiteValue: Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

/// A prepared SQLite statement: owns the `sqlite3_stmt*` and finalizes it in `deinit`.
final class Statement {
    private unowned let database: Database
    private let handle: OpaquePointer
    private let sql: String

    init(database: Database, sql: String) throws {
        self.database = database
        self.sql = sql
        var pointer: OpaquePointer?
        let code = sqlite3_prepare_v3(
            database.pointer, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &pointer, nil)
        guard code == SQLITE_OK, let pointer else {
            throw database.error(code, "prepare '\(sql.prefix(60))'")
        }
        handle = pointer
    }

    deinit { sqlite3_finalize(handle) }

    /// Resets the statement so it can run again, and clears its bindings.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Binds `values` to the parameters `?1`, `?2`, … in order.
    @discardableResult
    func bind(_ values: SQLiteValue...) throws -> Statement {
        try bind(values)
    }

    /// Binds `values` to the parameters `?1`, `?2`, … in order.
    @discardableResult
    func bind(_ values: [SQLiteValue]) throws -> Statement {
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(handle, index)
            case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
            case .real(let number): code = sqlite3_bind_double(handle, index, number)
            case .text(let text):
                code = sqlite3_bind_text(handle, index, text, -1, csqlite_transient())
            }
            guard code == SQLITE_OK else { throw database.error(code, "bind '\(sql.prefix(60))'") }
        }
        return self
    }

    /// Binds `value` to parameter `index` (1-based).
    func bind(_ value: Int64, at index: Int32) throws {
        let code = sqlite3_bind_int64(handle, index, value)
        guard code == SQLITE_OK else { throw database.error(code, "bind '\(sql.prefix(60))'") }
    }

    /// Binds `value` to parameter `index` (1-based).
    func bind(_ value: Double, at index: Int32) throws {
        let code = sqlite3_bind_double(handle, index, value)
        guard code == SQLITE_OK else { throw database.error(code, "bind '\(sql.prefix(60))'") }
    }

    /// Binds `text` (NULL for `nil`) to parameter `index` (1-based); SQLite copies the bytes.
    func bind(_ text: String?, at index: Int32) throws {
        let code: Int32
        if var text {
            // Native strings are contiguous UTF-8: bind their bytes without a C-string copy.
            code = text.withUTF8 { bytes in
                guard let base = bytes.baseAddress, !bytes.isEmpty else {
                    return sqlite3_bind_text(handle, index, "", 0, csqlite_transient())
                }
                return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    sqlite3_bind_text(handle, index, $0, Int32(bytes.count), csqlite_transient())
                }
            }
        } else {
            code = sqlite3_bind_null(handle, index)
        }
        guard code == SQLITE_OK else { throw database.error(code, "bind '\(sql.prefix(60))'") }
    }

    /// Advances to the next row; `false` when the statement is done.
    @discardableResult
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw database.error(code, "run '\(sql.prefix(60))'")
        }
    }

    /// Runs the statement to completion, ignoring any rows.
    func run() throws {
        while try step() {}
    }

    /// Column `index` of the current row as an integer (0 for NULL).
    func int(_ index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }

    /// Column `index` of the current row as a double (0 for NULL).
    func double(_ index: Int32) -> Double { sqlite3_column_double(handle, index) }

    /// Column `index` of the current row as text, `nil` for NULL.
    func text(_ index: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, index) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// Whether column `index` of the current row is NULL.
    func isNull(_ index: Int32) -> Bool { sqlite3_column_type(handle, index) == SQLITE_NULL }
}
