/// The statements a `CorpusStore` writer runs for every document, prepared once and
/// held directly: looking a statement up by its SQL text for every row hashed the text
/// each time.
final class IngestStatements {
    let storedDocument: Statement
    let insertDocument: Statement
    let updateDocument: Statement
    let insertEntity: Statement
    let selectEntity: Statement
    let indexName: Statement
    let addRelationWeight: Statement
    let findRelation: Statement
    let insertRelation: Statement
    let updateRelationAttributes: Statement
    let insertEvidence: Statement
    let savepoint: Statement
    let release: Statement

    init(_ database: Database) throws {
        storedDocument = try Statement(
            database: database,
            sql: "SELECT id, hash, extractor_version, entity_ids, relation_weights FROM documents WHERE name = ?1")
        insertDocument = try Statement(
            database: database,
            sql: """
                INSERT INTO documents (name, source, hash, date, extractor_version, ingested_at, entity_ids,
                    relation_weights)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                """)
        updateDocument = try Statement(
            database: database,
            sql: """
                UPDATE documents SET source = ?2, hash = ?3, date = ?4, extractor_version = ?5, ingested_at = ?6,
                    entity_ids = ?7, relation_weights = ?8 WHERE id = ?1
                """)
        insertEntity = try Statement(
            database: database,
            sql: """
                INSERT INTO entities (key, kind, name, aliases, attributes, documents) VALUES (?1, ?2, ?3, ?4, ?5, 0)
                """)
        selectEntity = try Statement(
            database: database,
            sql: "SELECT id, kind, name, aliases, attributes, documents FROM entities WHERE key = ?1")
        indexName = try Statement(
            database: database, sql: "INSERT OR IGNORE INTO entity_names (name, entity) VALUES (?1, ?2)")
        addRelationWeight = try Statement(
            database: database,
            sql: "UPDATE relations SET weight = weight + ?2, documents = documents + 1 WHERE id = ?1")
        findRelation = try Statement(
            database: database,
            sql: """
                SELECT id, attributes FROM relations WHERE source = ?1 AND target = ?2 AND kind = ?3 AND directed = ?4
                """)
        insertRelation = try Statement(
            database: database,
            sql: """
                INSERT INTO relations (kind, source, target, directed, weight, attributes, documents)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1)
                """)
        updateRelationAttributes = try Statement(
            database: database, sql: "UPDATE relations SET attributes = ?2 WHERE id = ?1")
        insertEvidence = try Statement(
            database: database,
            sql: """
                INSERT INTO evidence (relation, document, sentence, start_offset, end_offset, date, day)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                """)
        savepoint = try Statement(database: database, sql: "SAVEPOINT document")
        release = try Statement(database: database, sql: "RELEASE document")
    }
}
