import GraphModel

/// Finds stated membership of a country in an organization: "Latvia, being a NATO
/// member", "NATO member Latvia", "a member of the Minsk Group", "Indonesia has
/// joined BRICS", "became full members", "Armenia's membership to the UN", "BRICS
/// was founded by Brazil, Russia, India and China".
///
/// Invited, applicant and pending members are not members ("invited to join",
/// "applied for membership", "bid to join").
struct MembershipDetector {
    /// Nouns of people an organization's name may qualify ("the EU leaders", "NATO ministers").
    private static let peopleNouns: KeySet = [
        "leaders", "officials", "ministers", "members", "counterparts", "delegations", "delegates", "colleagues", "partners",
        "heads", "envoys", "troops", "forces", "states", "countries", "nations",
    ]

    let doc: DocumentAnalysis
    /// For "both countries, as members of ASEAN": the countries of the current meeting.
    let coreference: CoreferenceResolver

    private static let pending: KeySet = [
        "invited", "applied", "apply", "applying", "application", "bid", "to", "seek", "seeks", "seeking", "want",
        "wants", "candidate", "aspiring", "observer", "would", "could", "may", "might", "will", "not", "never",
        "expressed", "interest", "potential", "prospective", "future", "process",
    ]

    /// The words of a founding ("founded by"): with the member words, the tokens `process`
    /// reads (`Lexicon.WordClass.foundingStart`).
    static let foundingWords = ["founded", "formed", "created", "established"]
    /// The verbs of an inclusion ("includes", "brings together"): the tokens
    /// `processInclusions` reads (`Lexicon.WordClass.inclusionStart`).
    static let inclusionWords = [
        "brings", "bringing", "brought", "groups", "grouping", "unites", "uniting", "includes", "include", "included",
        "comprise", "comprises", "comprising",
    ]
    private static let startClasses: Lexicon.WordClass = [.member, .foundingStart]

