/// The title next to a person's name: "Azerbaijani Defence Minister", "President of
/// Russia", "member of the Latvian delegation to the NATO Parliamentary Assembly",
/// "Spokesman for the Presidency, Counselor Dr.".
///
/// A title is a run of title words (heads such as Minister, modifiers such as
/// Deputy, honorifics such as Dr), country and organization mentions and
/// connectors (of, for, to, and, the, 's). The countries and organizations in it
/// are the person's affiliations, except a country after "to" ("Ambassador to Sri
/// Lanka" belongs to the sender, not to Sri Lanka).
struct TitlePhrase: Sendable {
    /// The tokens of the title.
    var tokens: Range<Int>
    /// The title has a head word (Minister, President), not only an honorific.
    var hasHead: Bool
    /// The head is plural ("Presidents of Kazakhstan and Azerbaijan").
    var isPlural: Bool
    /// Country and organization entities named in the title, in order.
    var affiliations: [Int]
    /// Mentions inside the title.
    var mentions: [Int]

    /// How a token can take part in a title.
    enum Part { case head, modifier, honorific, connector, entity(Int) }

    static func part(of t: Int, in doc: DocumentAnalysis) -> Part? {
        // Fields read in place: binding the token copied it (and retained its strings), and
        // this is asked of every token before a name.
        if let m = doc.mentionIndex(at: t), doc.mentions[m].entity >= 0, doc.kind(of: doc.mentions[m].entity) != .person {
            return .entity(m)
        }
        let classes = doc.classes[t]
        if classes.contains(.honorific) {
            if doc.tokens[t].key.count <= 2 && !doc.tokens[t].hasKey("dr") && !doc.tokens[t].hasKey("mr") && !doc.tokens[t].hasKey("ms") {
                if doc.tokens[t].flags.contains(.allCaps) || doc.tokens[t].flags.contains(.dotted) { return .honorific }
                // Burmese "U Than Swe".
                if doc.tokens[t].hasKey("u"), doc.tokens[t].isCapitalized { return .honorific }
            } else {
                return .honorific
            }
        }
        if classes.contains(.titleHead) { return .head }
        if classes.contains(.titleModifier) { return .modifier }
        switch doc.tokens[t].code {
        case Token.code("of"), Token.code("for"), Token.code("to"), Token.code("and"), Token.code("the"), Token.code("'s"), Token.code("/"),
            Token.code("-"), Token.code("in"), Token.code("on"):
            return .connector
        case Token.code("from"):
            // "his counterparts from Angola, Tanzania and Malawi, Téte António, ...".
            return t > 0 && (doc.tokens[t - 1].hasKey("counterparts") || doc.tokens[t - 1].hasKey("counterpart")) ? .connector : nil
        case Token.code("."):
            if t > 0, doc.classes[t - 1].contains(.honorific) || doc.has(t - 1, .abbreviation) { return .connector }
            return nil
        case Token.code("("), Token.code(")"):
            return .connector
        case Token.code("'"), Token.code("\u{2019}"):
            // "Dato' Norhayati": an honorific's apostrophe.
            return t > 0 && doc.classes[t - 1].contains(.honorific) ? .connector : nil
        default:
            if doc.tokens[t].flags.contains(.allCaps), t > 0, doc.tokens[t - 1].hasKey("(") { return .connector }
            return nil
        }
    }

