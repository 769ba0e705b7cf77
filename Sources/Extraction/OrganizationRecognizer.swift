/// Finds organizations the gazetteer does not list, by the shape of their names:
/// capitalized words ending in a head noun ("General Intelligence Service",
/// "Security and Development Policy Institute", "Azerbaijani Foreign Ministry"),
/// a head noun with its complement ("Ministry of Foreign Affairs", "Federation of
/// Cuban Women", "U.S. Department of Treasury"), an acronym in brackets after a
/// name as its alias ("(SCA)"), and "the Organization" for the last organization
/// so named.
///
/// Names that end in an event word ("... Summit", "... Conference") are events,
/// not organizations; a body named as a venue ("at the Presidential Secretariat")
/// is a place.
struct OrganizationRecognizer {
    let document: DocumentAnalysis

    func run() {
        let doc = document
        // (Read once: a static is checked for its initialization at every use.)
        let portfolios = Self.portfolios
        for s in doc.sentences.indices {
            let range = doc.sentences[s].tokens
            var i = range.lowerBound
            while i < range.upperBound {
                // Flags and classes read in place: binding the token would copy (retain) its strings.
                let flags = doc.tokens[i].flags
                // ("army", "navy", "armed" first: the call costs more than the test.)
                if !flags.contains(.capitalized), Self.mayStartArmedForce(doc.tokens[i].code), let end = armedForce(at: i) {
                    i = end
                    continue
                }
                if !flags.contains(.capitalized), portfolios.contains(doc.tokens[i]), let end = lowercaseMinistry(at: i) {
                    i = end
                    continue
                }
                if flags.contains(.capitalized), flags.contains(.word), doc.has(i, .orgHead),
                    // "Russian Federation" is a country's name, not a federation.
                    doc.mention(at: i).map({ doc.kind(of: $0.entity) != .country && (doc.kind(of: $0.entity) != .organization || !isGazetteerMention($0)) }) ?? true
                {
                    if let end = recognize(head: i, in: range) {
                        i = max(end, i + 1)
                        continue
                    }
                }
                i += 1
            }
        }
        matchAcronyms()
    }

    private func isGazetteerMention(_ m: Mention) -> Bool {
        document.entities[m.entity].gazetteerIndex != nil
    }

