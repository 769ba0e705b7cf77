import GraphModel

/// Completes affiliations after the titles are read.
///
/// A national body ("the Defence Ministry") belongs to the country its name gives,
/// else to the article's home country; a person holding a post in a national body
/// is affiliated with its country too ("Director of the General Intelligence
/// Service" → the service and Egypt). A person with a national title and no
/// country ("Foreign Minister, Sameh Shoukry") gets the home country unless a
/// meeting partner already comes from it.
struct AffiliationResolver {
    let doc: DocumentAnalysis

    /// The article's home country: the dateline's, else the most named.
    func homeCountry() -> Int? { rankedCountries().first }

    /// Fills in the countries of national bodies and of the persons who work in them.
    func resolveBodies() {
        let home = homeCountry()
        // A listed national body ("Kremlin") belongs to its table country when the article
        // names that country; the table gives a gazetteer index, not an entity.
        for index in doc.entities.indices where doc.entities[index].kind == .organization && doc.entities[index].isNational {
            guard let listed = doc.entities[index].gazetteerIndex else { continue }
            let country = doc.gazetteer.organizations[listed].country.flatMap { doc.entityOfCountry[$0] }
            doc.entities[index].country = country.flatMap { doc.entities[$0].isConfirmed ? $0 : nil }
        }
        for index in doc.entities.indices where doc.entities[index].kind == .organization && doc.entities[index].isNational {
            // Only a government body is the home country's by default; an institute or a party is not.
            // A listed body ("CIA") has its table's country: never another country by default.
            if doc.entities[index].country == nil, doc.entities[index].gazetteerIndex == nil, isGovernmentBody(doc.entities[index].name) {
                // "Political Bureau of the Communist Party of China Central Committee": a country
                // named inside the name is the body's, whatever the dateline.
                doc.entities[index].country = countryInside(index) ?? home
            }
        }
        for index in doc.entities.indices where doc.entities[index].kind == .person {
            for a in doc.entities[index].affiliations where doc.kind(of: a) == .organization && doc.entities[a].isNational {
                if let c = doc.entities[a].country { doc.entities[index].addAffiliation(c) }
            }
        }
    }

    /// Gives a known official (`Officials`) the countries and organizations the table says
    /// they serve, where the article names them ("President Joe Biden" → United States, when
    /// the article names it), in place of any other country the title seemed to give.
    func resolveKnownOfficials() {
        let officials = doc.gazetteer.officials
        guard officials.count > 0 else { return }
        for index in doc.entities.indices where doc.entities[index].kind == .person {
            guard let row = officialRow(of: index) else { continue }
            let entity = doc.entities[index]
            let official = officials[row]
            // ("NATO Secretary General Mark Rutte": in the post the title names, not for his country.)
            let inTheirOrganization = entity.affiliations.contains { a in official.organizations.contains { doc.entityOfOrganization[$0] == a } }
            let known = official.countries.compactMap { c in doc.entityOfCountry[c].flatMap { doc.entities[$0].isConfirmed ? $0 : nil } }
            if !inTheirOrganization, !known.isEmpty {
                // ("Asked about Somalia, President Isaias stated": a country the words before the title
                // seemed to give is not the one the official serves.)
                doc.entities[index].affiliations.removeAll { doc.kind(of: $0) == .country && !known.contains($0) }
                for e in known { doc.entities[index].addAffiliation(e) }
            }
            for organization in official.organizations {
                if let e = doc.entityOfOrganization[organization] { doc.entities[index].addAffiliation(e) }
            }
        }
    }

    /// The row of `Officials` person `index` is: the one the recognizer matched a mention with,
    /// else one of the person's names, looked up only when its surname ends a known name (most
    /// persons' does not, and the look-up costs).
    private func officialRow(of index: Int) -> Int? {
        if let row = doc.entities[index].official { return row }
        let officials = doc.gazetteer.officials
        guard let last = doc.entities[index].nameKeys.last, officials.someName(endsWith: last) else { return nil }
        let entity = doc.entities[index]
        return ([entity.name] + entity.aliases).lazy.compactMap { officials.index(named: $0) }.first
    }

    /// A country named inside an organization's name, found through the words of its first mention.
    private func countryInside(_ organization: Int) -> Int? {
        guard let first = doc.mentions.first(where: { $0.entity == organization }) else { return nil }
        for entry in gazetteerEntries(in: first.tokens) {
            if case .country(let table, .name) = entry, let entity = doc.entityOfCountry[table] { return entity }
            // "Senate of the Oliy Majlis": a listed national body inside gives its country.
            if case .organization(let table, _) = entry, let country = doc.gazetteer.organizations[table].country,
                let entity = doc.entityOfCountry[country], doc.entities[entity].isConfirmed
            {
                return entity
            }
        }
        return nil
    }

    /// What the gazetteer names in `tokens`, longest match first, left to right.
    private func gazetteerEntries(in tokens: Range<Int>) -> [Gazetteer.Entry] {
        var result: [Gazetteer.Entry] = []
        var t = tokens.lowerBound
        while t < tokens.upperBound {
            if let found = doc.gazetteer.match(doc.tokens, at: t, limit: tokens.upperBound) {
                if let entry = found.entry { result.append(entry) }
                t = found.end
                continue
            }
            t += 1
        }
        return result
    }

