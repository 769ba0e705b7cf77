import GraphModel

/// The countries, international organizations and national bodies the extraction
/// knows by name, matched longest-first over token keys.
///
/// Loaded once from `countries.tsv`, `organizations.tsv`, `national-bodies.tsv`, `groups.tsv`,
/// `parties.tsv`, `companies.tsv`, `officials.tsv` and `place-phrases.txt` (see Resources/README.md).
struct Gazetteer: Sendable {
    /// A known country.
    struct Country: Sendable {
        var name: String
        /// The entity id, computed once.
        var id: EntityID
        var iso2: String
        var aliases: [String]
        /// The first demonym ("Japanese"), which names the country's bodies ("Japanese Foreign Ministry").
        var demonym: String?
    }

    /// A known organization.
    struct Organization: Sendable {
        var name: String
        /// The entity id, computed once.
        var id: EntityID
        var aliases: [String]
        /// `international`, `bloc`, `grouping`, `alliance`, `organ`, ... or `national`.
        var type: String
        /// The organization it belongs to, for organs.
        var parent: String?
        /// The country of a national body.
        var country: Int?
        var isNational: Bool { type == "national" }
    }

    /// How a match names its entry.
    enum Form: Sendable, Hashable {
        case name, alias, demonym, capital, combining
    }

    /// What a phrase in the trie stands for.
    enum Entry: Sendable, Hashable {
        case country(Int, Form)
        case organization(Int, Form)
        /// A phrase that names neither (a region, a river, a language).
        case blocked
    }

    struct Payload: Sendable, Hashable {
        var entry: Entry
        /// The form is an acronym or abbreviation: match only capitals ("US", not "us").
        var capitalsOnly: Bool
    }

    private(set) var countries: [Country] = []
    private(set) var organizations: [Organization] = []
    private(set) var trie = PhraseTrie<Payload>()
    private(set) var countryByName: [String: Int] = [:]
    private(set) var organizationByName: [String: Int] = [:]
    /// The country of each national news agency, by the folded code ("qna" → Qatar), asked
    /// of a dateline's tokens by their codes.
    private(set) var agencyCountry = KeyTable<Int>()
    /// Known public officials and whom they serve.
    private(set) var officials = Officials()

    init() {}

    /// Loads the bundled tables.
    static func load() throws -> Gazetteer {
        var gazetteer = Gazetteer()
        try gazetteer.read(countries: ResourceTable.load("countries.tsv", hasHeader: true))
        try gazetteer.read(organizations: ResourceTable.load("organizations.tsv", hasHeader: true), national: false)
        try gazetteer.read(organizations: ResourceTable.load("national-bodies.tsv", hasHeader: true), national: true)
        try gazetteer.read(organizations: ResourceTable.load("groups.tsv", hasHeader: true), national: false, type: "group")
        try gazetteer.read(organizations: ResourceTable.load("parties.tsv", hasHeader: true), national: false, type: "party")
        try gazetteer.read(organizations: ResourceTable.load("companies.tsv", hasHeader: true), national: false, type: "company")
        try gazetteer.read(agencies: ResourceTable.load("agencies.tsv", hasHeader: true))
        var officials = Officials()
        try officials.read(ResourceTable.load("officials.tsv", hasHeader: true), gazetteer: gazetteer)
        gazetteer.officials = officials
        for row in try ResourceTable.load("place-phrases.txt", hasHeader: false).rows {
            gazetteer.trie.insert(PhraseTrie<Payload>.keys(row[0]), value: Payload(entry: .blocked, capitalsOnly: false))
        }
        return gazetteer
    }

    mutating func read(agencies table: ResourceTable) throws {
        for (row, line) in zip(table.rows, table.lines) {
            let code = table.cell(row, "code")
            guard !code.isEmpty, let country = countryByName[Tokenizer.fold(table.cell(row, "country"))] else {
                throw ExtractionError.resource(name: "agencies.tsv", line: line, message: "no known country for agency '\(code)'")
            }
            agencyCountry.set(Tokenizer.fold(code), country)
        }
    }

    mutating func read(countries table: ResourceTable) throws {
        for (row, line) in zip(table.rows, table.lines) {
            let name = table.cell(row, "name")
            guard !name.isEmpty else {
                throw ExtractionError.resource(name: "countries.tsv", line: line, message: "empty name")
            }
            let index = countries.count
            let aliases = ResourceTable.list(table.cell(row, "aliases"))
            let demonyms = ResourceTable.list(table.cell(row, "demonyms"))
            countries.append(Country(name: name, id: GraphBuilder.id(kind: .country, name: name), iso2: table.cell(row, "iso2"), aliases: aliases,
                demonym: demonyms.first { !$0.hasSuffix("-") }))
            countryByName[Tokenizer.fold(name)] = index
            insert(name, .country(index, .name))
            for alias in aliases { insert(alias, .country(index, .alias)) }
            for demonym in demonyms {
                if demonym.hasSuffix("-") {
                    insert(String(demonym.dropLast()), .country(index, .combining))
                } else {
                    insert(demonym, .country(index, .demonym))
                }
            }
            for capital in ResourceTable.list(table.cell(row, "capitals")) where Tokenizer.fold(capital) != Tokenizer.fold(name) {
                insert(capital, .country(index, .capital))
            }
        }
    }

