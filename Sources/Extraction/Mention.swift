import GraphModel

/// A place in the text that refers to an entity of the document.
struct Mention: Sendable {
    /// How the text refers to the entity.
    enum Form: Sendable, Hashable {
        /// The entity's name or one of its known names.
        case name
        /// A demonym ("Azerbaijani") or combining form ("Russo-").
        case demonym
        /// A capital used for its country ("Moscow said").
        case capital
        /// Part of a person's name ("Hasanov").
        case partialName
        /// A pronoun ("he", "she").
        case pronoun
        /// A description ("the minister", "the Kazakh President").
        case description
    }

    /// The tokens of the mention.
    var tokens: Range<Int>
    /// The entity, an index into `DocumentAnalysis.entities`.
    var entity: Int
    var form: Form
    /// The mention is inside the title of the person mention at this index
    /// ("Azerbaijani" in "Azerbaijani Defence Minister Zakir Hasanov").
    var titleOf: Int? = nil
    // No text: a mention holds only integers, so the rules copy it without retaining
    // anything (`DocumentAnalysis.text(_:)` gives the words as written).
}

/// An entity found in one document, before it becomes a `GraphModel.Entity`.
struct DocumentEntity: Sendable {
    /// The kinds of entity the extraction finds: a closed enum, so the rules' many
    /// `kind == .person` tests compare one byte rather than two strings.
    enum Kind: UInt8, Sendable, Hashable {
        case country, person, organization

        /// The graph model's kind.
        var entityKind: EntityKind {
            switch self {
            case .country: .country
            case .person: .person
            case .organization: .organization
            }
        }
    }

    var kind: Kind
    var name: String
    var aliases: [String] = []
    var role: [String] = []
    /// Entities (countries, organizations) the person is affiliated with, in order found.
    var affiliations: [Int] = []
    /// The country's ISO code.
    var iso: String? = nil
    /// The index in the gazetteer (country or organization table).
    var gazetteerIndex: Int? = nil
    /// A national body (a ministry, a presidency) rather than an international one.
    var isNational = false
    /// The country a national body belongs to, when known.
    var country: Int? = nil
    /// The folded name tokens of a person, for matching surnames.
    var nameKeys: [String] = []
    /// The entity is real: a capital-only country becomes real only when used as an actor.
    var isConfirmed = true
    /// The entity was named inside another name ("Cuban" in "Federation of Cuban Women"),
    /// so it exists even without a mention of its own.
    var isNamedInside = false
    /// The country a person's statements speak for ("Azerbaijan always supports ...",
    /// said by the person): a hint for a person whose title names no country.
    var statedCountry: Int? = nil
    /// The entity is credited for the report (a ministry, an outlet): never a speaker.
    var isSourceOnly = false
    /// The row of `Officials` a person's name matched, when it did.
    var official: Int? = nil

    mutating func addAlias(_ alias: String) {
        if alias != name && !aliases.contains(alias) { aliases.append(alias) }
    }

    mutating func addAffiliation(_ entity: Int) {
        if !affiliations.contains(entity) { affiliations.append(entity) }
    }
}