    /// Processes sentence `s`; `lastOrganization` is the most recent organization
    /// mentioned before it (for "became full members" without a name).
    func process(_ s: Int, lastOrganization: Int?) {
        processInclusions(s)
        let range = doc.sentences[s].tokens
        // Tokens with no member word, nor "founded", "formed", "created" or "established", are
        // passed over at once (the guard below), by one test of their classes.
        for t in doc.tokens(in: range, withAnyOf: Self.startClasses) {
            let keyCode = doc.tokens[t].code
            // "founded by", "BRICS was formed in 2009 by Brazil, ...".
            let isFounded = keyCode == Token.code("founded") && t + 1 < range.upperBound
                || (keyCode == Token.code("formed") || doc.tokens[t].hasKey("established") || keyCode == Token.code("created")) && (t + 1..<min(range.upperBound, t + 5)).contains { doc.tokens[$0].hasKey("by") }
            guard doc.has(t, .member) || isFounded, !doc.titleTokens.contains(t) else { continue }
            if isPending(t, in: range) { continue }
            // "looks forward to Iran joining the organisation as a full member".
            if keyCode == Token.code("member") || keyCode == Token.code("members"), (max(range.lowerBound, t - 10)..<t).contains(where: { (doc.tokens[$0].hasKey("joining") || doc.tokens[$0].hasKey("join")) }) { continue }
            if keyCode == Token.code("member") || keyCode == Token.code("members"), isPersonTitle(t, in: range) { continue }
            // The organization: after the trigger ("member of X", "joined X"), just before
            // it ("a NATO member"), or the last one named.
            var organization: Int? = nil
            var joinedPeople = false
            var k = t + 1
            while k < min(range.upperBound, t + 5) {
                if let m = doc.mention(at: k), m.entity >= 0, doc.kind(of: m.entity) == .organization, !doc.entities[m.entity].isNational {
                    // ("Leaders from Albania ... joined the 27 EU leaders": people the body names, not the body.)
                    joinedPeople = keyCode == Token.code("joined") && m.tokens.upperBound < range.upperBound && Self.peopleNouns.contains(doc.tokens[m.tokens.upperBound])
                    organization = m.entity
                    break
                }
                k += 1
            }
            if joinedPeople { continue }
            if organization == nil, t > range.lowerBound, let m = doc.mention(at: t - 1), m.entity >= 0, doc.kind(of: m.entity) == .organization {
                organization = m.entity
            }
            // "Mercosur's four founding members", "the bloc's other members".
            if organization == nil {
                var j = t - 1
                while j > range.lowerBound, t - j <= 4, doc.mention(at: j) == nil, doc.tokens[j].isWord, !doc.tokens[j].isCapitalized || doc.tokens[j].flags.contains(.number) { j -= 1 }
                if j > range.lowerBound, doc.tokens[j].hasKey("'s"), let m = doc.mention(at: j - 1), m.entity >= 0, doc.kind(of: m.entity) == .organization,
                    !doc.entities[m.entity].isNational
                {
                    organization = m.entity
                }
            }
            if organization == nil, isFounded || keyCode == Token.code("founding") {
                organization = range.lazy.compactMap { self.doc.mention(at: $0) }.first { $0.entity >= 0 && self.doc.kind(of: $0.entity) == .organization }?.entity
            }
            // "the organization, whose members are ...": the organization that noun names.
            if organization == nil, keyCode == Token.code("members") || keyCode == Token.code("member") {
                organization = genericOrganization(before: t, in: range)
            }
            if organization == nil, keyCode == Token.code("joined") || keyCode == Token.code("members") || keyCode == Token.code("member") {
                // The organization named earlier in the sentence, else the last one before it.
                let earlier = doc.mentions(in: range.lowerBound..<t).last { doc.mentions[$0].entity >= 0 && doc.kind(of: doc.mentions[$0].entity) == .organization && !doc.entities[doc.mentions[$0].entity].isNational }
                organization = (earlier.map { doc.mentions[$0].entity } ?? lastOrganization).map(memberOrganization)
            }
            guard let named = organization else { continue }
            // "a member of the European Union and NATO": each organization of the list.
            let organizations = [named] + coordinatedOrganizations(after: named, from: t, in: range)
            // "the Community's other members, Ecuador and Bolivia", "the five EU member states
            // that ... – Spain, Slovakia, Cyprus": a list after the trigger names the members.
            let listed = listedCountries(after: t, in: range)
            for c in listed ?? [] { for o in organizations { doc.addRelation(.membership, c, o, sentence: s, cameo: "") } }
            // The members: countries in the clause (before the trigger, or "NATO member X").
            var countries: [Int] = []
            // "Denmark, a founding member of the alliance": only the country the apposition describes.
            if let only = appositionCountry(t, in: range) {
                for o in organizations { doc.addRelation(.membership, only, o, sentence: s, cameo: "") }
                continue
            }
            // "whose members are A, B and C": the list is the members, not the clause before.
            if listed != nil, isListedByVerb(after: t) { continue }
            var j = t - 1
            while j >= range.lowerBound {
                // The token read in place, its classes those looked up for the analysis.
                if doc.tokens[j].hasKey(";") || doc.tokens[j].hasKey(".") || doc.tokens[j].hasKey("whose") { break }
                if let m = doc.mention(at: j), m.entity >= 0 {
                    if doc.kind(of: m.entity) == .country && m.form != .demonym && !countries.contains(m.entity) { countries.append(m.entity) }
                    j = m.tokens.lowerBound - 1
                    continue
                }
                if doc.has(j, .speech) || doc.tokens[j].hasKey("that") { break }
                j -= 1
            }
            if isFounded || countries.isEmpty && listed == nil {
                var k = t + 1
                while k < range.upperBound {
                    if let m = doc.mention(at: k), m.entity >= 0 {
                        if doc.kind(of: m.entity) == .country && m.form == .name && !countries.contains(m.entity) { countries.append(m.entity) }
                        k = m.tokens.upperBound
                        continue
                    }
                    if doc.tokens[k].hasKey(",") || doc.tokens[k].hasKey("and") || doc.tokens[k].hasKey("by") || doc.tokens[k].hasKey("the") || doc.tokens[k].hasKey("in") || doc.tokens[k].flags.contains(.number) || k == t + 1 {
                        k += 1
                        continue
                    }
                    break
                }
            }
            if countries.isEmpty, listed == nil, let c = introducedCountry(t, in: range) { countries = [c] }
            // "both countries, as members of ASEAN", "both founding members of Mercosur": the two
            // countries of the meeting told.
            if countries.isEmpty, listed == nil, namesBothCountries(before: t, in: range) {
                let collective = coreference.collectiveCountries()
                if collective.count == 2 { countries = collective }
            }
            for c in countries {
                for o in organizations { doc.addRelation(.membership, c, o, sentence: s, cameo: "") }
            }
        }
    }

