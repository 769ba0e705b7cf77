/// The kind of a relation between two entities.
///
/// `meeting` and `cooperation` are undirected; `statement`, `affiliation` and
/// `membership` point from the actor to the entity acted upon. Graphs from other
/// tools may carry other kinds (`link` for a plain edge list).
public struct RelationKind: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Two parties met, talked, phoned or visited one another (undirected).
    public static let meeting: RelationKind = "meeting"
    /// A speaker said something naming the target (speaker → target).
    public static let statement: RelationKind = "statement"
    /// A person holds a post in or represents a country or organization.
    public static let affiliation: RelationKind = "affiliation"
    /// A country is a member of an organization.
    public static let membership: RelationKind = "membership"
    /// Two countries or organizations cooperate (undirected).
    public static let cooperation: RelationKind = "cooperation"
    /// A plain, untyped edge read from another tool.
    public static let link: RelationKind = "link"

    /// The kinds the extraction produces, in display order.
    public static let extracted: [RelationKind] = [
        .meeting, .statement, .affiliation, .membership, .cooperation,
    ]

    /// Whether relations of this kind have a direction by default.
    public var isDirectedByDefault: Bool {
        switch self {
        case .meeting, .cooperation, .link: false
        default: true
        }
    }

    public var description: String { rawValue }

    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