    /// The title that ends just before `position` (a name's first token), if any.
    ///
    /// - Parameters:
    ///   - crossComma: whether a comma between title and name is allowed
    ///     ("Foreign Minister, Sameh Shoukry").
    ///   - claimed: tokens already used by another person's title.
    static func before(_ position: Int, lower: Int, in doc: DocumentAnalysis, claimed: TokenSet) -> TitlePhrase? {
        var j = position - 1
        var start = position
        var hasHead = false, hasHonorific = false, plural = false
        var crossedComma = false
        // The title after the comma, should the part before it not be a title.
        var beforeComma: (start: Int, hasHonorific: Bool)? = nil
        var mentions: [Int] = []
        while j >= lower, !claimed.contains(j) {
            // (Fields read in place, `doc.tokens[j]`: binding the token copied it at every step.)
            // "incoming SADC chair, Madagascar's Andry Rajoelina": a possessive country may sit after the comma.
            let onlyPossessive = mentions.count == 1 && doc.mentions[mentions[0]].tokens.upperBound < position
                && doc.tokens[doc.mentions[mentions[0]].tokens.upperBound].hasKey("'s")
            // "her Estonian, Lithuanian and Polish counterparts": a comma inside a list of countries.
            // "counterparts from Angola, Tanzania and Malawi": the same with country names.
            if doc.tokens[j].hasKey(","), !mentions.isEmpty, j > lower, let before = doc.mention(at: j - 1), before.entity >= 0,
                doc.kind(of: before.entity) == .country, before.form == .demonym || before.form == .name,
                doc.mentions[mentions[mentions.count - 1]].tokens.lowerBound == j + 1,
                doc.kind(of: doc.mentions[mentions[mentions.count - 1]].entity) == .country, doc.mentions[mentions[mentions.count - 1]].form == before.form
            {
                j -= 1
                continue
            }
            if doc.tokens[j].hasKey(",") && !crossedComma && j > lower && (mentions.isEmpty || onlyPossessive) {
                crossedComma = true
                if mentions.isEmpty { beforeComma = (start, hasHonorific) }
                j -= 1
                continue
            }
            guard let part = part(of: j, in: doc) else {
                // "Commissioner for Neighbourhood and Enlargement": a portfolio after "for".
                if doc.tokens[j].isCapitalized, !hasHead, let portfolio = portfolioFor(endingAt: j, lower: lower, in: doc) {
                    start = portfolio + 1
                    j = portfolio
                    continue
                }
                // "Special Representative for Central Asia": a region after "for" or "to" is part of the title.
                if let region = regionStart(endingAt: j, lower: lower, in: doc) {
                    start = region
                    j = region - 1
                    continue
                }
                // "Spokesman for the Presidency": a bare body name after "the" inside a title.
                if doc.tokens[j].isCapitalized, doc.lexicon.has(doc.tokens[j].key, .orgHead), j > lower, doc.tokens[j - 1].hasKey("the"),
                    j + 1 < doc.tokens.count, !doc.tokens[j + 1].hasKey("'s")
                {
                    let entity = doc.bodyEntity(named: doc.tokens[j].text)
                    mentions.append(doc.addMention(j..<j + 1, entity: entity, form: .name))
                    start = j
                    j -= 1
                    continue
                }
                break
            }
            switch part {
            case .entity(let m):
                mentions.append(m)
                start = doc.mentions[m].tokens.lowerBound
                j = start - 1
                continue
            case .head:
                if !hasHead && (doc.tokens[j].key.hasSuffix("s") && !doc.tokens[j].hasKey("chancellors") && (doc.tokens[j].hasKey("presidents") || doc.tokens[j].hasKey("leaders") || doc.tokens[j].hasKey("ministers") || doc.tokens[j].hasKey("counterparts"))) { plural = true }
                hasHead = true
                start = j
            case .modifier:
                start = j
            case .honorific:
                hasHonorific = true
                start = j
            case .connector:
                // "H.E. X of Norway and H.E. Y": an honorific opens a title; "and" before it
                // belongs to a list of names.
                if (doc.tokens[j].hasKey("and") || doc.tokens[j].hasKey(",")) && hasHonorific && !hasHead {
                    j = lower - 1
                    continue
                }
                // "Colonel Assimi Goïta of Mali and Captain Ibrahim Traoré": the country before
                // "and" ends the previous name.
                if doc.tokens[j].hasKey("and") || doc.tokens[j].hasKey(","), j > lower, let before = doc.mention(at: j - 1), before.entity >= 0,
                    doc.kind(of: before.entity) == .country, before.tokens.lowerBound > lower, doc.tokens[before.tokens.lowerBound - 1].hasKey("of"),
                    before.tokens.lowerBound >= lower + 2, doc.mention(at: before.tokens.lowerBound - 2).map({ doc.kind(of: $0.entity) == .person }) ?? false
                {
                    j = lower - 1
                    continue
                }
                // "the Spokesperson for UN Secretary-General Guterres": the post before "for" is another person's.
                if (doc.tokens[j].hasKey("for") || doc.tokens[j].hasKey("to")) && hasHead && !crossedComma && j > lower,
                    doc.has(j - 1, .titleHead)
                {
                    j = lower - 1
                    continue
                }
            }
            j -= 1
        }
        guard hasHead || hasHonorific, start < position else { return nil }
        if crossedComma && !hasHead {
            // "H.E. X of Spain, H.E. Y": the honorific after the comma is Y's title alone.
            guard let beforeComma, beforeComma.hasHonorific, beforeComma.start < position else { return nil }
            return TitlePhrase(tokens: beforeComma.start..<position, hasHead: false, isPlural: false, affiliations: [], mentions: [])
        }
        var end = position
        while end > start, doc.tokens[end - 1].hasKey(",") || doc.tokens[end - 1].hasKey("the") { end -= 1 }
        // "the Council of Foreign Ministers of the SCO in Goa": a title ends on a word of its own,
        // not on a preposition; what follows it is a place or a body, not the titled person.
        switch doc.tokens[end - 1] {
        case "in", "on", "of", "for", "to", "and", "(": return nil
        default: break
        }
        return TitlePhrase(tokens: start..<end, hasHead: hasHead, isPlural: plural,
            affiliations: affiliations(of: mentions.reversed(), in: doc), mentions: mentions)
    }

