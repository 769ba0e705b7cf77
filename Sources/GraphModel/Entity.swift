/// A country, person or organization in a relationship graph.
public struct Entity: Hashable, Codable, Sendable {
    /// Stable id derived from kind and canonical name (`person/zakir-hasanov`).
    public var id: EntityID
    /// What the entity is.
    public var kind: EntityKind
    /// The canonical name: the fullest form an article uses.
    public var name: String
    /// Other names the entity goes by (surnames, acronyms, demonyms), sorted, without `name`.
    public var aliases: [String]
    /// Free-form attributes. Well-known keys: `role` (a person's title),
    /// `affiliation` (canonical names, joined by `; `), `iso` (a country's ISO 3166 code).
    public var attributes: [String: String]

    /// Creates an entity; `id` defaults to the one derived from `kind` and `name`.
    public init(
        id: EntityID? = nil,
        kind: EntityKind,
        name: String,
        aliases: some Sequence<String> = [],
        attributes: [String: String] = [:]
    ) {
        self.id = id ?? EntityID(kind: kind, name: name)
        self.kind = kind
        self.name = name
        self.aliases = []
        self.attributes = attributes
        addAliases(aliases)
    }

    /// Creates an entity whose `aliases` are already sorted, distinct and without `name`
    /// (as `init(id:kind:name:aliases:attributes:)` would leave them): they are not checked.
    package init(id: EntityID, kind: EntityKind, name: String, sortedAliases: [String], attributes: [String: String]) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = sortedAliases
        self.attributes = attributes
    }

    /// A person's role, if known.
    public var role: String? {
        get { attributes["role"] }
        set { attributes["role"] = newValue }
    }

    /// Every name of the entity: the canonical name first, then the aliases.
    public var allNames: [String] { [name] + aliases }

    /// Adds `names` as aliases, keeping them sorted, unique and distinct from `name`.
    public mutating func addAliases(_ names: some Sequence<String>) {
        var set = Set(aliases)
        for alias in names where alias != name && !alias.isEmpty {
            set.insert(alias)
        }
        aliases = set.sorted()
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, name, aliases, attributes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(EntityKind.self, forKey: .kind)
        let name = try container.decode(String.self, forKey: .name)
        self.init(
            id: try container.decodeIfPresent(EntityID.self, forKey: .id),
            kind: kind,
            name: name,
            aliases: try container.decodeIfPresent([String].self, forKey: .aliases) ?? [],
            attributes: try container.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:]
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(name, forKey: .name)
        try container.encode(aliases, forKey: .aliases)
        if !attributes.isEmpty { try container.encode(attributes, forKey: .attributes) }
    }
}
