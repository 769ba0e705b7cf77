import Foundation
import GraphModel

/// A corpus of extracted article graphs in one SQLite file, added to incrementally.
///
/// Each document is stored with its content hash and the version of the extractor
/// that read it, so a re-run skips unchanged documents (`needsIngest`) and replaces
/// changed ones. Entities and relations are kept aggregated (weights summed over
/// documents) and every supporting sentence is kept as evidence with its ISO day, so
/// the graph of any period or source (`graph(since:until:source:)`), the evidence of a
/// pair, and time slices come from indexed queries rather than from re-reading articles.
///
/// Writes are batched: `ingest` keeps one transaction open and commits every
/// `batchSize` documents (and on `commit()` and `deinit`); each document is atomic
/// within it through a savepoint. The file uses write-ahead logging, so readers (other
/// processes running `relgraph evidence` or `analyze --store`) see the last commit.
///
/// A store is not thread-safe: use it from one thread (extract in parallel, ingest
/// from one writer).
public final class CorpusStore {
    /// The path of the SQLite file.
    public let path: String
    /// How many documents one write transaction holds before it commits.
    public var batchSize = 1000

    let database: Database
    private var pendingDocuments = 0
    private var inTransaction = false
    private var entityCache: [EntityID: CachedEntity] = [:]
    private var entityKeys: [Int64: EntityID] = [:]
    /// The cached entities changed since the last commit (a commit writes only these,
    /// not the whole cache).
    private var dirtyEntities: [EntityID] = []
    /// SQLite's `data_version` when this writer last began a batch: it changes when another
    /// connection commits, which makes the caches stale.
    private var dataVersion: Int64 = -1
    /// Bounds the entity cache so memory stays flat however many entities a corpus has.
    private let entityCacheLimit = 200_000
    /// The row and stored attributes of relations this writer has seen, so that adding a
    /// document's weight is a plain update by row id (an upsert returning the row cost
    /// twice as much). Cleared when a document is replaced or rolled back, and bounded.
    private var relationCache: [RelationSlot: CachedRelation] = [:]
    private let relationCacheLimit = 500_000

    private struct RelationSlot: Hashable {
        var kind: String
        var source: Int64
        var target: Int64
        var isDirected: Bool
    }

    private struct CachedRelation {
        var row: Int64
        var attributes: String
    }
    private let timestampFormatter = ISO8601DateFormatter()
    private var timestamp = (second: 0, text: "")

    private struct CachedEntity {
        var row: Int64
        var entity: Entity
        var documents: Int
        var dirty: Bool
    }

