/// Finds countries and known organizations by the gazetteer: names, aliases,
/// demonyms, combining forms ("Russo-") and capitals.
///
/// A capital makes its country an entity only when it acts ("Baku is committed",
/// "Moscow said", "between Belgrade and Pristina"), not when it is a place ("in
/// Harare", "a Baku-based conference"); languages ("in Russian") and currencies
/// ("U.S. dollars") are not countries.
struct CountryRecognizer {
    let document: DocumentAnalysis

    func run() {
        let doc = document
        let tokens = doc.tokens
        var capitalMentions: [Int] = []
        for sentence in doc.sentences {
            var i = sentence.tokens.lowerBound
            let end = sentence.tokens.upperBound
            while i < end {
                guard let found = doc.gazetteer.match(tokens, at: i, limit: end) else {
                    i += 1
                    continue
                }
                defer { i = found.end }
                guard let entry = found.entry else { continue }
                switch entry {
                case .country(let index, let form):
                    if form == .combining {
                        // "Russo-Ukraine": the prefix counts only before another country.
                        guard found.end + 1 < end, doc.gazetteer.match(tokens, at: found.end + 1, limit: end) != nil else { continue }
                    }
                    if form == .demonym && isLanguage(i, found.end) { continue }
                    if isCurrency(found.end) { continue }
                    let entity = doc.countryEntity(index)
                    let mentionForm: Mention.Form =
                        switch form {
                        case .demonym, .combining: .demonym
                        case .capital: .capital
                        default: .name
                        }
                    let m = doc.addMention(i..<found.end, entity: entity, form: mentionForm)
                    if form == .capital { capitalMentions.append(m) }
                case .organization(let index, _):
                    doc.addMention(i..<found.end, entity: doc.organizationEntity(index), form: .name)
                case .blocked:
                    break
                }
            }
        }
        confirmCapitals(capitalMentions)
    }

    /// "in Russian", "Russian and English": a language, not the country.
    private func isLanguage(_ start: Int, _ end: Int) -> Bool {
        let tokens = document.tokens
        guard start > 0 else { return false }
        let before = tokens[start - 1]
        let hasAfter = end < tokens.count
        let followedByNoun = hasAfter && tokens[end].isWord && !tokens[end].hasKey("and") && !tokens[end].hasKey("or")
        if (before.hasKey("in") || before.hasKey("into") || before.hasKey("speak") || before.hasKey("speaks")) && !followedByNoun { return true }
        if hasAfter, tokens[end].hasKey("language") || tokens[end].hasKey("languages") || tokens[end].hasKey("translation") { return true }
        return false
    }

    /// "U.S. dollars", "Chinese yuan".
    private func isCurrency(_ end: Int) -> Bool {
        guard end < document.tokens.count else { return false }
        // Codes, not strings: the test runs after every country name.
        switch document.tokens[end].code {
        case Token.code("dollar"), Token.code("dollars"), Token.code("yuan"), Token.code("rouble"), Token.code("roubles"),
            Token.code("ruble"), Token.code("rubles"), Token.code("rupee"), Token.code("rupees"), Token.code("pound"),
            Token.code("pounds"), Token.code("yen"), Token.code("won"), Token.code("lira"), Token.code("franc"),
            Token.code("francs"), Token.code("peso"), Token.code("pesos"), Token.code("rand"), Token.code("manat"),
            Token.code("dinar"), Token.code("dinars"):
            return true
        default: return false
        }
    }

    /// Keeps a capital's country when the country is named elsewhere or the
    /// capital acts; otherwise drops the mention (and the country if it has no other).
    private func confirmCapitals(_ capitalMentions: [Int]) {
        let doc = document
        // By entity index, an array rather than a hashed set.
        var named = [Bool](filling: false, count: doc.entities.count)
        for m in doc.mentions where m.entity >= 0 && doc.kind(of: m.entity) == .country && m.form != .capital {
            named[m.entity] = true
        }
        for m in capitalMentions {
            let mention = doc.mentions[m]
            guard mention.entity >= 0 else { continue }
            let end = mention.tokens.upperBound
            if end < doc.tokens.count, doc.tokens[end].hasKey("-"), !doc.tokens[end].flags.contains(.spaceBefore) {
                doc.removeMention(m)  // "Baku-based"
                continue
            }
            if named[mention.entity] || actsAsCountry(mention) {
                named[mention.entity] = true
                continue
            }
            doc.removeMention(m)
        }
        for index in doc.entities.indices where doc.entities[index].kind == .country && !named[index] {
            doc.entities[index].isConfirmed = false
        }
    }

    private func actsAsCountry(_ mention: Mention) -> Bool {
        let doc = document
        let tokens = doc.tokens
        var j = mention.tokens.upperBound
        while j < tokens.count, doc.has(j, .adverb) { j += 1 }
        guard j < tokens.count else { return false }
        let possessive = tokens[j].hasKey("'s")
        if possessive || doc.has(j, .copula) || doc.has(j, .speech) || doc.has(j, .future) || doc.has(j, .meeting) {
            let before = mention.tokens.lowerBound - 1
            return before < 0 || !doc.has(before, .location) || possessive
        }
        if mention.tokens.lowerBound > 0, tokens[mention.tokens.lowerBound - 1].hasKey("between") { return true }
        // "Beijing and Moscow have ...": the first of two capitals that act together.
        if tokens[j].hasKey("and"), j + 1 < tokens.count, let other = doc.mention(at: j + 1), other.form == .capital, other.tokens.lowerBound == j + 1 {
            return actsAsCountry(other)
        }
        return false
    }
}
