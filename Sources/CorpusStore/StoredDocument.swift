/// What the store knows of one ingested document.
public struct StoredDocument: Hashable, Sendable {
    /// The document's name (file name or article id); unique in the store.
    public var name: String
    /// The news source (agency, outlet, feed), if given.
    public var source: String?
    /// The content hash the document had when it was ingested.
    public var hash: String
    /// The article's ISO date, if given.
    public var date: String?
    /// The version of the extractor that produced the document's graph.
    public var extractorVersion: String
    /// When the document was ingested (ISO 8601, UTC).
    public var ingestedAt: String

    public init(
        name: String, source: String?, hash: String, date: String?, extractorVersion: String,
        ingestedAt: String
    ) {
        self.name = name
        self.source = source
        self.hash = hash
        self.date = date
        self.extractorVersion = extractorVersion
        self.ingestedAt = ingestedAt
    }
}

/// What `CorpusStore.ingest` did with a document.
public enum IngestOutcome: Hashable, Sendable {
    /// The document was new and has been added.
    case added
    /// The document had changed (content or extractor version); its rows were replaced.
    case replaced
    /// The document was already stored with the same hash and extractor version.
    case unchanged
}

/// Counts of what a store holds.
public struct CorpusStatistics: Hashable, Sendable {
    public var documents: Int
    public var entities: Int
    public var relations: Int
    public var evidence: Int
    /// The earliest and latest evidence day, if any evidence is dated.
    public var firstDay: String?
    public var lastDay: String?
}