    /// Opens the store at `path`, creating the file and its tables if needed.
    ///
    /// - Parameter readOnly: open without write access (for queries while another
    ///   process ingests).
    /// - Throws: `CorpusStoreError` if the file cannot be opened or is not a store.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        database = try Database(path: path, readOnly: readOnly)
        let version = try database.statement("PRAGMA user_version")
        let current = try version.step() ? Int(version.int(0)) : 0
        version.reset()
        if readOnly {
            guard current == CorpusSchema.version else {
                throw CorpusStoreError.unsupportedSchema(path: path, version: current)
            }
            // Readers are many (one per ingest worker) and look up single rows: a small cache.
            try database.execute("PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768;")
            return
        }
        guard current == 0 || current == CorpusSchema.version else {
            throw CorpusStoreError.unsupportedSchema(path: path, version: current)
        }
        if current == 0 {
            // A new file, or a SQLite file of something else: only an empty one becomes a store.
            let tables = try database.statement("SELECT count(*) FROM sqlite_master")
            let count = try tables.step() ? tables.int(0) : 0
            tables.reset()
            guard count == 0 else { throw CorpusStoreError.unsupportedSchema(path: path, version: 0) }
        }
        try database.execute(CorpusSchema.pragmas)
        try database.transaction {
            try database.execute(CorpusSchema.tables)
            try database.execute("PRAGMA user_version = \(CorpusSchema.version)")
            try indexNamesIfMissing()
        }
    }

    deinit {
        try? commit()
    }

    // MARK: Ingest

    /// Whether the store holds no document yet (a first ingest need not ask about each article).
    public func isEmpty() throws -> Bool {
        let statement = try database.statement("SELECT EXISTS (SELECT 1 FROM documents)")
        defer { statement.reset() }
        return try statement.step() ? statement.int(0) == 0 : true
    }

    /// Whether `document` must be (re-)ingested: it is not stored yet, its content hash
    /// changed, or it was read by another extractor version.
    ///
    /// - Complexity: one indexed look-up.
    public func needsIngest(document: String, hash: String, extractorVersion: String) throws -> Bool {
        guard let stored = try storedRow(document) else { return true }
        return stored.hash != hash || stored.extractorVersion != extractorVersion
    }

    /// The stored record of `document`, if any.
    public func document(named name: String) throws -> StoredDocument? {
        let statement = try database.statement(
            "SELECT name, source, hash, date, extractor_version, ingested_at FROM documents WHERE name = ?1")
        try statement.bind(.text(name))
        guard try statement.step() else { return nil }
        defer { statement.reset() }
        return StoredDocument(
            name: statement.text(0) ?? name, source: statement.text(1), hash: statement.text(2) ?? "",
            date: statement.text(3), extractorVersion: statement.text(4) ?? "",
            ingestedAt: statement.text(5) ?? "")
    }

    /// Adds the graph extracted from `document`, or replaces the rows of an earlier
    /// version of it; does nothing if it is stored with the same hash and extractor.
    ///
    /// Entities are united with the stored ones by id, relation weights are added to
    /// the stored weights (the old version's subtracted first), and each evidence
    /// sentence is stored with the ISO day its date resolves to against `date`.
    ///
    /// - Parameters:
    ///   - document: the document's unique name (file name or article id); the graph's
    ///     evidence should name it too.
    ///   - hash: the content hash (see `ContentHash`).
    ///   - source: the news source, for `--source` filters.
    ///   - date: the article's ISO date (`YYYY-MM-DD`, longer timestamps allowed).
    ///   - graph: what the extractor found in the document.
    ///   - extractorVersion: the extractor's version, so a new one can re-run.
    /// - Throws: `CorpusStoreError`; the document is then left as it was.
    /// - Complexity: O(*n* + *m* + *e*) statements in the graph's entities, relations
    ///   and evidence.
    @discardableResult
    public func ingest(
        document: String, hash: String, source: String? = nil, date: String? = nil, graph: Graph,
        extractorVersion: String
    ) throws -> IngestOutcome {
        let day = try date.map { text -> String in
            guard let day = CalendarDay(iso: text) else { throw CorpusStoreError.invalidDate(text) }
            return day.iso
        }
        let stored = try storedRow(document)
        if let stored, stored.hash == hash, stored.extractorVersion == extractorVersion {
            return .unchanged
        }
        try beginBatchIfNeeded()
        var undo: [EntityID: CachedEntity?] = [:]
        // Prepared once: `execute` would parse the SQL for every document.
        try database.statement("SAVEPOINT document").run()
        do {
            let documentRow: Int64
            if let stored {
                try removeContributions(of: stored, undo: &undo)
                let update = try database.statement(
                    """
                    UPDATE documents SET source = ?2, hash = ?3, date = ?4, extractor_version = ?5,
                        ingested_at = ?6 WHERE id = ?1
                    """)
                try update.bind(
                    .integer(stored.row), source.map(SQLiteValue.text) ?? .null, .text(hash),
                    day.map(SQLiteValue.text) ?? .null, .text(extractorVersion), .text(now())
                ).run()
                documentRow = stored.row
            } else {
                let insert = try database.statement(
                    """
                    INSERT INTO documents (name, source, hash, date, extractor_version, ingested_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                    """)
                try insert.bind(
                    .text(document), source.map(SQLiteValue.text) ?? .null, .text(hash),
                    day.map(SQLiteValue.text) ?? .null, .text(extractorVersion), .text(now())
                ).run()
                documentRow = database.lastInsertedRowID
            }
            try addContributions(of: graph, document: documentRow, day: day, undo: &undo)
            try database.statement("RELEASE document").run()
        } catch {
            try? database.execute("ROLLBACK TO document; RELEASE document")
            relationCache.removeAll()
            for (id, previous) in undo {
                if let previous {
                    entityCache[id] = previous
                    entityKeys[previous.row] = id
                } else if let removed = entityCache.removeValue(forKey: id) {
                    entityKeys[removed.row] = nil
                }
            }
            throw error
        }
        pendingDocuments += 1
        if pendingDocuments >= batchSize { try commit() }
        return stored == nil ? .added : .replaced
    }

    /// Commits the documents ingested since the last commit.
    public func commit() throws {
        guard inTransaction else { return }
        try flushEntities()
        try database.execute("COMMIT")
        inTransaction = false
        pendingDocuments = 0
        if relationCache.count > relationCacheLimit { relationCache.removeAll(keepingCapacity: false) }
        if entityCache.count > entityCacheLimit {
            entityCache.removeAll(keepingCapacity: false)
            entityKeys.removeAll(keepingCapacity: false)
        }
    }

    private func beginBatchIfNeeded() throws {
        guard !inTransaction else { return }
        try database.execute("BEGIN IMMEDIATE")
        inTransaction = true
        // The caches hold rows as this connection left them: if another connection has
        // committed since, they may name rows it changed or deleted, so they start over.
        let version = try database.statement("PRAGMA data_version")
        let current = try version.step() ? version.int(0) : -1
        version.reset()
        if current != dataVersion {
            entityCache.removeAll()
            entityKeys.removeAll()
            dirtyEntities.removeAll()
            relationCache.removeAll()
            dataVersion = current
        }
    }

    private struct StoredRow: Equatable {
        var row: Int64
        var hash: String
        var extractorVersion: String
        var entityRows: String
        var relationWeights: String
    }

    private func storedRow(_ document: String) throws -> StoredRow? {
        let statement = try database.statement(
            """
            SELECT id, hash, extractor_version, entity_ids, relation_weights FROM documents WHERE name = ?1
            """)
        try statement.bind(.text(document))
        guard try statement.step() else { return nil }
        defer { statement.reset() }
        return StoredRow(
            row: statement.int(0), hash: statement.text(1) ?? "", extractorVersion: statement.text(2) ?? "",
            entityRows: statement.text(3) ?? "", relationWeights: statement.text(4) ?? "")
    }

    private func addContributions(
        of graph: Graph, document: Int64, day: String?, undo: inout [EntityID: CachedEntity?]
    ) throws {
        var entityRows: [EntityID: Int64] = [:]
        for entity in graph.entities {
            let row = try mention(entity, undo: &undo)
            entityRows[entity.id] = row
        }
        let insertEvidence = try database.statement(
            """
            INSERT INTO evidence (relation, document, sentence, start_offset, end_offset, date, day)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            """)
        var weights: [String] = []
        // The days of the dates written in this document: evidence repeats a few dates.
        var days: [String: String?] = [:]
        let undatedDay = EvidenceDate.isoDay(nil, documentDate: day)
        for relation in graph.relations {
            guard let source = entityRows[relation.source], let target = entityRows[relation.target] else {
                continue  // a Graph never holds such a relation
            }
            let attributes = StoreJSON.encode(relation.attributes)
            let slot = RelationSlot(
                kind: relation.kind.rawValue, source: source, target: target, isDirected: relation.isDirected)
            let stored = try addWeight(of: relation, at: slot, attributes: attributes)
            let row = stored.row
            let storedAttributes = stored.attributes
            var currentAttributes = storedAttributes
            if !relation.attributes.isEmpty && storedAttributes != attributes {
                let united = Self.unite(StoreJSON.object(storedAttributes), relation.attributes)
                let encoded = StoreJSON.encode(united)
                if encoded != storedAttributes {
                    try database.statement("UPDATE relations SET attributes = ?2 WHERE id = ?1")
                        .bind(.integer(row), .text(encoded)).run()
                    currentAttributes = encoded
                }
            }
            relationCache[slot] = CachedRelation(row: row, attributes: currentAttributes)
            weights.append("\(row):\(relation.weight)")
            for evidence in relation.evidence {
                let evidenceDay: String?
                if let written = evidence.date {
                    if let known = days[written] {
                        evidenceDay = known
                    } else {
                        evidenceDay = EvidenceDate.isoDay(written, documentDate: day)
                        days[written] = .some(evidenceDay)
                    }
                } else {
                    evidenceDay = undatedDay
                }
                insertEvidence.reset()
                try insertEvidence.bind(
                    .integer(row), .integer(document), .text(evidence.sentence),
                    .integer(Int64(evidence.start)), .integer(Int64(evidence.end)),
                    evidence.date.map(SQLiteValue.text) ?? .null,
                    evidenceDay.map(SQLiteValue.text) ?? .null)
                try insertEvidence.run()
            }
        }
        let ids = graph.entities.compactMap { entityRows[$0.id] }.map(String.init).joined(separator: ",")
        try database.statement("UPDATE documents SET entity_ids = ?2, relation_weights = ?3 WHERE id = ?1")
            .bind(.integer(document), .text(ids), .text(weights.joined(separator: ","))).run()
    }

    /// Adds the weight of `relation` to its stored row, or inserts it, as
    /// `INSERT ... ON CONFLICT DO UPDATE ... RETURNING id, attributes` would (an upsert
    /// returning the row cost twice as much): the row and its stored attributes.
    private func addWeight(of relation: Relation, at slot: RelationSlot, attributes: String) throws -> CachedRelation {
        let addWeight = try database.statement(
            "UPDATE relations SET weight = weight + ?2, documents = documents + 1 WHERE id = ?1")
        if let cached = relationCache[slot] {
            try addWeight.bind(.integer(cached.row), .real(relation.weight)).run()
            if database.changes > 0 { return cached }
            relationCache[slot] = nil  // removed by another writer since it was cached
        }
        let find = try database.statement(
            "SELECT id, attributes FROM relations WHERE source = ?1 AND target = ?2 AND kind = ?3 AND directed = ?4")
        try find.bind(.integer(slot.source), .integer(slot.target), .text(slot.kind), .integer(slot.isDirected ? 1 : 0))
        if try find.step() {
            let found = CachedRelation(row: find.int(0), attributes: find.text(1) ?? "{}")
            find.reset()
            try database.statement(
                "UPDATE relations SET weight = weight + ?2, documents = documents + 1 WHERE id = ?1"
            ).bind(.integer(found.row), .real(relation.weight)).run()
            return found
        }
        find.reset()
        try database.statement(
            """
            INSERT INTO relations (kind, source, target, directed, weight, attributes, documents)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1)
            """
        ).bind(
            .text(slot.kind), .integer(slot.source), .integer(slot.target), .integer(slot.isDirected ? 1 : 0),
            .real(relation.weight), .text(attributes)
        ).run()
        return CachedRelation(row: database.lastInsertedRowID, attributes: attributes)
    }

    /// Takes an earlier version of a document out: its evidence, its relation weights,
    /// and the entities no other document mentions.
    private func removeContributions(of stored: StoredRow, undo: inout [EntityID: CachedEntity?]) throws {
        // Relations may be deleted below: forget the cached rows.
        relationCache.removeAll()
        for item in stored.relationWeights.split(separator: ",") {
            let parts = item.split(separator: ":")
            guard parts.count == 2, let row = Int64(parts[0]), let weight = Double(parts[1]) else { continue }
            try database.statement("DELETE FROM evidence WHERE relation = ?1 AND document = ?2")
                .bind(.integer(row), .integer(stored.row)).run()
            try database.statement(
                "UPDATE relations SET weight = weight - ?2, documents = documents - 1 WHERE id = ?1"
            ).bind(.integer(row), .real(weight)).run()
            try database.statement("DELETE FROM relations WHERE id = ?1 AND documents <= 0")
                .bind(.integer(row)).run()
        }
        for item in stored.entityRows.split(separator: ",") {
            guard let row = Int64(item), let id = try cachedEntityKey(row: row),
                var cached = entityCache[id]
            else { continue }
            if undo[id] == nil { undo[id] = .some(cached) }
            cached.documents -= 1
            if cached.documents <= 0 {
                try database.statement("DELETE FROM entities WHERE id = ?1").bind(.integer(row)).run()
                try unindexNames(row: row)
                entityCache[id] = nil
                entityKeys[row] = nil
            } else {
                if !cached.dirty { dirtyEntities.append(id) }
                cached.dirty = true
                entityCache[id] = cached
            }
        }
    }

    /// Counts one more document mentioning `entity`, uniting it with the stored one;
    /// returns its row id.
    private func mention(_ entity: Entity, undo: inout [EntityID: CachedEntity?]) throws -> Int64 {
        let id = entity.id
        if entityCache[id] == nil { try loadEntity(id) }
        if var cached = entityCache[id] {
            if undo[id] == nil { undo[id] = .some(cached) }
            // Most mentions add nothing new; unite (as Graph does) only when they do.
            let known = cached.entity
            if entity.name != known.name || entity.kind != known.kind || entity.attributes != known.attributes
                || !entity.aliases.allSatisfy({ known.aliases.contains($0) })
            {
                var merged = Graph()
                merged.add(known)
                merged.add(entity)
                cached.entity = merged[id] ?? known
                if cached.entity.allNames != known.allNames { try indexNames(of: cached.entity, row: cached.row) }
            }
            cached.documents += 1
            if !cached.dirty { dirtyEntities.append(id) }
            cached.dirty = true
            entityCache[id] = cached
            return cached.row
        }
        let insert = try database.statement(
            """
            INSERT INTO entities (key, kind, name, aliases, attributes, documents) VALUES (?1, ?2, ?3, ?4, ?5, 0)
            """)
        try insert.bind(
            .text(id.rawValue), .text(entity.kind.rawValue), .text(entity.name),
            .text(StoreJSON.encode(entity.aliases)), .text(StoreJSON.encode(entity.attributes))
        ).run()
        let row = database.lastInsertedRowID
        try indexNames(of: entity, row: row)
        if undo[id] == nil { undo[id] = .some(nil) }
        entityCache[id] = CachedEntity(row: row, entity: entity, documents: 1, dirty: true)
        dirtyEntities.append(id)
        entityKeys[row] = id
        return row
    }

    private func loadEntity(_ id: EntityID) throws {
        let select = try database.statement(
            "SELECT id, kind, name, aliases, attributes, documents FROM entities WHERE key = ?1")
        try select.bind(.text(id.rawValue))
        guard try select.step() else { return }
        defer { select.reset() }
        let row = select.int(0)
        let entity = Entity(
            id: id, kind: EntityKind(select.text(1) ?? "node"), name: select.text(2) ?? id.rawValue,
            aliases: StoreJSON.list(select.text(3)), attributes: StoreJSON.object(select.text(4)))
        entityCache[id] = CachedEntity(row: row, entity: entity, documents: Int(select.int(5)), dirty: false)
        entityKeys[row] = id
    }

    private func cachedEntityKey(row: Int64) throws -> EntityID? {
        if let id = entityKeys[row] { return id }
        let select = try database.statement("SELECT key FROM entities WHERE id = ?1")
        try select.bind(.integer(row))
        guard try select.step(), let key = select.text(0) else { return nil }
        select.reset()
        let id = EntityID(key)
        try loadEntity(id)
        return id
    }

    private func flushEntities() throws {
        let update = try database.statement(
            """
            UPDATE entities SET kind = ?2, name = ?3, aliases = ?4, attributes = ?5, documents = ?6 WHERE id = ?1
            """)
        defer { dirtyEntities.removeAll(keepingCapacity: true) }
        for id in dirtyEntities {
            guard let cached = entityCache[id], cached.dirty else { continue }
            update.reset()
            try update.bind(
                .integer(cached.row), .text(cached.entity.kind.rawValue), .text(cached.entity.name),
                .text(StoreJSON.encode(cached.entity.aliases)), .text(StoreJSON.encode(cached.entity.attributes)),
                .integer(Int64(cached.documents))
            ).run()
            entityCache[id]?.dirty = false
        }
    }

    /// Unites relation attributes as `Graph` does: a key present in both with different
    /// values keeps the smaller, so the result does not depend on ingest order.
    static func unite(_ stored: [String: String], _ new: [String: String]) -> [String: String] {
        var result = stored
        for (key, value) in new {
            if let mine = result[key], mine != value { result[key] = min(mine, value) } else { result[key] = value }
        }
        return result
    }

    /// The current time in ISO 8601, formatted at most once a second (formatting costs
    /// more than the rest of a small document's ingest).
    private func now() -> String {
        let second = Int(Date().timeIntervalSince1970)
        if second != timestamp.second {
            timestamp = (second, timestampFormatter.string(from: Date(timeIntervalSince1970: Double(second))))
        }
        return timestamp.text
    }
}
