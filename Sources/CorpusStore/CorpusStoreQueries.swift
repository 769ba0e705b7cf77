import Foundation
import GraphModel

extension CorpusStore {
    /// The evidence filter of a query: an inclusive range of ISO days and a news source.
    struct Filter {
        var since: String?
        var until: String?
        var source: String?

        var isEmpty: Bool { since == nil && until == nil && source == nil }

        /// `since`/`until` may be `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a partial `until`
        /// covers the whole year or month.
        init(since: String?, until: String?, source: String?) throws {
            self.since = try since.map { try Filter.bound($0, upper: false) }
            self.until = try until.map { try Filter.bound($0, upper: true) }
            self.source = source
        }

        private static func bound(_ text: String, upper: Bool) throws -> String {
            if CalendarDay(iso: text) != nil { return String(text.prefix(10)) }
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            let valid =
                parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
                && parts.first?.count == 4
                && (parts.count == 1 || (parts.count == 2 && parts[1].count == 2 && (1...12).contains(Int(parts[1])!)))
            guard valid else { throw CorpusStoreError.invalidDate(text) }
            // Days compare as strings, so "-99" sorts after every day of the month or year.
            if parts.count == 1 { return upper ? "\(text)-99-99" : "\(text)-01-01" }
            return upper ? "\(text)-99" : "\(text)-01"
        }

