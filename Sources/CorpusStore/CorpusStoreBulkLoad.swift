/// Filling an empty store in one go: the indexes only queries use are dropped while the
/// documents are written and built once, sorted, at the end.
///
/// Kept up row by row, `evidence_by_relation` and `evidence_by_day` take one random
/// B-tree insert per evidence sentence, and each batch rewrites thousands of their pages;
/// at a million articles that index upkeep made each article's ingest a third dearer
/// than at a hundred thousand. Building an index from a sort of the finished table costs
/// a fraction of that. The writer itself needs none of these indexes (it finds documents,
/// entities and relations by their unique keys), except to take out an earlier version of
/// a document, so a replacement during a bulk load builds them first.
///
/// A bulk load interrupted before its end leaves the store without those indexes:
/// queries are still right, only slower, and the next writer to open the store (a re-run
/// of the ingest) builds them, as `CorpusSchema.tables` creates any missing index.
extension CorpusStore {
    /// Drops the query indexes if the store holds no document, so a first ingest writes
    /// without them; `finishBulkLoad()` builds them.
    ///
    /// - Returns: whether a bulk load began (`false` for a store that holds documents).
    /// - Throws: `CorpusStoreError` from SQLite.
    /// - Complexity: O(1).
    @discardableResult
    public func beginBulkLoad() throws -> Bool {
        guard !isBulkLoading else { return true }
        try commit()
        let began = try database.transaction { () -> Bool in
            guard try isEmpty() else { return false }
            for name in CorpusSchema.queryIndexNames {
                try database.execute("DROP INDEX IF EXISTS \(name)")
            }
            return true
        }
        isBulkLoading = began
        return began
    }

    /// Commits what is pending and builds the indexes a bulk load left out; does nothing
    /// when no bulk load is under way.
    ///
    /// - Throws: `CorpusStoreError` from SQLite.
    /// - Complexity: O(*e* log *e*) in the evidence rows (SQLite sorts them, on two threads).
    public func finishBulkLoad() throws {
        guard isBulkLoading else { return }
        try commit()
        releaseCaches()
        // The sort spills to temporary files, not memory: sorting a million articles'
        // evidence in memory took the ingest's peak from 270 MB to 750 MB.
        try database.execute("PRAGMA temp_store = FILE")
        defer { try? database.execute("PRAGMA temp_store = MEMORY") }
        try database.transaction { try createQueryIndexes() }
    }

    /// Creates the query indexes inside the current transaction and ends the bulk load.
    func createQueryIndexes() throws {
        // Let SQLite sort on a second thread while it builds the indexes.
        try database.execute("PRAGMA threads = 2")
        try database.execute(CorpusSchema.queryIndexes)
        isBulkLoading = false
    }
}