    /// Verbs in the plural present that follow two coordinated parties in a headline.
    private static let pluralVerbs: KeySet = [
        "hold", "meet", "discuss", "sign", "agree", "talk", "vow", "urge", "pledge", "hail", "review", "mull",
        "reaffirm", "seek", "call", "eye", "explore", "exchange",
    ]

    /// The "for" of a title's portfolio that ends at `j`: capitalized words, "and" and commas
    /// back to "for" right after a title head ("Commissioner for Trade and Economic Security").
    private static func portfolioFor(endingAt j: Int, lower: Int, in doc: DocumentAnalysis) -> Int? {
        guard let k = portfolioOpening(endingAt: j, lower: lower, in: doc) else { return nil }
        // "Minister of Foreign Affairs and Expatriates": a list of portfolios after "of".
        if doc.tokens[k].hasKey("of") { return k < j && (k + 1...j).contains { doc.tokens[$0].hasKey("and") } ? k : nil }
        return k
    }

    /// The "for", "on" or "of" right after a title head that opens the run of portfolio words
    /// ending at `j`: capitalized words (or organizations named inside), "and" and commas back
    /// to it ("Commissioner for Trade and Economic Security", "Minister of Foreign Affairs and
    /// Expatriates"). Shared with the person recognizer, which asks whether a name's first words
    /// are such a portfolio.
    static func portfolioOpening(endingAt j: Int, lower: Int, in doc: DocumentAnalysis) -> Int? {
        var k = j
        // ("African Cooperation and Moroccan Expatriates": a demonym inside a portfolio.)
        while k > lower, doc.tokens[k].isCapitalized && (doc.mentionAtToken[k] < 0 || doc.mention(at: k).map { doc.kind(of: $0.entity) == .organization || doc.kind(of: $0.entity) == .country && $0.form == .demonym } ?? false)
            || (doc.tokens[k].hasKey("and") || doc.tokens[k].hasKey(","))
        {
            k -= 1
        }
        guard k > lower, doc.has(k - 1, .titleHead), doc.tokens[k].hasKey("for") || doc.tokens[k].hasKey("on") || doc.tokens[k].hasKey("of") else { return nil }
        return k
    }

    /// The first token of a region (a place phrase that is no country: "Central Asia", "the
    /// Horn of Africa") that ends at `j` and follows "for" or "to".
    private static func regionStart(endingAt j: Int, lower: Int, in doc: DocumentAnalysis) -> Int? {
        guard doc.tokens[j].isCapitalized else { return nil }
        for i in stride(from: j, through: max(lower + 1, j - 4), by: -1) {
            guard let place = doc.gazetteer.match(doc.tokens, at: i, limit: j + 1), place.entry == nil, place.end == j + 1 else { continue }
            var k = i - 1
            if doc.tokens[k].hasKey("the"), k > lower { k -= 1 }
            return (doc.tokens[k].hasKey("for") || doc.tokens[k].hasKey("to")) ? k + 1 : nil
        }
        return nil
    }