        /// SQL conditions on `evidence AS e` and `documents AS d`, with their values.
        func conditions() -> (sql: String, values: [SQLiteValue]) {
            var clauses: [String] = []
            var values: [SQLiteValue] = []
            if let since {
                values.append(.text(since))
                clauses.append("e.day >= ?\(values.count)")
            }
            if let until {
                values.append(.text(until))
                clauses.append("e.day <= ?\(values.count)")
            }
            if let source {
                values.append(.text(source))
                clauses.append("d.source = ?\(values.count)")
            }
            return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), values)
        }
    }

    /// The stored relation of a row, without weight or evidence.
    struct RelationRow {
        var kind: RelationKind
        var source: Int64
        var target: Int64
        var isDirected: Bool
        var weight: Double
        var attributes: [String: String]
    }

    /// Adds the stored relation `stored` with `weight` and `evidence` to `graph`, with the
    /// entities at its ends; nothing when the row or an end is missing (an entity no
    /// document mentions any more).
    private static func add(
        _ stored: RelationRow?, weight: Double, evidence: [Evidence], ends entities: [Int64: Entity],
        to graph: inout Graph
    ) throws {
        guard let stored, let source = entities[stored.source], let target = entities[stored.target] else { return }
        graph.add(source)
        graph.add(target)
        try graph.add(
            Relation(
                kind: stored.kind, source: source.id, target: target.id, isDirected: stored.isDirected,
                weight: weight, attributes: stored.attributes, evidence: evidence))
    }

    // MARK: Graphs

    /// The merged graph of the stored documents, or of the evidence that matches the filters.
    ///
    /// Without filters this is the graph `relgraph merge` gives for all the documents'
    /// graphs (entities without relations included). With filters it is that graph with
    /// only the matching evidence: a relation is kept if any of its sentences is dated
    /// within `since ... until` and comes from `source`, weighted by the number of those
    /// sentences; an entity is kept if one of the kept relations touches it, or if it has
    /// no relation at all (the filter did not isolate it).
    ///
    /// - Parameters:
    ///   - since: first ISO day (`YYYY-MM-DD`; `YYYY-MM` and `YYYY` allowed), inclusive.
    ///   - until: last ISO day, inclusive (`YYYY-MM` means to the end of that month).
    ///   - source: only documents from this news source.
    ///   - includingEvidence: attach every matching sentence to its relation; analysis
    ///     does not need them, and a large corpus holds millions.
    /// - Complexity: O(*n* + *m*) rows without filters; with a date range, an index
    ///   range scan of the matching evidence.
    public func graph(
        since: String? = nil, until: String? = nil, source: String? = nil, includingEvidence: Bool = false
    ) throws -> Graph {
        try commit()
        let filter = try Filter(since: since, until: until, source: source)
        let entities = try entityTable()
        let relations = try relationTable()
        var weights: [Int64: Double] = [:]
        if filter.isEmpty {
            for (row, relation) in relations { weights[row] = relation.weight }
        } else {
            let (conditions, values) = filter.conditions()
            let join = filter.source == nil ? "" : "JOIN documents d ON d.id = e.document"
            let statement = try database.statement(
                """
                SELECT e.relation, count(*) FROM evidence e \(join) WHERE \(conditions) GROUP BY e.relation
                """)
            try statement.bind(values)
            while try statement.step() { weights[statement.int(0)] = Double(statement.int(1)) }
            statement.reset()
        }
        var evidence: [Int64: [Evidence]] = [:]
        if includingEvidence {
            let (conditions, values) = filter.conditions()
            let statement = try database.statement(
                """
                SELECT e.relation, d.name, e.sentence, e.start_offset, e.end_offset, e.date
                FROM evidence e JOIN documents d ON d.id = e.document WHERE \(conditions)
                """)
            try statement.bind(values)
            while try statement.step() {
                evidence[statement.int(0), default: []].append(Self.evidence(statement, from: 1))
            }
            statement.reset()
        }
        var graph = Graph()
        if filter.isEmpty {
            for entity in entities.values { graph.add(entity) }
        } else {
            var related = Set<Int64>()
            for relation in relations.values {
                related.insert(relation.source)
                related.insert(relation.target)
            }
            for (row, entity) in entities where !related.contains(row) { graph.add(entity) }
        }
        for (row, weight) in weights {
            try Self.add(relations[row], weight: weight, evidence: evidence[row] ?? [], ends: entities, to: &graph)
        }
        return graph
    }

    /// The graphs of consecutive periods: each holds the relations whose evidence is
    /// dated in the period, weighted by how many sentences of the period support them.
    ///
    /// Periods run from the one holding the earliest matching evidence to the one holding
    /// the latest, with no gaps (a period without evidence has an empty graph), so the
    /// measures of the slices line up as a time series. Undated evidence is left out.
    ///
    /// - Complexity: one pass over the matching evidence, grouped by day and relation.
    public func timeSlices(
        every period: SlicePeriod, since: String? = nil, until: String? = nil, source: String? = nil
    ) throws -> [TimeSlice] {
        try commit()
        let filter = try Filter(since: since, until: until, source: source)
        let entities = try entityTable()
        let relations = try relationTable()
        let (conditions, values) = filter.conditions()
        let join = filter.source == nil ? "" : "JOIN documents d ON d.id = e.document"
        let statement = try database.statement(
            """
            SELECT e.day, e.relation, count(*) FROM evidence e \(join)
            WHERE e.day IS NOT NULL AND \(conditions) GROUP BY e.day, e.relation
            """)
        try statement.bind(values)
        var counts: [CalendarDay: [Int64: Int]] = [:]
        while try statement.step() {
            guard let text = statement.text(0), let day = CalendarDay(iso: text) else { continue }
            counts[period.start(of: day), default: [:]][statement.int(1), default: 0] += Int(statement.int(2))
        }
        statement.reset()
        guard let first = counts.keys.min(), let last = counts.keys.max() else { return [] }
        var slices: [TimeSlice] = []
        var start = first
        while start <= last {
            let end = period.next(after: start)
            var graph = Graph()
            for (row, count) in counts[start] ?? [:] {
                try Self.add(relations[row], weight: Double(count), evidence: [], ends: entities, to: &graph)
            }
            slices.append(
                TimeSlice(period: period, label: period.label(of: start), start: start.iso, end: end.iso, graph: graph))
            start = end
        }
        return slices
    }

    // MARK: Evidence

    /// The sentences behind every relation that touches `entity`, by day, then
    /// document and position.
    ///
    /// - Complexity: index look-ups: the entity's row, its relations (by source and by
    ///   target), then each relation's evidence.
    public func evidence(
        of entity: EntityID, since: String? = nil, until: String? = nil, source: String? = nil
    ) throws -> [EvidenceRecord] {
        let filter = try Filter(since: since, until: until, source: source)
        try commit()
        guard let row = try entityRow(entity) else { return [] }
        return try evidenceRecords(
            relationsSQL: """
                SELECT id FROM relations WHERE source = ?1 UNION SELECT id FROM relations WHERE target = ?1
                """,
            values: [.integer(row)], filter: filter)
    }

    /// The sentences behind the relations between `first` and `second` (either direction).
    ///
    /// - Complexity: index look-ups only (two entity rows, the pair's relations, their
    ///   evidence): milliseconds on a store of millions of sentences.
    public func evidence(
        between first: EntityID, and second: EntityID, since: String? = nil, until: String? = nil,
        source: String? = nil
    ) throws -> [EvidenceRecord] {
        let filter = try Filter(since: since, until: until, source: source)
        try commit()
        guard let a = try entityRow(first), let b = try entityRow(second) else { return [] }
        return try evidenceRecords(
            relationsSQL: """
                SELECT id FROM relations WHERE source = ?1 AND target = ?2
                UNION SELECT id FROM relations WHERE source = ?2 AND target = ?1
                """,
            values: [.integer(a), .integer(b)], filter: filter)
    }

    /// The row of the stored entity `id`, if any document mentions it.
    private func entityRow(_ id: EntityID) throws -> Int64? {
        let statement = try database.statement("SELECT id FROM entities WHERE key = ?1 AND documents > 0")
        try statement.bind(.text(id.rawValue))
        defer { statement.reset() }
        return try statement.step() ? statement.int(0) : nil
    }

    private func evidenceRecords(relationsSQL: String, values: [SQLiteValue], filter: Filter) throws
        -> [EvidenceRecord]
    {
        let relationRows = try database.statement(relationsSQL)
        try relationRows.bind(values)
        var rows: [Int64] = []
        while try relationRows.step() { rows.append(relationRows.int(0)) }
        relationRows.reset()
        var records: [EvidenceRecord] = []
        let (conditions, filterValues) = filter.conditions()
        let placeholder = "?\(filterValues.count + 1)"
        let statement = try database.statement(
            """
            SELECT r.kind, s.key, t.key, r.directed, d.name, e.sentence, e.start_offset, e.end_offset, e.date,
                e.day, d.source
            FROM evidence e JOIN documents d ON d.id = e.document JOIN relations r ON r.id = e.relation
            JOIN entities s ON s.id = r.source JOIN entities t ON t.id = r.target
            WHERE e.relation = \(placeholder) AND \(conditions)
            """)
        for row in rows {
            statement.reset()
            try statement.bind(filterValues + [.integer(row)])
            while try statement.step() {
                // RelationKey has no public initializer; a relation gives one.
                let key = Relation(
                    kind: RelationKind(statement.text(0) ?? ""), source: EntityID(statement.text(1) ?? ""),
                    target: EntityID(statement.text(2) ?? ""), isDirected: statement.int(3) != 0
                ).key
                records.append(
                    EvidenceRecord(
                        relation: key, evidence: Self.evidence(statement, from: 4), day: statement.text(9),
                        source: statement.text(10)))
            }
        }
        statement.reset()
        return records.sorted {
            if $0.day != $1.day { return ($0.day ?? "~") < ($1.day ?? "~") }
            if $0.evidence != $1.evidence { return $0.evidence < $1.evidence }
            return $0.relation < $1.relation
        }
    }

    private static func evidence(_ statement: Statement, from column: Int32) -> Evidence {
        Evidence(
            document: statement.text(column) ?? "", sentence: statement.text(column + 1) ?? "",
            start: Int(statement.int(column + 2)), end: Int(statement.int(column + 3)),
            date: statement.text(column + 4))
    }

    // MARK: Contents

    /// Every stored entity, sorted by id (for name look-ups).
    public func entities() throws -> [Entity] {
        try commit()
        return try entityTable().values.sorted { $0.id < $1.id }
    }

    /// The entities named `name`: those whose id, canonical name or an alias is `name`,
    /// ignoring case, diacritics, apostrophes and spacing (`NameFolding.fold`), sorted by id.
    ///
    /// These are the entities `EntityLookup` over the store's graph matches: one is
    /// `.found`, several are `.ambiguous`. None means `.notFound`; the caller then builds
    /// the suggestions from `entities()`, which only an unknown name needs.
    ///
    /// - Complexity: one look-up in the folded-name index (`entity_names`); a scan of the
    ///   entities only in a store written before that index existed and opened read-only.
    public func entities(named name: String) throws -> [Entity] {
        try commit()
        let folded = NameFolding.fold(name)
        guard try hasNameIndex() else {
            return try entityTable().values.filter { Self.foldedNames(of: $0).contains(folded) }.sorted { $0.id < $1.id }
        }
        let statement = try database.statement(
            """
            SELECT e.id, e.key, e.kind, e.name, e.aliases, e.attributes
            FROM entity_names n JOIN entities e ON e.id = n.entity
            WHERE n.name = ?1 AND e.documents > 0
            """)
        try statement.bind(.text(folded))
        var result: [Entity] = []
        while try statement.step() {
            result.append(Self.entity(statement, from: 1))
        }
        statement.reset()
        return result.sorted { $0.id < $1.id }
    }

    /// The entities `EntityLookup` would draw suggestions from for a name no entity has:
    /// those with a folded id, name or alias that contains the folded `name` or is
    /// within its edit-distance bound (`max(2, length / 3)`), sorted by id.
    ///
    /// `EntityLookup` over these entities suggests exactly what it suggests over the
    /// whole graph, without folding every name of the store again.
    ///
    /// - Complexity: one pass over the folded-name index, an edit distance per name; a
    ///   look-up per entity found. Without the index (an old store opened read-only),
    ///   every entity.
    public func entities(resembling name: String) throws -> [Entity] {
        try commit()
        guard try hasNameIndex() else { return try entities() }
        let folded = NameFolding.fold(name)
        let bound = max(2, folded.count / 3)
        let names = try database.statement("SELECT name, entity FROM entity_names")
        var rows = Set<Int64>()
        while try names.step() {
            guard let candidate = names.text(0) else { continue }
            // The length difference bounds the distance from below: most names stop here.
            if (!folded.isEmpty && candidate.contains(folded))
                || (abs(candidate.count - folded.count) <= bound
                    && EntityLookup.editDistance(folded, candidate) <= bound)
            {
                rows.insert(names.int(1))
            }
        }
        names.reset()
        let select = try database.statement(
            "SELECT key, kind, name, aliases, attributes FROM entities WHERE id = ?1 AND documents > 0")
        var result: [Entity] = []
        for row in rows {
            select.reset()
            try select.bind(.integer(row))
            guard try select.step() else { continue }
            result.append(Self.entity(select, from: 0))
        }
        select.reset()
        return result.sorted { $0.id < $1.id }
    }

    /// The entity in the columns `key, kind, name, aliases, attributes` of the current row,
    /// starting at column `first`.
    private static func entity(_ row: Statement, from first: Int32) -> Entity {
        let key = row.text(first) ?? ""
        return Entity(
            id: EntityID(key), kind: EntityKind(row.text(first + 1) ?? "node"), name: row.text(first + 2) ?? key,
            aliases: StoreJSON.list(row.text(first + 3)), attributes: StoreJSON.object(row.text(first + 4)))
    }

    /// How many documents, entities, relations and sentences the store holds.
    public func statistics() throws -> CorpusStatistics {
        try commit()
        func count(_ sql: String) throws -> Int {
            let statement = try database.statement(sql)
            defer { statement.reset() }
            return try statement.step() ? Int(statement.int(0)) : 0
        }
        let range = try database.statement("SELECT min(day), max(day) FROM evidence")
        _ = try range.step()
        let first = range.text(0)
        let last = range.text(1)
        range.reset()
        return CorpusStatistics(
            documents: try count("SELECT count(*) FROM documents"),
            entities: try count("SELECT count(*) FROM entities"),
            relations: try count("SELECT count(*) FROM relations"),
            evidence: try count("SELECT count(*) FROM evidence"),
            firstDay: first, lastDay: last)
    }

    private func entityTable() throws -> [Int64: Entity] {
        let statement = try database.statement(
            "SELECT id, key, kind, name, aliases, attributes FROM entities WHERE documents > 0")
        var result: [Int64: Entity] = [:]
        while try statement.step() {
            let key = statement.text(1) ?? ""
            result[statement.int(0)] = Entity(
                id: EntityID(key), kind: EntityKind(statement.text(2) ?? "node"), name: statement.text(3) ?? key,
                aliases: StoreJSON.list(statement.text(4)), attributes: StoreJSON.object(statement.text(5)))
        }
        statement.reset()
        return result
    }

    private func relationTable() throws -> [Int64: RelationRow] {
        let statement = try database.statement(
            "SELECT id, kind, source, target, directed, weight, attributes FROM relations")
        var result: [Int64: RelationRow] = [:]
        while try statement.step() {
            result[statement.int(0)] = RelationRow(
                kind: RelationKind(statement.text(1) ?? "link"), source: statement.int(2), target: statement.int(3),
                isDirected: statement.int(4) != 0, weight: statement.double(5),
                attributes: StoreJSON.object(statement.text(6)))
        }
        statement.reset()
        return result
    }
}
