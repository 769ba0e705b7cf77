/// A relation between two entities, with the evidence that supports it.
public struct Relation: Hashable, Codable, Sendable {
    /// What the relation is.
    public var kind: RelationKind
    /// The actor (speaker, member, affiliated person); either end for undirected kinds.
    public var source: EntityID
    /// The entity acted upon; the other end for undirected kinds.
    public var target: EntityID
    /// Whether the relation points from `source` to `target`.
    public var isDirected: Bool
    /// How many mentions support the relation.
    public var weight: Double
    /// Free-form attributes. Well-known keys: `date`, `tone`
    /// (positive, negative, neutral), `cameo` (CAMEO event code).
    public var attributes: [String: String]
    /// The sentences that state the relation, in document order.
    public var evidence: [Evidence]

    /// Creates a relation; undirected relations store their ends in id order so
    /// that A–B and B–A are the same relation.
    public init(
        kind: RelationKind,
        source: EntityID,
        target: EntityID,
        isDirected: Bool? = nil,
        weight: Double = 1,
        attributes: [String: String] = [:],
        evidence: [Evidence] = []
    ) {
        let directed = isDirected ?? kind.isDirectedByDefault
        if !directed && target < source {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
        self.kind = kind
        self.isDirected = directed
        self.weight = weight
        self.attributes = attributes
        self.evidence = evidence.sorted()
    }

    /// Creates a relation from parts that are already in order: the ends of an undirected
    /// relation in id order and the evidence sorted (as `init(kind:source:target:...)`
    /// would leave them). They are not checked.
    package init(
        kind: RelationKind, orderedSource source: EntityID, target: EntityID, isDirected: Bool,
        weight: Double, attributes: [String: String], sortedEvidence evidence: [Evidence]
    ) {
        self.kind = kind
        self.source = source
        self.target = target
        self.isDirected = isDirected
        self.weight = weight
        self.attributes = attributes
        self.evidence = evidence
    }

    /// The identity of the relation within a graph: kind, ends and direction.
    public var key: RelationKey {
        RelationKey(kind: kind, source: source, target: target, isDirected: isDirected)
    }

    enum CodingKeys: String, CodingKey {
        case kind, source, target, directed, weight, attributes, evidence
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(RelationKind.self, forKey: .kind)
        self.init(
            kind: kind,
            source: try container.decode(EntityID.self, forKey: .source),
            target: try container.decode(EntityID.self, forKey: .target),
            isDirected: try container.decodeIfPresent(Bool.self, forKey: .directed),
            weight: try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1,
            attributes: try container.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:],
            evidence: try container.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(source, forKey: .source)
        try container.encode(target, forKey: .target)
        try container.encode(isDirected, forKey: .directed)
        try container.encode(weight, forKey: .weight)
        if !attributes.isEmpty { try container.encode(attributes, forKey: .attributes) }
        try container.encode(evidence, forKey: .evidence)
    }
}

/// The identity of a relation in a graph: one relation per kind, ends and direction.
public struct RelationKey: Hashable, Comparable, Sendable {
    public var kind: RelationKind
    public var source: EntityID
    public var target: EntityID
    public var isDirected: Bool

    public static func < (lhs: RelationKey, rhs: RelationKey) -> Bool {
        if lhs.source != rhs.source { return lhs.source < rhs.source }
        if lhs.target != rhs.target { return lhs.target < rhs.target }
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        return !lhs.isDirected && rhs.isDirected
    }
}
