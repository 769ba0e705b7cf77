import GraphModel

/// A sentence the store holds as evidence of a relation, with where and when it was said.
public struct EvidenceRecord: Hashable, Sendable {
    /// The relation the sentence supports.
    public var relation: RelationKey
    /// The sentence, its document, offsets and the date as the article writes it.
    public var evidence: Evidence
    /// The ISO day the evidence refers to: its written date resolved against the
    /// document's date, else the document's date; `nil` when neither is known.
    public var day: String?
    /// The document's news source (agency, outlet, feed), when given at ingest.
    public var source: String?

    public init(relation: RelationKey, evidence: Evidence, day: String?, source: String?) {
        self.relation = relation
        self.evidence = evidence
        self.day = day
        self.source = source
    }
}