    /// Whether "both countries", "the two countries" or "both" (of "both founding members")
    /// comes shortly before the trigger at `t`.
    private func namesBothCountries(before t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        while j >= max(range.lowerBound, t - 6) {
            let token = doc.tokens[j]
            if token.hasKey("both") { return true }
            if token.hasKey("two"), j > range.lowerBound, doc.tokens[j - 1].hasKey("the"), j + 1 < t,
                doc.tokens[j + 1].hasKey("countries") || doc.tokens[j + 1].hasKey("nations")
            {
                return true
            }
            if token.hasKey(";") || doc.mention(at: j) != nil { return false }
            j -= 1
        }
        return false
    }

    /// Two or more countries listed right after the trigger's comma, or after a dash or
    /// colon that closes the trigger's phrase; nil when there is no such list.
    private func listedCountries(after t: Int, in range: Range<Int>) -> [Int]? {
        var k = t + 1
        if k < range.upperBound, (doc.tokens[k].hasKey("states") || doc.tokens[k].hasKey("countries") || doc.tokens[k].hasKey("nations")) { k += 1 }
        var separator: Int? = nil
        if k < range.upperBound, doc.tokens[k].hasKey(",") {
            separator = k
        } else if isListedByVerb(after: t) {
            separator = k
            while separator! + 1 < range.upperBound, Self.listVerbs.contains(doc.tokens[separator! + 1]) || (doc.tokens[separator! + 1].hasKey("now") || doc.tokens[separator! + 1].hasKey("currently")) {
                separator! += 1
            }
        } else {
            var d = k
            while d < min(range.upperBound, t + 16) {
                let key = doc.tokens[d].key
                let keyCode = doc.tokens[d].code
                if ["--", ":"].contains(key) || keyCode == Token.code("-") && doc.tokens[d].flags.contains(.spaceBefore) { separator = d; break }
                if keyCode == Token.code(";") || keyCode == Token.code(".") { break }
                d += 1
            }
        }
        guard let separator else { return nil }
        let result = countryList(from: separator + 1, in: range)
        return result.count >= 2 ? result : nil
    }

    /// The countries named by name in a list starting at `start` ("Burundi, the Democratic
    /// Republic of Congo and Kenya"), up to the first word that is no part of it.
    private func countryList(from start: Int, in range: Range<Int>) -> [Int] {
        var result: [Int] = []
        var k = start
        while k < range.upperBound {
            if let m = doc.mention(at: k) {
                guard m.entity >= 0, doc.kind(of: m.entity) == .country, m.form == .name else { break }
                if !result.contains(m.entity) { result.append(m.entity) }
                k = m.tokens.upperBound
                continue
            }
            if (doc.tokens[k].hasKey("the") || doc.tokens[k].hasKey("and") || doc.tokens[k].hasKey(",")) { k += 1; continue }
            break
        }
        return result
    }

    /// Organizations coordinated with `organization` right after its mention at or after
    /// `t`: "member of the European Union and NATO".
    private func coordinatedOrganizations(after organization: Int, from t: Int, in range: Range<Int>) -> [Int] {
        guard let first = (t..<range.upperBound).first(where: { doc.mention(at: $0)?.entity == organization }),
            let mention = doc.mention(at: first)
        else { return [] }
        var result: [Int] = []
        var k = mention.tokens.upperBound
        while k < range.upperBound {
            if let m = doc.mention(at: k) {
                guard m.entity >= 0, doc.kind(of: m.entity) == .organization, !doc.entities[m.entity].isNational else { break }
                if m.entity != organization, !result.contains(m.entity) { result.append(m.entity) }
                k = m.tokens.upperBound
                continue
            }
            if (doc.tokens[k].hasKey("the") || doc.tokens[k].hasKey("and") || doc.tokens[k].hasKey(",")) { k += 1; continue }
            break
        }
        // "NATO, the EU" needs an "and" to be a list, not an apposition.
        return doc.tokens[mention.tokens.upperBound..<k].contains { $0.hasKey("and") } ? result : []
    }