    /// The countries by how often the article names them, most named first; the
    /// dateline's country first when the body names it too.
    func rankedCountries() -> [Int] {
        // Arrays by entity index (-1: not named) rather than dictionaries: nothing hashed.
        var counts = [Int](filling: 0, count: doc.entities.count)
        var first = [Int](filling: -1, count: doc.entities.count)
        for (index, m) in doc.mentions.enumerated() where m.entity >= 0 && doc.kind(of: m.entity) == .country {
            // A country in a foreign guest's title, or in the headline, says less about the article's home.
            let inHeadline = doc.sentenceOfToken[m.tokens.lowerBound] >= 0 && doc.sentences[Int(doc.sentenceOfToken[m.tokens.lowerBound])].isHeadline
            counts[m.entity] += m.titleOf == nil && !inHeadline ? 2 : 1
            if first[m.entity] < 0 { first[m.entity] = index }
        }
        // "the Egyptian army", "Azerbaijani Foreign Ministry": a body's name that starts with its
        // country names the country too.
        for (index, m) in doc.mentions.enumerated() where m.entity >= 0 && doc.kind(of: m.entity) == .organization {
            guard let country = doc.entities[m.entity].country, doc.entities[m.entity].gazetteerIndex == nil,
                case .country(let table, _)? = doc.gazetteer.match(doc.tokens, at: m.tokens.lowerBound, limit: m.tokens.upperBound)?.entry,
                doc.entityOfCountry[table] == country
            else { continue }
            counts[country] += 1
            if first[country] < 0 || first[country] > index { first[country] = index }
        }
        // Counts and first mentions differ between countries: the order is total.
        var ranked = counts.indices.filter { counts[$0] > 0 }
        ranked.sort { a, b in counts[a] != counts[b] ? counts[a] > counts[b] : first[a] < first[b] }
        for dateline in datelineCountries().reversed() {
            if let index = ranked.firstIndex(of: dateline) {
                ranked.remove(at: index)
                ranked.insert(dateline, at: 0)
            }
        }
        return ranked
    }

    /// The countries of the dateline ("Ulaanbaatar/MONTSAME/" → Mongolia) that the body names too;
    /// a national agency's country ("Riyadh (QNA)" → Qatar) first: its copy's officials are its own.
    func datelineCountries() -> [Int] {
        guard let dateline = doc.dateline else { return [] }
        var result: [Int] = []
        for t in dateline.tokens where doc.tokens[t].isWord && doc.tokens[t].isCapitalized {
            if let index = doc.gazetteer.agencyCountry[token: doc.tokens[t]], let entity = doc.entityOfCountry[index],
                doc.entities[entity].isConfirmed, !result.contains(entity)
            {
                result.append(entity)
            }
        }
        for entry in gazetteerEntries(in: dateline.tokens) {
            if case .country(let index, _) = entry, let entity = doc.entityOfCountry[index],
                doc.entities[entity].isConfirmed, !result.contains(entity)
            {
                result.append(entity)
            }
        }
        return result
    }

    /// Gives persons with a national title and no affiliation the article's home
    /// country, or the next most named country when a meeting partner comes from it;
    /// never a country the person visited (`visited`: visitor → countries).
    func resolvePersons(meetings: [(Int, Int)], visited: [Int: Set<Int>] = [:]) {
        let ranked = rankedCountries()
        guard !ranked.isEmpty else { return }
        let datelines = visited.isEmpty ? [] : Set(datelineCountries())
        var partners: [Int: Set<Int>] = [:]
        for (a, b) in meetings {
            partners[a, default: []].insert(b)
            partners[b, default: []].insert(a)
        }
        let officials = doc.gazetteer.officials
        for index in doc.entities.indices where doc.entities[index].kind == .person && doc.entities[index].affiliations.isEmpty {
            guard doc.entities[index].role.contains(where: isNationalRole) else { continue }
            // ("Commission President Ursula von der Leyen": an international civil servant the
            // table knows serves no country.)
            if let row = officialRow(of: index), officials[row].countries.isEmpty { continue }
            // ("The Tánaiste ... concluded a two-day visit to Lebanon": not Lebanese. The dateline's
            // country stays the home: a host may be taken for a visitor there.)
            let partnerCountries = Set((partners[index] ?? []).flatMap { doc.entities[$0].affiliations })
                .union((visited[index] ?? []).subtracting(datelines))
            if let own = doc.entities[index].statedCountry, !partnerCountries.contains(own) {
                doc.entities[index].addAffiliation(own)
            } else if let country = ranked.first(where: { !partnerCountries.contains($0) }) {
                doc.entities[index].addAffiliation(country)
            }
        }
    }

    private func isGovernmentBody(_ name: String) -> Bool {
        PhraseTrie<Int>.keys(name).contains { Self.governmentWords.contains($0) }
    }

    private func isNationalRole(_ role: String) -> Bool {
        PhraseTrie<Int>.keys(role).contains { Self.nationalRoleWords.contains($0) }
    }

    // (Made once: a set literal in the functions above was made and hashed at every call.)
    private static let governmentWords: KeySet = [
        "ministry", "presidency", "service", "department", "bureau", "agency", "office", "secretariat", "directorate",
        "administration", "parliament", "assembly", "senate", "congress", "police", "army", "navy", "forces", "guard",
        "guards", "command", "government", "cabinet", "council", "commission", "committee", "court", "embassy",
    ]
    private static let nationalRoleWords: KeySet = [
        "president", "minister", "chancellor", "premier", "king", "queen", "emir", "ambassador", "senator", "secretary", "head", "leader",
    ]
}
