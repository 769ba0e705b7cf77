/// A stable, readable identifier of an entity, derived from its kind and name.
///
/// `EntityID(kind: .person, name: "Zakir Hasanov")` is `person/zakir-hasanov`.
/// The id is the same in every run and every document, so graphs extracted from
/// different articles merge by id. Diacritics are folded ("Péter Szijjártó" →
/// `person/peter-szijjarto`), letters outside Latin are kept lowercased, and every
/// run of other characters becomes one hyphen.
public struct EntityID: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The id of an entity of `kind` named `name`.
    ///
    /// - Complexity: O(*n*) in the length of `name`.
    public init(kind: EntityKind, name: String) {
        let slug = EntityID.slug(name)
        rawValue = "\(kind.rawValue)/\(slug.isEmpty ? "unnamed" : slug)"
    }

    /// The kind part of the id (before the first `/`), if it has one.
    public var kindPart: String? {
        guard let slash = rawValue.firstIndex(of: "/") else { return nil }
        return String(rawValue[..<slash])
    }

    public var description: String { rawValue }

    public static func < (lhs: EntityID, rhs: EntityID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Lowercased, diacritic-free, hyphen-separated form of `text`.
    public static func slug(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in NameFolding.fold(text).unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else if scalar == "'" {
                continue  // "Côte d'Ivoire" → cote-divoire, not cote-d-ivoire
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