    /// The appositive title after a name: ", President of Russia,".
    static func after(_ comma: Int, upper: Int, in doc: DocumentAnalysis) -> TitlePhrase? {
        guard comma < upper, doc.tokens[comma].hasKey(",") else { return nil }
        var k = comma + 1
        if k < upper, doc.tokens[k].hasKey("and") || doc.tokens[k].hasKey("or") { return nil }
        while k < upper, (doc.tokens[k].hasKey("the") || doc.tokens[k].hasKey("a") || doc.tokens[k].hasKey("an") || doc.tokens[k].hasKey("his") || doc.tokens[k].hasKey("her") || doc.tokens[k].hasKey("its") || doc.tokens[k].hasKey("their") || doc.tokens[k].hasKey("also") || doc.tokens[k].hasKey("now") || doc.tokens[k].hasKey("then") || doc.tokens[k].hasKey("currently")) { k += 1 }
        let start = k
        var end = k
        var hasHead = false
        var mentions: [Int] = []
        while k < upper {
            guard let part = part(of: k, in: doc) else {
                let token = doc.tokens[k]
                // "Minister of Foreign Affairs, Emigration and Egyptian Expatriates of the Arab Republic
                // of Egypt": a portfolio list, its comma inside the title.
                if hasHead, token.hasKey(","), let of = portfolioListEnd(after: k, upper: upper, in: doc) {
                    k = of
                    continue
                }
                // "Minister of Foreign Affairs and Emigrants of Lebanon": the last portfolio after "and".
                if hasHead, token.isCapitalized, k > start, doc.tokens[k - 1].hasKey("and"),
                    let of = portfolioListEnd(after: k - 1, upper: upper, in: doc, afterAnd: true)
                {
                    k = of
                    continue
                }
                if token.isCapitalized, doc.lexicon.has(token.key, .orgHead), k > 0, doc.tokens[k - 1].hasKey("the") {
                    let entity = doc.bodyEntity(named: token.text)
                    mentions.append(doc.addMention(k..<k + 1, entity: entity, form: .name))
                    k += 1
                    end = k
                    continue
                }
                break
            }
            switch part {
            case .entity(let m):
                mentions.append(m)
                k = doc.mentions[m].tokens.upperBound
                end = k
                continue
            case .head:
                hasHead = true
                end = k + 1
            case .modifier, .honorific:
                end = k + 1
            case .connector:
                if doc.tokens[k].hasKey("'s") || doc.tokens[k].hasKey(")") { end = k + 1 }
            }
            k += 1
        }
        // "Omar Touray, a Gambian,": a nationality alone.
        if !hasHead, mentions.count == 1, start > comma + 1, (doc.tokens[start - 1].hasKey("a") || doc.tokens[start - 1].hasKey("an")),
            doc.mentions[mentions[0]].tokens == start..<end, doc.kind(of: doc.mentions[mentions[0]].entity) == .country,
            doc.mentions[mentions[0]].form == .demonym, end >= upper || (doc.tokens[end].hasKey(",") || doc.tokens[end].hasKey("."))
        {
            return TitlePhrase(tokens: start..<end, hasHead: false, isPlural: false, affiliations: affiliations(of: mentions, in: doc), mentions: mentions)
        }
        guard hasHead, end > start else { return nil }
        // "Namazu Hiroyuki, director general for Asian and Oceanian affairs at Japan's foreign
        // ministry": the body named after "at" past a few words of portfolio.
        if k < upper, let at = (k..<min(upper, k + 6)).first(where: { doc.tokens[$0].hasKey("at") }),
            (k..<at).allSatisfy({ doc.tokens[$0].isWord && !doc.has($0, .speech) && !doc.has($0, .meeting) && doc.mentionAtToken[$0] < 0 || doc.tokens[$0].hasKey("'s") }),
            let body = doc.mentionIndex(at: at + 1 < upper && doc.tokens[at + 1].hasKey("the") ? at + 2 : at + 1),
            doc.mentions[body].entity >= 0, doc.kind(of: doc.mentions[body].entity) == .organization
        {
            mentions.append(body)
            end = doc.mentions[body].tokens.upperBound
        }
        // "Lavrov, DPRK foreign minister hold talks": a plural verb right after the title makes
        // the comma a coordination of two parties (a headline's), not an apposition.
        if end < upper, Self.pluralVerbs.contains(doc.tokens[end]) { return nil }
        // "Michel, French President Emmanuel Macron": the title of the next name.
        // ("Birgir Ármannsson, Speaker of the Icelandic Althing, for ...": after "the" and a
        // demonym comes a body, not a name.)
        let bodyAfterDemonym = end >= start + 2 && doc.mention(at: end - 1).map { $0.form == .demonym && $0.tokens.lowerBound > start && doc.tokens[$0.tokens.lowerBound - 1].hasKey("the") } ?? false
        // ("Dhungyel, Myanmar's Foreign Minister U Than Swe": after an honorific, any capitalized word.)
        let endsWithHonorific = end > start && doc.classes[end - 1].contains(.honorific)
        // "Zambian President Hichilema, the President of the Democratic Republic of Congo, Félix Tshisekedi,
        // and ...": a title opened with "the" between commas in a list is the next name's.
        if end + 1 < upper, doc.tokens[end].hasKey(","), start > comma + 1, doc.tokens[comma + 1].hasKey("the"),
            doc.tokens[end + 1].isCapitalized, doc.tokens[end + 1].isWord, doc.mentionAtToken[end + 1] < 0, !doc.has(end + 1, .stop),
            !doc.has(end + 1, .titleHead), !doc.has(end + 1, .honorific), !doc.has(end + 1, .month), !doc.has(end + 1, .weekday)
        {
            return nil
        }
        if end < upper, doc.tokens[end].isCapitalized, doc.tokens[end].isWord, !bodyAfterDemonym,
            doc.mentionAtToken[end] < 0 && (!doc.has(end, .stop) || endsWithHonorific)
                // "Cho, new Japanese counterpart Iwaya", but not "Amorim, chief advisor to President Lula".
                || doc.mention(at: end).map({ $0.entity >= 0 && doc.kind(of: $0.entity) == .person }) ?? false
                    && !doc.tokens[start..<end].contains(where: { ["to", "of", "for"].contains($0.key) })
        {
            return nil
        }
        return TitlePhrase(tokens: start..<end, hasHead: true, isPlural: false,
            affiliations: affiliations(of: mentions, in: doc), mentions: mentions)
    }