    /// Recognizes the organization whose head noun is at `head`; returns the end of its name.
    private func recognize(head: Int, in range: Range<Int>) -> Int? {
        let doc = document
        let tokens = doc.tokens
        // Back over capitalized words, countries and known organizations.
        var start = head
        var j = head - 1
        while j >= range.lowerBound {
            let t = tokens[j]
            if let m = doc.mention(at: j), m.entity >= 0, doc.kind(of: m.entity) != .person {
                start = m.tokens.lowerBound
                j = start - 1
                continue
            }
            if t.hasKey("'s"), let m = doc.mention(at: j - 1), doc.kind(of: m.entity) == .country {
                j -= 1
                continue
            }
            if t.isWord && t.isCapitalized && isNameWord(t, atSentenceStart: j == range.lowerBound) {
                start = j
                j -= 1
                continue
            }
            // "EU-Ukraine Association Council".
            if t.hasKey("-"), !t.flags.contains(.spaceBefore), j > range.lowerBound, j + 1 == start, tokens[j - 1].isCapitalized {
                j -= 1
                continue
            }
            if t.hasKey("and") && j > range.lowerBound && tokens[j - 1].isCapitalized && j + 1 == start
                // ("Prime Minister Pham Minh Chinh and Communist Party of Vietnam General Secretary":
                // a titled person before "and" is no part of the name.)
                && !(max(range.lowerBound, j - 6)..<j).contains(where: { doc.has($0, .titleHead) && tokens[$0].isCapitalized })
                // ("the Department of Agriculture and Vietnam's Ministry of ...": two bodies.)
                && doc.mention(at: j - 1) == nil && !(doc.mention(at: j + 1).map { m in tokens[m.tokens.upperBound].hasKey("'s") } ?? false)
            {
                j -= 1
                continue
            }
            break
        }
        // Forward over "of/for/on [the] Capitalized ..." and capitalized words.
        var end = head + 1
        var k = end
        while k < range.upperBound {
            let t = tokens[k]
            if t.hasKey("of") || t.hasKey("for") || t.hasKey("on") {
                var m = k + 1
                if m < range.upperBound && tokens[m].hasKey("the") { m += 1 }
                guard m < range.upperBound, tokens[m].isCapitalized, isComplementWord(m) else { break }
                k = m
                continue
            }
            // ("the Department of Agriculture and Vietnam's Ministry": a possessive starts another name.)
            if t.hasKey("and"), k + 1 < range.upperBound, tokens[k + 1].isCapitalized, isComplementWord(k + 1), end == k,
                !(doc.mention(at: k + 1).map { m in m.tokens.upperBound < range.upperBound && tokens[m.tokens.upperBound].hasKey("'s") } ?? false)
            {
                k += 1
                continue
            }
            if t.hasKey("-"), !t.flags.contains(.spaceBefore), k + 1 < range.upperBound, tokens[k + 1].isCapitalized {
                k += 1
                continue
            }
            // "Iran's Supreme National Security Council Ali Shamkhani": right after the head, only
            // another head or a named entity continues the name; a person's name does not.
            if k == head + 1, t.isCapitalized, doc.mention(at: k) == nil, !doc.has(k, .orgHead),
                k + 1 < range.upperBound, tokens[k + 1].isCapitalized, doc.mention(at: k + 1) == nil, !doc.has(k + 1, .orgHead)
            {
                break
            }
            // "Army General Raúl Castro": a rank before a first and last name ends the body's name.
            if t.isCapitalized, doc.has(k, .honorific) || doc.has(k, .titleHead), k + 2 < range.upperBound, doc.mention(at: k + 1) == nil,
                tokens[k + 1].isCapitalized, tokens[k + 2].isCapitalized, !doc.has(k + 1, .orgHead),
                !doc.has(k + 2, .orgHead)
            {
                break
            }
            // "Council of Foreign Ministers", "Conference of Defence Ministers": a plural title head
            // ending a complement names the body's members, not a person.
            if t.isCapitalized, t.isWord, k > head + 2, end == k, doc.has(k, .titleHead), t.key.hasSuffix("s"),
                tokens[k - 1].isCapitalized, doc.has(k - 1, .titleModifier), doc.mention(at: k) == nil
            {
                k += 1
                end = k
                continue
            }
            if t.isCapitalized, isComplementWord(k) {
                if let m = doc.mention(at: k), m.entity >= 0, doc.kind(of: m.entity) != .person {
                    k = m.tokens.upperBound
                    // "Grand National Assembly of Türkiye Numan Kurtulmuş": a country after
                    // "of" ends the name; capitalized words after it are someone's name.
                    // (So does a body: "Senate of the Oliy Majlis Tanzila Narbaeva".)
                    if doc.kind(of: m.entity) == .country || doc.kind(of: m.entity) == .organization, m.form == .name, m.tokens.lowerBound > head,
                        ["of", "the"].contains(tokens[m.tokens.lowerBound - 1].key),
                        k < range.upperBound, tokens[k].isCapitalized, !doc.has(k, .orgHead)
                    {
                        end = k
                        break
                    }
                } else {
                    k += 1
                }
                end = k
                continue
            }
            break
        }
        if end < range.upperBound, doc.has(end, .event), tokens[end].isCapitalized { return end }
        if end - 1 > head, doc.has(end - 1, .event) { return end }
        // A single head noun: "the Organization" refers to the last organization so named.
        if start == head && end == head + 1 {
            if head > range.lowerBound, tokens[head - 1].hasKey("the") { resolveDefinite(head) }
            return nil
        }
        // A venue: "at the Presidential Secretariat".
        if start >= 2, tokens[start - 1].hasKey("the"), tokens[start - 2].hasKey("at") || tokens[start - 2].hasKey("in"),
            doc.mentions(in: start..<end).isEmpty
        {
            return end
        }
        // A news agency credited for the report is not an entity ("the Saudi Press Agency reported").
        let keys = tokens[start..<end].map(\.key)
        if keys.contains("agency"), keys.contains("press") || keys.contains("news") {
            let next = end < range.upperBound ? tokens[end].key : ""
            let credited = ["reported", "reports", "said", "says", "cited", "quoted", "added"].contains(next)
                || (start >= 2 && tokens[start - 2].hasKey("according")) || (start >= 3 && tokens[start - 3].hasKey("according"))
            if credited { return end }
        }
        // Already exactly one known organization.
        if let m = doc.mention(at: start), m.tokens == start..<end, doc.kind(of: m.entity) == .organization { return end }
        create(start..<end)
        return end
    }

    /// Whether `t` can be part of an organization's name before its head.
    private func isNameWord(_ t: Token, atSentenceStart: Bool) -> Bool {
        let lexicon = document.lexicon
        let classes = lexicon.classes(of: t.key)
        if classes.contains(.stop) || classes.contains(.month) || classes.contains(.weekday) { return false }
        if classes.contains(.titleHead) && !classes.contains(.titleModifier) { return false }
        if classes.contains(.honorific) || classes.contains(.event) { return false }
        if lexicon.has(t.key, .speech) { return false }
        return true
    }

