import GraphModel

/// A document's graph turned into the rows a `CorpusStore` writes for it, built where
/// the document was extracted rather than by the store's single writer.
///
/// Everything that does not need the database and is needed for every document is done
/// here: the graph's sorted entities and relations, the document's day, each evidence
/// sentence's day, the JSON text of relation attributes, the relations' ends as positions
/// in `entities`. `CorpusStore.ingest(_:)` then only binds and steps statements, so the
/// ingest pipeline can build prepared documents on every core and keep the writer, the
/// one thread that may hold the database, free for SQLite's own work.
public struct PreparedDocument: Sendable {
    /// The document's unique name in the store.
    public let name: String
    /// The content hash (see `ContentHash`).
    public let hash: String
    /// The news source, if known.
    public let source: String?
    /// The ISO day (`YYYY-MM-DD`) of the document's date, `nil` when undated.
    public let day: String?
    /// The date given that is not an ISO date: `ingest` refuses the document with it.
    let invalidDate: String?
    /// The extractor's version.
    public let extractorVersion: String
    /// The graph's entities, in the graph's order. (Their JSON texts and folded names are
    /// made by the writer for the few it inserts: most entities are in the store already.)
    public let entities: [Entity]
    /// The graph's relations, in the graph's order.
    public let relations: [RelationRow]

    /// A relation as the store writes it.
    public struct RelationRow: Sendable, Equatable {
        public var kind: String
        /// The position of the relation's source in `entities`.
        public var source: Int
        /// The position of the relation's target in `entities`.
        public var target: Int
        public var isDirected: Bool
        public var weight: Double
        /// `weight` as the document's row records it (`Double.description`).
        public var weightText: String
        public var attributes: [String: String]
        /// `attributes` as stored (a JSON object with sorted keys).
        public var attributesJSON: String
        public var evidence: [EvidenceRow]
    }

    /// A supporting sentence as the store writes it.
    public struct EvidenceRow: Sendable, Equatable {
        public var sentence: String
        public var start: Int
        public var end: Int
        /// The date as the sentence writes it.
        public var date: String?
        /// The ISO day it resolves to against the document's date (`EvidenceDate.isoDay`).
        public var day: String?
    }

    /// Prepares the rows of `graph`, extracted from `document`.
    ///
    /// - Parameters: as `CorpusStore.ingest(document:hash:source:date:graph:extractorVersion:)`.
    /// - Complexity: O(*n* + *m* + *e*) in the graph's entities, relations and evidence.
    public init(
        document: String, hash: String, source: String? = nil, date: String? = nil, graph: Graph,
        extractorVersion: String
    ) {
        name = document
        self.hash = hash
        self.source = source
        self.extractorVersion = extractorVersion
        let day: String?
        if let date {
            day = CalendarDay(iso: date)?.iso
            invalidDate = day == nil ? date : nil
        } else {
            day = nil
            invalidDate = nil
        }
        self.day = day
        let graphEntities = graph.entities
        var positions: [EntityID: Int] = [:]
        positions.reserveCapacity(graphEntities.count)
        for (position, entity) in graphEntities.enumerated() { positions[entity.id] = position }
        entities = graphEntities
        // The days of the dates written in this document: evidence repeats a few dates.
        var days: [String: String?] = [:]
        let undatedDay = EvidenceDate.isoDay(nil, documentDate: day)
        var relations: [RelationRow] = []
        for relation in graph.relations {
            guard let source = positions[relation.source], let target = positions[relation.target] else {
                continue  // a Graph never holds such a relation
            }
            let evidence = relation.evidence.map { evidence -> EvidenceRow in
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
                return EvidenceRow(
                    sentence: evidence.sentence, start: evidence.start, end: evidence.end, date: evidence.date,
                    day: evidenceDay)
            }
            relations.append(
                RelationRow(
                    kind: relation.kind.rawValue, source: source, target: target, isDirected: relation.isDirected,
                    weight: relation.weight, weightText: "\(relation.weight)", attributes: relation.attributes,
                    attributesJSON: StoreJSON.encode(relation.attributes), evidence: evidence))
        }
        self.relations = relations
    }
}
