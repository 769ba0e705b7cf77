import GraphModel

/// The folded names of the stored entities (table `entity_names`), so that a name a user
/// types finds its entity by one index look-up, as `EntityLookup` finds it in a graph.
///
/// Each entity is indexed under its id, canonical name and aliases, folded by
/// `NameFolding.fold` (case, diacritics, apostrophes, spacing), exactly the keys
/// `EntityLookup` builds. The ingest keeps the index current: an entity's names when it is
/// inserted, the new ones when a document adds an alias or changes its name, none once the
/// entity is deleted. Names are only ever added while the entity lives, as its aliases are.
extension CorpusStore {
    /// The table and its reverse index; part of `CorpusSchema.tables`.
    static let entityNamesSchema = """
        CREATE TABLE IF NOT EXISTS entity_names (
            name TEXT NOT NULL,
            entity INTEGER NOT NULL,
            PRIMARY KEY (name, entity)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS entity_names_by_entity ON entity_names(entity);
        """

    /// The keys `EntityLookup` indexes `entity` under.
    static func foldedNames(of entity: Entity) -> Set<String> {
        Set(([entity.id.rawValue] + entity.allNames).map(NameFolding.fold))
    }

    /// Indexes the names of `entity`, stored in row `row`; names already indexed are kept.
    ///
    /// - Complexity: one indexed insert per name.
    func indexNames(of entity: Entity, row: Int64) throws {
        try indexNames(Self.foldedNames(of: entity), row: row)
    }

    /// Indexes the entity in row `row` under the folded `names` (see `foldedNames(of:)`).
    func indexNames(_ names: some Sequence<String>, row: Int64) throws {
        let insert = try database.statement("INSERT OR IGNORE INTO entity_names (name, entity) VALUES (?1, ?2)")
        for name in names {
            insert.reset()
            try insert.bind(name, at: 1)
            try insert.bind(row, at: 2)
            try insert.run()
        }
    }

    /// Removes the names of the entity in row `row` (deleted with it).
    func unindexNames(row: Int64) throws {
        try database.statement("DELETE FROM entity_names WHERE entity = ?1").bind(.integer(row)).run()
    }

    /// Indexes every entity of a store written before the index existed (the table was
    /// just created, empty, beside a filled `entities`).
    ///
    /// - Complexity: O(1) when the index is filled; else one pass over the entities.
    func indexNamesIfMissing() throws {
        let probe = try database.statement(
            "SELECT EXISTS (SELECT 1 FROM entities) AND NOT EXISTS (SELECT 1 FROM entity_names)")
        let missing = try probe.step() && probe.int(0) != 0
        probe.reset()
        guard missing else { return }
        let select = try database.statement("SELECT id, key, kind, name, aliases FROM entities")
        var entities: [(Int64, Entity)] = []
        while try select.step() {
            let key = select.text(1) ?? ""
            entities.append(
                (
                    select.int(0),
                    Entity(
                        id: EntityID(key), kind: EntityKind(select.text(2) ?? "node"), name: select.text(3) ?? key,
                        aliases: StoreJSON.list(select.text(4)))
                ))
        }
        select.reset()
        for (row, entity) in entities { try indexNames(of: entity, row: row) }
    }

    /// Whether the store has the name index (a store written by an older relgraph and
    /// opened read-only since has not; look-ups then scan the entities).
    func hasNameIndex() throws -> Bool {
        let statement = try database.statement(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'entity_names'")
        defer { statement.reset() }
        return try statement.step() && statement.int(0) > 0
    }
}