    private func isComplementWord(_ k: Int) -> Bool {
        let t = document.tokens[k]
        guard t.isWord else { return false }
        let classes = document.lexicon.classes(of: t.key)
        if classes.contains(.stop) || classes.contains(.month) || classes.contains(.weekday) || classes.contains(.honorific) { return false }
        if classes.contains(.titleHead) && !classes.contains(.titleModifier) && !classes.contains(.orgHead) { return false }
        if classes.contains(.event) { return false }
        if let m = document.mention(at: k), m.entity >= 0, document.kind(of: m.entity) == .person { return false }
        return true
    }

    /// Creates (or finds) the organization named by `range`, taking over the
    /// country and organization mentions inside it.
    private func create(_ range: Range<Int>) {
        let doc = document
        var country: Int? = nil
        var international = false
        var coreKeys: [String] = []
        var t = range.lowerBound
        var leading = true
        while t < range.upperBound {
            if let m = doc.mention(at: t), m.entity >= 0 {
                if doc.kind(of: m.entity) == .country {
                    if country == nil { country = m.entity }
                    if leading {
                        t = m.tokens.upperBound
                        if t < range.upperBound && doc.tokens[t].hasKey("'s") { t += 1 }
                        continue
                    }
                } else if doc.kind(of: m.entity) == .organization && !doc.entities[m.entity].isNational {
                    international = true
                }
            }
            leading = false
            if !doc.tokens[t].hasKey("the") && !doc.tokens[t].hasKey("'s") { coreKeys.append(doc.tokens[t].key) }
            t += 1
        }
        let name = doc.text(range)
        var key = coreKeys.joined(separator: " ")
        // "the National Assembly (NA)" of a Hanoi story, then "the Lao National Assembly": a body
        // named bare first is the home country's; one named later with another country is that
        // country's own.
        if let country, let existing = doc.entityOfOrganizationKey[key], doc.entities[existing].country == nil,
            doc.dateline != nil, !AffiliationResolver(doc: doc).datelineCountries().contains(country)
        {
            key = doc.entities[country].name + " " + key
        }
        let entity: Int
        if let existing = doc.entityOfOrganizationKey[key] {
            entity = existing
            if doc.entities[existing].country == nil { doc.entities[existing].country = country }
            // The fuller form ("Azerbaijani Foreign Ministry") becomes the name.
            if country != nil && name.count > doc.entities[existing].name.count {
                doc.entities[existing].addAlias(doc.entities[existing].name)
                doc.entities[existing].name = name
            }
        } else {
            var organization = DocumentEntity(kind: .organization, name: name)
            organization.isNational = !international
            organization.country = country
            doc.entities.append(organization)
            entity = doc.entities.count - 1
            doc.entityOfOrganizationKey[key] = entity
        }
        doc.addMention(range, entity: entity, form: .name)
        // "(SCA)" after the name is its acronym.
        let end = range.upperBound
        if end + 2 < doc.tokens.count, doc.tokens[end].hasKey("("), doc.tokens[end + 1].flags.contains(.allCaps),
            doc.tokens[end + 2].hasKey(")")
        {
            doc.entities[entity].addAlias(doc.tokens[end + 1].text)
            doc.addMention(end + 1..<end + 2, entity: entity, form: .name)
        }
    }

    /// Whether a token with key code `code` can start an armed force's name (`armedForce(at:)`).
    @inline(__always)
    /// Portfolios of a ministry named in lower case: "Japan's foreign ministry".
    private static let portfolios: KeySet = ["foreign", "defence", "defense", "interior", "finance", "justice", "trade", "economy", "health"]

    /// "Japan's foreign ministry", "the Egyptian foreign ministry": a country's ministry named
    /// in lower case, given the name a reader would write ("Japanese Foreign Ministry"); returns
    /// the end of its words.
    private func lowercaseMinistry(at i: Int) -> Int? {
        let doc = document
        let tokens = doc.tokens
        guard i + 1 < tokens.count, tokens[i + 1].hasKey("ministry"), !tokens[i + 1].isCapitalized, doc.mentionAtToken[i] < 0, i > 0 else { return nil }
        // The country: a demonym right before, or a name with "'s".
        let country: Mention
        if let m = doc.mention(at: i - 1), m.entity >= 0, doc.kind(of: m.entity) == .country, m.form == .demonym, m.tokens.upperBound == i {
            country = m
        } else if i > 1, tokens[i - 1].hasKey("'s"), let m = doc.mention(at: i - 2), m.entity >= 0, doc.kind(of: m.entity) == .country, m.tokens.upperBound == i - 1 {
            country = m
        } else {
            return nil
        }
        let end = i + 2
        let demonym = doc.entities[country.entity].gazetteerIndex.flatMap { doc.gazetteer.countries[$0].demonym } ?? doc.entities[country.entity].name
        let portfolio = tokens[i].text.prefix(1).uppercased() + tokens[i].text.dropFirst()
        let name = demonym + " " + portfolio + " Ministry"
        // Keyed with the country: two countries' ministries in one story are two bodies.
        let key = doc.entities[country.entity].name + " " + tokens[i].key + " ministry"
        doc.addMention(country.tokens.lowerBound..<end, entity: nationalBody(key: key, name: name, country: country.entity), form: .name)
        return end
    }