    mutating func read(organizations table: ResourceTable, national: Bool, type fixedType: String? = nil) throws {
        for (row, line) in zip(table.rows, table.lines) {
            let name = table.cell(row, "name")
            guard !name.isEmpty else {
                throw ExtractionError.resource(name: national ? "national-bodies.tsv" : "organizations.tsv", line: line, message: "empty name")
            }
            let index = organizations.count
            let aliases = ResourceTable.list(table.cell(row, "aliases"))
            var organization = Organization(
                name: name, id: GraphBuilder.id(kind: .organization, name: name), aliases: aliases,
                type: national ? "national" : fixedType ?? table.cell(row, "type"),
                parent: table.cell(row, "parent").isEmpty ? nil : table.cell(row, "parent"))
            if national { organization.country = countryByName[Tokenizer.fold(table.cell(row, "country"))] }
            organizations.append(organization)
            organizationByName[Tokenizer.fold(name)] = index
            insert(name, .organization(index, .name))
            for alias in aliases { insert(alias, .organization(index, .alias)) }
        }
    }

    private mutating func insert(_ form: String, _ entry: Entry) {
        let keys = PhraseTrie<Payload>.keys(form)
        guard !keys.isEmpty else { return }
        // ASCII letters tested as bytes: the Unicode property look-up costs more than the rest
        // of loading a name (and gives the same answer there: only "a"-"z" are lowercase,
        // only "A"-"Z" uppercase).
        func isLowercase(_ s: Unicode.Scalar) -> Bool { s.isASCII ? s.value >= 97 && s.value <= 122 : s.properties.isLowercase }
        func isUppercase(_ s: Unicode.Scalar) -> Bool { s.isASCII ? s.value >= 65 && s.value <= 90 : s.properties.isUppercase }
        let hasLower = form.unicodeScalars.contains(where: isLowercase)
        let capitalsOnly = !hasLower || (form.unicodeScalars.count(where: isUppercase) >= 2 && form.count <= 6 && !form.contains(" "))
        trie.insert(keys, value: Payload(entry: entry, capitalsOnly: capitalsOnly))
    }

    /// The longest known phrase at `start`: its end and what it names (nil for a
    /// blocked phrase, which still consumes its tokens).
    func match(_ tokens: TokenList, at start: Int, limit: Int) -> (end: Int, entry: Entry?)? {
        let first = tokens[start]
        // ("against al-Shabaab": a lowercase Arabic article joined to a capitalized name opens it too.)
        guard first.isWord, first.isCapitalized || first.flags.contains(.number) || first.flags.contains(.allCaps)
            || first.hasKey("al") && start + 2 < limit && tokens[start + 1].hasKey("-") && !tokens[start + 1].flags.contains(.spaceBefore) && tokens[start + 2].isCapitalized
        else { return nil }
        guard let found = trie.firstOfLongestMatch(in: tokens, from: start, limit: limit, accept: { payload, range in
            if payload.capitalsOnly {
                let t = tokens[range.lowerBound]
                guard t.flags.contains(.allCaps) || t.flags.contains(.dotted) || (t.key.contains(where: \.isNumber) && t.isCapitalized) else { return false }
            }
            if case .country(_, .combining) = payload.entry {
                guard range.upperBound < tokens.count, tokens[range.upperBound].hasKey("-"),
                    !tokens[range.upperBound].flags.contains(.spaceBefore)
                else { return false }
            }
            // A name never continues into a hyphenated word: "Indo" in "Indo-Pacific".
            if range.upperBound + 1 < tokens.count, tokens[range.upperBound].hasKey("-"),
                !tokens[range.upperBound].flags.contains(.spaceBefore),
                !tokens[range.upperBound + 1].flags.contains(.spaceBefore)
            {
                if case .country(_, .combining) = payload.entry { return true }
                let after = tokens[range.upperBound + 1]
                if !after.isCapitalized && !after.hasKey("based") && !after.hasKey("led") && !after.hasKey("backed") { return false }
            }
            return true
        }) else { return nil }
        let entry = found.value.entry
        if case .blocked = entry { return (found.end, nil) }
        return (found.end, entry)
    }
}
