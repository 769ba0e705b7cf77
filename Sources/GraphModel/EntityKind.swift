/// The kind of an entity in a relationship graph.
///
/// The three kinds the extraction produces are `country`, `person` and
/// `organization`. Graphs read from other tools (edge lists, foreign GraphML)
/// may carry other kinds, so the type is open like a string enum.
public struct EntityKind: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// A sovereign state (Palestine, Taiwan and Kosovo included).
    public static let country: EntityKind = "country"
    /// A named real person.
    public static let person: EntityKind = "person"
    /// A named organization: international bodies, ministries, parties, companies.
    public static let organization: EntityKind = "organization"
    /// A node of unknown kind, as read from an edge list or a foreign graph.
    public static let node: EntityKind = "node"

    /// The kinds the extraction produces, in display order.
    public static let extracted: [EntityKind] = [.country, .person, .organization]

    public var description: String { rawValue }

    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