    /// The national body of `country` known by `key` in this article, made (named `name`) the
    /// first time it is named.
    private func nationalBody(key: String, name: @autoclosure () -> String, country: Int) -> Int {
        let doc = document
        if let existing = doc.entityOfOrganizationKey[key] { return existing }
        var organization = DocumentEntity(kind: .organization, name: name())
        organization.isNational = true
        organization.country = country
        doc.entities.append(organization)
        doc.entityOfOrganizationKey[key] = doc.entities.count - 1
        return doc.entities.count - 1
    }

    private static func mayStartArmedForce(_ code: UInt64) -> Bool {
        code == Token.code("army") || code == Token.code("navy") || code == Token.code("armed")
    }

    /// "the Israeli army", "Egyptian armed forces": a country's armed forces named by its
    /// demonym and a lowercase noun (capitalized names such as "Azerbaijani Armed Forces"
    /// are found by their head). Returns the end of the name.
    private func armedForce(at i: Int) -> Int? {
        let doc = document
        let tokens = doc.tokens
        var end: Int
        switch tokens[i].code {
        case Token.code("army"), Token.code("navy"): end = i + 1
        case Token.code("armed") where i + 1 < tokens.count && tokens[i + 1].hasKey("forces"): end = i + 2
        default: return nil
        }
        guard i > 0, doc.mentionAtToken[i] < 0, let m = doc.mention(at: i - 1), m.entity >= 0, doc.kind(of: m.entity) == .country,
            m.form == .demonym, m.tokens.upperBound == i
        else { return nil }
        let key = "armed forces of " + doc.entities[m.entity].name + " " + tokens[i..<end].map(\.key).joined(separator: " ")
        doc.addMention(m.tokens.lowerBound..<end, entity: nationalBody(key: key, name: doc.text(m.tokens.lowerBound..<end), country: m.entity), form: .name)
        return end
    }

    /// "the Organization", "the Secretariat": the last organization whose name has that word.
    private func resolveDefinite(_ head: Int) {
        let doc = document
        let key = doc.tokens[head].key
        var best: Int? = nil
        var bestEnding: Int? = nil
        for m in doc.mentions where m.entity >= 0 && m.tokens.upperBound <= head && doc.kind(of: m.entity) == .organization {
            let entity = doc.entities[m.entity]
            let names = [entity.name] + entity.aliases + (entity.gazetteerIndex.map { [doc.gazetteer.organizations[$0].name] + doc.gazetteer.organizations[$0].aliases } ?? [])
            let keys = names.map { PhraseTrie<Int>.keys($0) }
            if keys.contains(where: { $0.contains(key) }) { best = m.entity }
            // "the Community" is the Caribbean Community rather than its Secretariat: a name
            // ending in the word wins.
            if keys.contains(where: { $0.last == key }) { bestEnding = m.entity }
        }
        if let bestEnding { best = bestEnding }
        if let best { doc.addMention(head..<head + 1, entity: best, form: .partialName) }
    }

    /// Later uses of an acronym found in brackets ("USAID").
    private func matchAcronyms() {
        let doc = document
        var byAlias: [String: Int] = [:]
        // (Fields read in place: iterating the entities copied each one.)
        for index in doc.entities.indices where doc.entities[index].kind == .organization && doc.entities[index].gazetteerIndex == nil {
            for alias in doc.entities[index].aliases where alias.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }) {
                byAlias[Tokenizer.fold(alias)] = index
            }
        }
        guard !byAlias.isEmpty else { return }
        for sentence in doc.sentences {
            for t in sentence.tokens where doc.mentionAtToken[t] < 0 && doc.tokens[t].flags.contains(.allCaps) {
                guard let entity = byAlias[doc.tokens[t].key] else { continue }
                // "the Lao NA" in a story of Vietnam's NA: another country's body of that name.
                if t > sentence.tokens.lowerBound, let m = doc.mention(at: t - 1), m.entity >= 0, doc.kind(of: m.entity) == .country,
                    doc.entities[entity].country != m.entity
                {
                    continue
                }
                doc.addMention(t..<t + 1, entity: entity, form: .name)
            }
        }
    }
}
