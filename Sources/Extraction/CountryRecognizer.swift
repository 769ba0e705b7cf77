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
        let before = tokens[start - 1].key
        let after = end < tokens.count ? tokens[end] : nil
        let followedByNoun = after.map { $0.isWord && $0.key != "and" && $0.key != "or" } ?? false
        if (before == "in" || before == "into" || before == "speak" || before == "speaks") && !followedByNoun { return true }
        if let after, after.key == "language" || after.key == "languages" || after.key == "translation" { return true }
        return false
    }

    /// "U.S. dollars", "Chinese yuan".
    private func isCurrency(_ end: Int) -> Bool {
        guard end < document.tokens.count else { return false }
        switch document.tokens[end].key {
        case "dollar", "dollars", "yuan", "rouble", "roubles", "ruble", "rubles", "rupee", "rupees", "pound",
            "pounds", "yen", "won", "lira", "franc", "francs", "peso", "pesos", "rand", "manat", "dinar", "dinars":
            return true
        default: return false
        }
    }

    /// Keeps a capital's country when the country is named elsewhere or the
    /// capital acts; otherwise drops the mention (and the country if it has no other).
    private func confirmCapitals(_ capitalMentions: [Int]) {
        let doc = document
        var named = Set<Int>()
        for m in doc.mentions where m.entity >= 0 && doc.kind(of: m.entity) == .country && m.form != .capital {
            named.insert(m.entity)
        }
        for m in capitalMentions {
            let mention = doc.mentions[m]
            guard mention.entity >= 0 else { continue }
            let end = mention.tokens.upperBound
            if end < doc.tokens.count, doc.tokens[end].key == "-", !doc.tokens[end].flags.contains(.spaceBefore) {
                doc.removeMention(m)  // "Baku-based"
                continue
            }
            if named.contains(mention.entity) || actsAsCountry(mention) {
                named.insert(mention.entity)
                continue
            }
            doc.removeMention(m)
        }
        for (index, entity) in doc.entities.enumerated() where entity.kind == .country && !named.contains(index) {
            doc.entities[index].isConfirmed = false
        }
    }

    private func actsAsCountry(_ mention: Mention) -> Bool {
        let doc = document
        let tokens = doc.tokens
        var j = mention.tokens.upperBound
        while j < tokens.count, doc.lexicon.has(tokens[j].key, .adverb) { j += 1 }
        guard j < tokens.count else { return false }
        let next = tokens[j].key
        if next == "'s" || doc.lexicon.has(next, .copula) || doc.lexicon.has(next, .speech)
            || doc.lexicon.has(next, .future) || doc.lexicon.has(next, .meeting)
        {
            let before = mention.tokens.lowerBound > 0 ? tokens[mention.tokens.lowerBound - 1].key : ""
            return !doc.lexicon.has(before, .location) || next == "'s"
        }
        if mention.tokens.lowerBound > 0, tokens[mention.tokens.lowerBound - 1].key == "between" { return true }
        return false
    }
}