    /// The organization that "the member states" of a context means: countries are members
    /// of the SCO, not of the "SCO Council of Heads of State" that a sentence before named.
    private func memberOrganization(_ organization: Int) -> Int {
        let entity = doc.entities[organization]
        guard entity.gazetteerIndex == nil else { return organization }
        // A recognized body whose name opens with a listed organization's: "SCO Council of Heads of State".
        let words = entity.name.split(separator: " ")
        guard words.count >= 2 else { return organization }
        for other in doc.entities.indices where other != organization && doc.kind(of: other) == .organization && doc.entities[other].gazetteerIndex != nil {
            let names = [doc.entities[other].name] + doc.entities[other].aliases
            if names.contains(where: { !$0.isEmpty && words[0] == Substring($0) }) { return other }
        }
        return organization
    }

    /// Verbs that introduce a list of members: "whose members are", "members include".
    private static let listVerbs: KeySet = ["are", "were", "include", "includes", "included", "comprise", "comprises"]

    /// Whether a verb of listing follows the trigger at `t` ("members are", "member states include").
    private func isListedByVerb(after t: Int) -> Bool {
        var k = t + 1
        if k < doc.tokens.count, (doc.tokens[k].hasKey("states") || doc.tokens[k].hasKey("countries") || doc.tokens[k].hasKey("nations")) { k += 1 }
        if k < doc.tokens.count, (doc.tokens[k].hasKey("now") || doc.tokens[k].hasKey("currently")) { k += 1 }
        return k < doc.tokens.count && Self.listVerbs.contains(doc.tokens[k])
    }

    /// Nouns that stand for an organization named earlier ("the bloc", "the organization").
    private static let organizationNouns: KeySet = [
        "organization", "organisation", "bloc", "alliance", "grouping", "group", "community", "union", "association",
    ]

    /// The organization that "the organization" or "the bloc" just before `t` stands for: the
    /// last one named before whose name holds that noun, else the last international one.
    private func genericOrganization(before t: Int, in range: Range<Int>) -> Int? {
        // ("Members ..." opening a sentence has nothing before it.)
        guard t > range.lowerBound + 1, let noun = (max(range.lowerBound + 1, t - 5)..<t).last(where: {
            Self.organizationNouns.contains(doc.tokens[$0]) && doc.tokens[$0 - 1].hasKey("the")
        }) else { return nil }
        let word = doc.tokens[noun].key
        var fallback: Int? = nil
        // The nearest few hundred mentions: bounded work per trigger, however long the article.
        for m in doc.mentions(in: 0..<noun).reversed().prefix(400) {
            let entity = doc.mentions[m].entity
            guard entity >= 0, doc.kind(of: entity) == .organization, !doc.entities[entity].isNational else { continue }
            if doc.entities[entity].name.lowercased().split(separator: " ").contains(Substring(word)) { return entity }
            if fallback == nil { fallback = entity }
        }
        return word == "organization" || word == "organisation" || word == "union" || word == "community" ? nil : fallback
    }

    /// "the East African Community (EAC), a regional bloc that also includes Burundi, Kenya
    /// and Uganda", "the Lublin Triangle, which brings together Poland, Lithuania and Ukraine":
    /// the countries an organization's own description lists.
    private func processInclusions(_ s: Int) {
        let range = doc.sentences[s].tokens
        // One test of each token's classes: nearly every token is none of these words.
        for t in doc.tokens(in: range, withAnyOf: .inclusionStart) {
            var listStart = t + 1
            let keyCode = doc.tokens[t].code
            switch keyCode {
            case Token.code("brings"), Token.code("bringing"), Token.code("brought"), Token.code("groups"), Token.code("grouping"),
                Token.code("unites"), Token.code("uniting"):
                if listStart < range.upperBound, doc.tokens[listStart].hasKey("together") { listStart += 1 }
            case Token.code("includes"), Token.code("include"), Token.code("included"), Token.code("comprise"):
                break
            default:
                guard doc.tokens[t].hasKey("comprises") || doc.tokens[t].hasKey("comprising") else { continue }
            }
            guard !isPending(t, in: range), let organization = describedOrganization(before: t, in: range) else { continue }
            let countries = countryList(from: listStart, in: range)
            guard countries.count >= 2 else { continue }
            for c in countries { doc.addRelation(.membership, c, organization, sentence: s, cameo: "") }
        }
    }