    /// The "of" that ends a list of portfolios after the comma at `comma` ("Foreign Affairs,
    /// Emigration and Egyptian Expatriates of Egypt"): capitalized words and demonyms with one
    /// "and" (or after the list's "and" itself, with `afterAnd`), then "of" and a country.
    private static func portfolioListEnd(after comma: Int, upper: Int, in doc: DocumentAnalysis, afterAnd: Bool = false) -> Int? {
        var k = comma + 1
        var sawAnd = afterAnd
        while k < upper, k - comma <= 8 {
            let token = doc.tokens[k]
            if token.hasKey("and") {
                sawAnd = true
            } else if token.hasKey("of") {
                let country = k + 1 < upper && doc.tokens[k + 1].hasKey("the") ? k + 2 : k + 1
                guard sawAnd, k > comma + 1, let m = doc.mention(at: country), m.entity >= 0, doc.kind(of: m.entity) == .country else { return nil }
                return k
            } else if let m = doc.mention(at: k) {
                guard m.entity >= 0, doc.kind(of: m.entity) == .country, m.form == .demonym else { return nil }
            } else if !token.isCapitalized || !token.isWord {
                return nil
            }
            k += 1
        }
        return nil
    }

    private static func affiliations(of mentions: some Sequence<Int>, in doc: DocumentAnalysis) -> [Int] {
        var result: [Int] = []
        for m in mentions {
            let mention = doc.mentions[m]
            guard mention.entity >= 0 else { continue }
            let start = mention.tokens.lowerBound
            if doc.kind(of: mention.entity) == .country, start > 0 {
                var b = start - 1
                if doc.tokens[b].hasKey("the") && b > 0 { b -= 1 }
                // "Ambassador to Sri Lanka", "special representative for North Korea", "director general
                // for North Korean affairs": the country the post deals with, not the one it serves.
                if doc.tokens[b].hasKey("to") { continue }
                // ("an arrest warrant for Russian President Putin": "for" outside the title.)
                if doc.tokens[b].hasKey("for"), b > 0, doc.has(b - 1, .titleHead) || doc.has(b - 1, .titleModifier) { continue }
            }
            if !result.contains(mention.entity) { result.append(mention.entity) }
        }
        return result
    }

    /// The role as a reader would write it: the title without leading articles and honorifics.
    func role(in doc: DocumentAnalysis) -> String? {
        var start = tokens.lowerBound
        var end = tokens.upperBound
        while start < end, (doc.tokens[start].hasKey("the") || doc.tokens[start].hasKey("his") || doc.tokens[start].hasKey("her") || doc.tokens[start].hasKey("a") || doc.tokens[start].hasKey("an") || doc.tokens[start].hasKey(",") || doc.tokens[start].hasKey("and")
            // "His Highness Prince", "His Royal Highness Crown Prince": the style is no role.
            || doc.tokens[start].hasKey("highness") || doc.tokens[start].hasKey("majesty") || doc.tokens[start].hasKey("royal") && start + 1 < end && doc.tokens[start + 1].hasKey("highness"))
        {
            start += 1
        }
        while end > start {
            let key = doc.tokens[end - 1].key
            let keyCode = doc.tokens[end - 1].code
            if keyCode == Token.code(",") || keyCode == Token.code(".") || keyCode == Token.code("the") || keyCode == Token.code("and") || doc.lexicon.has(key, .honorific) { end -= 1 } else { break }
        }
        guard start < end else { return nil }
        let text = doc.text(start..<end)
        return text.isEmpty ? nil : text
    }
}
