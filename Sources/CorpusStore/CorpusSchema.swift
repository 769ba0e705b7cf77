/// The tables of a corpus store.
///
/// - `documents`: one row per ingested article, with its content hash and the extractor
///   version, and the ids of the entities and the weights of the relations it contributed
///   (so a changed article can be taken out again without a reverse index).
/// - `entities`: one row per entity id, united over all documents, with the number of
///   documents that mention it.
/// - `relations`: aggregated over documents (`weight` is the sum of the per-document
///   weights, `documents` how many contributed); unique by ends, kind and direction.
/// - `evidence`: one row per supporting sentence, with the date as written and the ISO
///   `day` it resolves to; indexed by relation (pair look-ups) and by day (date ranges).
/// - `entity_names`: each entity's folded id, name and aliases, for name look-ups
///   (see `CorpusStore.entityNamesSchema`).
enum CorpusSchema {
    static let version = 1

    /// Write-ahead logging (readers see the last commit while a writer works), synced at
    /// checkpoints only; a checkpoint every 32 MB of log rather than SQLite's 4 MB, so a
    /// page an ingest changes in batch after batch (a relation's weight) is copied into
    /// the database once for several commits. Crash-safe either way: the log is replayed.
    static let pragmas = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        PRAGMA temp_store = MEMORY;
        PRAGMA cache_size = -131072;
        PRAGMA wal_autocheckpoint = 8192;
        """

    static let tables = """
        CREATE TABLE IF NOT EXISTS documents (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            source TEXT,
            hash TEXT NOT NULL,
            date TEXT,
            extractor_version TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            entity_ids TEXT NOT NULL DEFAULT '',
            relation_weights TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX IF NOT EXISTS documents_by_source ON documents(source);
        CREATE TABLE IF NOT EXISTS entities (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            aliases TEXT NOT NULL DEFAULT '[]',
            attributes TEXT NOT NULL DEFAULT '{}',
            documents INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS relations (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            source INTEGER NOT NULL,
            target INTEGER NOT NULL,
            directed INTEGER NOT NULL,
            weight REAL NOT NULL,
            attributes TEXT NOT NULL DEFAULT '{}',
            documents INTEGER NOT NULL DEFAULT 0,
            UNIQUE (source, target, kind, directed)
        );
        CREATE INDEX IF NOT EXISTS relations_by_target ON relations(target, source);
        CREATE TABLE IF NOT EXISTS evidence (
            id INTEGER PRIMARY KEY,
            relation INTEGER NOT NULL,
            document INTEGER NOT NULL,
            sentence TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            date TEXT,
            day TEXT
        );
        CREATE INDEX IF NOT EXISTS evidence_by_relation ON evidence(relation, document);
        CREATE INDEX IF NOT EXISTS evidence_by_day ON evidence(day);
        """ + CorpusStore.entityNamesSchema

    /// The indexes only queries use (the writer finds rows through the unique keys), which
    /// a bulk load into an empty store builds once at its end rather than row by row:
    /// their names, and the statements that create them (as in `tables`).
    /// In the order `tables` creates them, so a bulk-loaded store's schema reads the same.
    static let queryIndexNames = [
        "relations_by_target", "evidence_by_relation", "evidence_by_day", "entity_names_by_entity",
    ]
    static let queryIndexes = """
        CREATE INDEX IF NOT EXISTS relations_by_target ON relations(target, source);
        CREATE INDEX IF NOT EXISTS evidence_by_relation ON evidence(relation, document);
        CREATE INDEX IF NOT EXISTS evidence_by_day ON evidence(day);
        CREATE INDEX IF NOT EXISTS entity_names_by_entity ON entity_names(entity);
        """
}
