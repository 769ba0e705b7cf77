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
/// A store is not thread-safe: use it from one thread (extract and prepare documents in
/// parallel with `PreparedDocument`, ingest them from one writer with `ingest(_:)`). An
/// empty store can be filled as a bulk load (`beginBulkLoad()`, `finishBulkLoad()`), which
/// builds the indexes only queries use once, at the end.
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
    private let relationCacheLimit = 2_000_000

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
    /// The attributes of a stored relation united with a document's, by their JSON texts.
    private struct AttributePair: Hashable {
        var stored: String
        var new: String
    }
    private var attributeUnions: [AttributePair: String] = [:]
    private var attributeTexts: Set<String> = []
    private var statements: IngestStatements?
    /// Whether the query indexes are dropped while an empty store is filled (see `beginBulkLoad`).
    var isBulkLoading = false
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
        try? finishBulkLoad()
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
    /// The same as `ingest(_:)` of `PreparedDocument(document:hash:source:date:graph:extractorVersion:)`.
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
        try ingest(
            PreparedDocument(
                document: document, hash: hash, source: source, date: date, graph: graph,
                extractorVersion: extractorVersion))
    }

    /// Adds a document whose rows were prepared beforehand (on another thread), or
    /// replaces an earlier version of it; does nothing if it is stored with the same hash
    /// and extractor. See `ingest(document:hash:source:date:graph:extractorVersion:)`.
    ///
    /// - Throws: `CorpusStoreError` (`.invalidDate` for a date that is not ISO); the
    ///   document is then left as it was.
    /// - Complexity: O(*n* + *m* + *e*) statements in the document's entities, relations
    ///   and evidence, with no JSON encoding or date parsing.
    @discardableResult
    public func ingest(_ document: PreparedDocument) throws -> IngestOutcome {
        if let invalid = document.invalidDate { throw CorpusStoreError.invalidDate(invalid) }
        let writes = try writeStatements()
        let stored = try storedRow(document.name)
        if let stored, stored.hash == document.hash, stored.extractorVersion == document.extractorVersion {
            return .unchanged
        }
        try beginBatchIfNeeded()
        // Taking a document out deletes its evidence by relation: that needs the index.
        if stored != nil, isBulkLoading { try createQueryIndexes() }
        var undo: [EntityID: CachedEntity?] = [:]
        writes.savepoint.reset()
        try writes.savepoint.run()
        do {
            if let stored { try removeContributions(of: stored, undo: &undo) }
            let contribution = try addContributions(of: document, undo: &undo)
            let statement = stored == nil ? writes.insertDocument : writes.updateDocument
            statement.reset()
            if let stored {
                try statement.bind(stored.row, at: 1)
            } else {
                try statement.bind(document.name, at: 1)
            }
            try statement.bind(document.source, at: 2)
            try statement.bind(document.hash, at: 3)
            try statement.bind(document.day, at: 4)
            try statement.bind(document.extractorVersion, at: 5)
            try statement.bind(now(), at: 6)
            try statement.bind(contribution.entityIDs, at: 7)
            try statement.bind(contribution.relationWeights, at: 8)
            try statement.run()
            let documentRow = stored?.row ?? database.lastInsertedRowID
            try addEvidence(of: document, relationRows: contribution.relationRows, document: documentRow)
            writes.release.reset()
            try writes.release.run()
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

    /// Forgets the cached entity and relation rows (before a bulk load builds its indexes,
    /// so that their memory and the sort's are not needed at once). Call between batches.
    func releaseCaches() {
        entityCache.removeAll(keepingCapacity: false)
        entityKeys.removeAll(keepingCapacity: false)
        dirtyEntities.removeAll(keepingCapacity: false)
        relationCache.removeAll(keepingCapacity: false)
        attributeUnions.removeAll(keepingCapacity: false)
        attributeTexts.removeAll(keepingCapacity: false)
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

    /// The writer's statements, prepared on first use.
    private func writeStatements() throws -> IngestStatements {
        if let statements { return statements }
        let made = try IngestStatements(database)
        statements = made
        return made
    }

    private struct StoredRow: Equatable {
        var row: Int64
        var hash: String
        var extractorVersion: String
        var entityRows: String
        var relationWeights: String
    }

    private func storedRow(_ document: String) throws -> StoredRow? {
        let statement = try writeStatements().storedDocument
        statement.reset()
        try statement.bind(document, at: 1)
        guard try statement.step() else { return nil }
        defer { statement.reset() }
        return StoredRow(
            row: statement.int(0), hash: statement.text(1) ?? "", extractorVersion: statement.text(2) ?? "",
            entityRows: statement.text(3) ?? "", relationWeights: statement.text(4) ?? "")
    }

    /// What `addContributions` wrote: the rows of the document's relations, in order,
    /// and the document's `entity_ids` and `relation_weights` columns.
    private struct Contribution {
        var relationRows: [Int64]
        var entityIDs: String
        var relationWeights: String
    }

    /// Counts the document's entities and adds its relation weights; the evidence is
    /// added once the document has its row.
    private func addContributions(
        of document: PreparedDocument, undo: inout [EntityID: CachedEntity?]
    ) throws -> Contribution {
        var entityRows: [Int64] = []
        entityRows.reserveCapacity(document.entities.count)
        for entity in document.entities {
            entityRows.append(try mention(entity, undo: &undo))
        }
        var relationRows: [Int64] = []
        relationRows.reserveCapacity(document.relations.count)
        var weights = ""
        for relation in document.relations {
            let slot = RelationSlot(
                kind: relation.kind, source: entityRows[relation.source], target: entityRows[relation.target],
                isDirected: relation.isDirected)
            let stored = try addWeight(of: relation, at: slot)
            let row = stored.row
            var currentAttributes = stored.attributes
            if !relation.attributes.isEmpty && stored.attributes != relation.attributesJSON {
                let encoded = unitedAttributes(stored.attributes, relation)
                if encoded != stored.attributes {
                    let update = try writeStatements().updateRelationAttributes
                    update.reset()
                    try update.bind(row, at: 1)
                    try update.bind(encoded, at: 2)
                    try update.run()
                    currentAttributes = encoded
                }
            }
            relationCache[slot] = CachedRelation(row: row, attributes: currentAttributes)
            relationRows.append(row)
            if !weights.isEmpty { weights += "," }
            weights += "\(row):"
            weights += relation.weightText
        }
        return Contribution(
            relationRows: relationRows, entityIDs: entityRows.map(String.init).joined(separator: ","),
            relationWeights: weights)
    }

    /// The stored attributes `stored` united with the relation's (`unite`), encoded;
    /// remembered, since a corpus repeats a few attribute sets.
    private func unitedAttributes(_ stored: String, _ relation: PreparedDocument.RelationRow) -> String {
        let pair = AttributePair(stored: stored, new: relation.attributesJSON)
        if let known = attributeUnions[pair] { return known }
        let encoded = StoreJSON.encode(Self.unite(StoreJSON.object(stored), relation.attributes))
        if attributeUnions.count >= 10_000 { attributeUnions.removeAll() }
        attributeUnions[pair] = encoded
        return encoded
    }

    private func addEvidence(of document: PreparedDocument, relationRows: [Int64], document row: Int64) throws {
        let insert = try writeStatements().insertEvidence
        for (relation, relationRow) in zip(document.relations, relationRows) {
            for evidence in relation.evidence {
                insert.reset()
                try insert.bind(relationRow, at: 1)
                try insert.bind(row, at: 2)
                try insert.bind(evidence.sentence, at: 3)
                try insert.bind(Int64(evidence.start), at: 4)
                try insert.bind(Int64(evidence.end), at: 5)
                try insert.bind(evidence.date, at: 6)
                try insert.bind(evidence.day, at: 7)
                try insert.run()
            }
        }
    }

    /// Adds the weight of `relation` to its stored row, or inserts it, as
    /// `INSERT ... ON CONFLICT DO UPDATE ... RETURNING id, attributes` would (an upsert
    /// returning the row cost twice as much): the row and its stored attributes.
    private func addWeight(of relation: PreparedDocument.RelationRow, at slot: RelationSlot) throws -> CachedRelation {
        let writes = try writeStatements()
        let addWeight = writes.addRelationWeight
        func add(to row: Int64) throws {
            addWeight.reset()
            try addWeight.bind(row, at: 1)
            try addWeight.bind(relation.weight, at: 2)
            try addWeight.run()
        }
        if let cached = relationCache[slot] {
            try add(to: cached.row)
            if database.changes > 0 { return cached }
            relationCache[slot] = nil  // removed by another writer since it was cached
        }
        let find = writes.findRelation
        find.reset()
        try find.bind(slot.source, at: 1)
        try find.bind(slot.target, at: 2)
        try find.bind(slot.kind, at: 3)
        try find.bind(Int64(slot.isDirected ? 1 : 0), at: 4)
        if try find.step() {
            let found = CachedRelation(row: find.int(0), attributes: interned(find.text(1) ?? "{}"))
            find.reset()
            try add(to: found.row)
            return found
        }
        find.reset()
        let insert = writes.insertRelation
        insert.reset()
        try insert.bind(slot.kind, at: 1)
        try insert.bind(slot.source, at: 2)
        try insert.bind(slot.target, at: 3)
        try insert.bind(Int64(slot.isDirected ? 1 : 0), at: 4)
        try insert.bind(relation.weight, at: 5)
        try insert.bind(relation.attributesJSON, at: 6)
        try insert.run()
        return CachedRelation(row: database.lastInsertedRowID, attributes: interned(relation.attributesJSON))
    }

    /// One shared copy of each attribute text the relation cache holds (there are few).
    private func interned(_ text: String) -> String {
        if attributeTexts.count >= 10_000 { attributeTexts.removeAll() }
        return attributeTexts.insert(text).memberAfterInsert
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
        let insert = try writeStatements().insertEntity
        insert.reset()
        try insert.bind(id.rawValue, at: 1)
        try insert.bind(entity.kind.rawValue, at: 2)
        try insert.bind(entity.name, at: 3)
        try insert.bind(StoreJSON.encode(entity.aliases), at: 4)
        try insert.bind(StoreJSON.encode(entity.attributes), at: 5)
        try insert.run()
        let entityRow = database.lastInsertedRowID
        try indexNames(of: entity, row: entityRow)
        if undo[id] == nil { undo[id] = .some(nil) }
        entityCache[id] = CachedEntity(row: entityRow, entity: entity, documents: 1, dirty: true)
        dirtyEntities.append(id)
        entityKeys[entityRow] = id
        return entityRow
    }

    private func loadEntity(_ id: EntityID) throws {
        let select = try writeStatements().selectEntity
        select.reset()
        try select.bind(id.rawValue, at: 1)
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