    /// The organization whose description the verb at `t` continues: named just before it,
    /// with only a lowercase description between ("EAC, a regional bloc that also").
    private func describedOrganization(before t: Int, in range: Range<Int>) -> Int? {
        var k = t - 1
        while k >= max(range.lowerBound, t - 9) {
            if let m = doc.mention(at: k) {
                guard m.entity >= 0, doc.kind(of: m.entity) == .organization, !doc.entities[m.entity].isNational else { return nil }
                return m.entity
            }
            let token = doc.tokens[k]
            if token.hasKey(")") || token.hasKey("(") || token.hasKey(",") || !token.isCapitalized && token.isWord && !doc.has(k, .speech) {
                k -= 1
                continue
            }
            return nil
        }
        return nil
    }

    /// The country an introductory "as" phrase describes: "as a member state of the
    /// European Union since 2007 and a NATO ally, Romania is ready ...".
    private func introducedCountry(_ t: Int, in range: Range<Int>) -> Int? {
        var k = t - 1
        var sawAs = false
        while k >= max(range.lowerBound, t - 15) {
            let keyCode = doc.tokens[k].code
            if keyCode == Token.code(",") || keyCode == Token.code(";") || keyCode == Token.code(".") { break }
            if keyCode == Token.code("as") { sawAs = true; break }
            k -= 1
        }
        guard sawAs else { return nil }
        k = t + 1
        while k < min(range.upperBound, t + 15), !doc.tokens[k].hasKey(",") { k += 1 }
        k += 1
        while k < range.upperBound, doc.tokens[k].hasKey("the") { k += 1 }
        guard let m = doc.mention(at: k), m.entity >= 0, doc.kind(of: m.entity) == .country, m.form == .name else { return nil }
        return m.entity
    }

    /// The country an apposition ending at the trigger describes: "Denmark, a founding member".
    private func appositionCountry(_ t: Int, in range: Range<Int>) -> Int? {
        var k = t - 1
        var words = 0
        while k > range.lowerBound, words < 3, doc.tokens[k].isWord, !doc.tokens[k].isCapitalized, doc.mention(at: k) == nil {
            words += 1
            k -= 1
        }
        guard words >= 1, (doc.tokens[k + 1].hasKey("a") || doc.tokens[k + 1].hasKey("an") || doc.tokens[k + 1].hasKey("the")), doc.tokens[k].hasKey(","), k > range.lowerBound else { return nil }
        guard let m = doc.mention(at: k - 1), m.entity >= 0, doc.kind(of: m.entity) == .country, m.form != .demonym else { return nil }
        return m.entity
    }

    private func isPending(_ t: Int, in range: Range<Int>) -> Bool {
        // "agreed to admit Timor-Leste as the 11th member": not yet a member.
        if (max(range.lowerBound, t - 8)..<t).contains(where: { (doc.tokens[$0].hasKey("admit") || doc.tokens[$0].hasKey("accession")) }) { return true }
        var k = t - 1
        while k >= max(range.lowerBound, t - 4) {
            if Self.pending.contains(doc.tokens[k]) { return true }
            if doc.tokens[k].hasKey(",") { break }
            k -= 1
        }
        return false
    }

    /// "member of the Latvian delegation": a person's post, not a country's membership.
    private func isPersonTitle(_ t: Int, in range: Range<Int>) -> Bool {
        var k = t + 1
        while k < min(range.upperBound, t + 5) {
            if (doc.tokens[k].hasKey("delegation") || doc.tokens[k].hasKey("parliament") || doc.tokens[k].hasKey("committee") || doc.tokens[k].hasKey("board") || doc.tokens[k].hasKey("staff") || doc.tokens[k].hasKey("team") || doc.tokens[k].hasKey("party")) { return true }
            k += 1
        }
        return false
    }
}
