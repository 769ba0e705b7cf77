import GraphModel

/// Finds persons: capitalized name sequences (with particles such as al-, bin,
/// van der, da, and initials) that a cue marks as a person's name:
///
/// - a title before the name ("Defence Minister Zakir Hasanov", "Foreign Minister,
///   Sameh Shoukry", "Dr. S. Jaishankar"),
/// - an appositive title after it ("Vladimir Putin, President of Russia,"),
/// - a country before it ("China's Qin Gang", "Egyptian Sameh Shoukry"),
/// - "headed by", "led by", "chaired by" before it,
/// - a verb of speech or meeting after it ("Svante Cornell said"),
/// - coordination with a person ("... Tokayev and Ilham Aliyev"),
/// - or an earlier full name it is part of ("Hasanov" after "Zakir Hasanov").
///
/// The title gives the person's role and affiliations.
struct PersonRecognizer {
    let document: DocumentAnalysis
    /// Tokens used by a person's title, so that a list of "Name, Title, Name, Title"
    /// gives each title to the name before it.
    private var claimed: TokenSet
    /// `officialStart(in:)`'s answers by span (start -1: none).
    private var officialStarts: [Int: (start: Int, index: Int)] = [:]

    init(document: DocumentAnalysis) {
        self.document = document
        claimed = TokenSet(capacity: document.tokens.count)
        // (Room for an article's runs: growing the table from empty rehashed it again and again.)
        officialStarts.reserveCapacity(32)
    }

    mutating func run() {
        let doc = document
        releaseGivenNames()
        for pass in 0..<3 {
            for s in doc.sentences.indices {
                let sentence = doc.sentences[s]
                var i = sentence.tokens.lowerBound
                var previousPerson: (entity: Int, end: Int)? = nil
                while i < sentence.tokens.upperBound {
                    // Lowercase words and marks outside mentions (most tokens) start no name and
                    // end no person: passed over in a loop of their own.
                    while i < sentence.tokens.upperBound, doc.mentionAtToken[i] < 0, !doc.tokens[i].flags.contains(.capitalized) { i += 1 }
                    guard i < sentence.tokens.upperBound else { break }
                    // Read once: finding a name's span changes no mention.
                    let mentionHere = doc.mentionAtToken[i]
                    guard mentionHere < 0, isNameStart(i),
                        let span = nameSpan(from: i, upper: sentence.tokens.upperBound)
                    else {
                        if mentionHere >= 0, let m = doc.mention(at: i), m.entity >= 0, doc.kind(of: m.entity) == .person {
                            previousPerson = (m.entity, m.tokens.upperBound)
                        }
                        i += 1
                        continue
                    }
                    if let entity = recognize(span, sentence: sentence, pass: pass, previous: previousPerson) {
                        previousPerson = (entity, span.upperBound)
                    }
                    i = span.upperBound
                }
            }
        }
    }

    /// "Foreign Secretary Bharat Raj Paudyal", "Defence Minister Israel Katz": a one-word
    /// country name between a title and a name word is a given name, not the country.
    private func releaseGivenNames() {
        let doc = document
        for m in doc.mentions.indices {
            let mention = doc.mentions[m]
            guard mention.entity >= 0, mention.form == .name, mention.tokens.count == 1, doc.kind(of: mention.entity) == .country else { continue }
            let t = mention.tokens.lowerBound
            guard t > 0, t + 1 < doc.tokens.count, doc.sentenceOfToken[t + 1] == doc.sentenceOfToken[t],
                doc.has(t - 1, .titleHead), doc.tokens[t - 1].isCapitalized,
                doc.mentionAtToken[t + 1] < 0, isNameWord(at: t + 1), !doc.tokens[t + 1].hasKey("'s")
            else { continue }
            doc.removeMention(m)
        }
    }

    private func isNameStart(_ i: Int) -> Bool {
        // Flags read in place: binding the token would copy it (and retain its strings) for every token.
        let flags = document.tokens[i].flags
        return flags.contains(.word) && flags.contains(.capitalized)
            && (isNameWord(at: i) || isInitial(at: i) || document.pendingAffiliations[i] != nil || isInitialPair(at: i))
    }

    /// "KP" in "CPN-UML chair KP Sharma Oli": two capital initials without dots, after a
    /// title and before a name word.
    private func isInitialPair(at i: Int) -> Bool {
        return document.tokens[i].flags.contains(.allCaps) && document.tokens[i].text.utf8.count == 2 && document.mentionAtToken[i] < 0 && i > 0 && document.has(i - 1, .titleHead)
            && i + 1 < document.tokens.count && isNameWord(at: i + 1)
    }

    /// Whether token `k` is an initial ("S.", "D.N."), read in place (binding the token would copy it).
    private func isInitial(at k: Int) -> Bool {
        guard document.tokens[k].flags.contains(.dotted) else { return false }
        let count = document.tokens[k].key.utf8.count
        if count == 1 { return true }
        // "D.N. Dhungyel": initials written together, a period after each letter (not "Gen.", not
        // the style "H.E.").
        return count <= 3 && document.tokens[k].text.utf8.count == 2 * count && !document.has(k, .honorific)
            && document.tokens[k].key.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
    }

    // (Computed: an option set of constants folds to one integer, where a stored static is
    // checked for its initialization at every use, for every token.)
    private static var notNameClasses: Lexicon.WordClass { [.stop, .month, .weekday, .titleHead, .titleModifier, .honorific, .orgHead, .event, .speech, .meeting, .abbreviation, .future, .copula, .landform] }

    /// Whether token `k` can be a word of a person's name (classes looked up once per document).
    func isNameWord(at k: Int) -> Bool {
        // Flags read in place (no copy of the token): most tokens stop at the first test.
        let flags = document.tokens[k].flags
        guard flags.contains(.word), flags.contains(.capitalized), !flags.contains(.number) else { return false }
        var classes = document.classes[k]
        if flags.contains(.allCaps) && !classes.contains(.suffix) { return false }
        if flags.contains(.dotted) { return false }
        // "His Royal Highness Mohammed bin Salman": part of the style, not of the name.
        if k + 1 < document.tokens.count, document.tokens[k].hasKey("royal"), document.tokens[k + 1].hasKey("highness") { return false }
        // "Tô Lâm", "Lê Minh": a name word with diacritics is no stop word its folding spells ("to").
        if classes.contains(.stop), document.tokens[k].text.unicodeScalars.contains(where: { !$0.isASCII }) { classes.remove(.stop) }
        // "Speaker You Si-kun", "Vice Premier He Lifeng": a capitalized pronoun inside a sentence,
        // between a title and a name word, is a surname.
        // So is one right after a lowercase word ("talks between Bessent and He Lifeng"): the
        // pronoun would be lowercase there.
        // ("U Than Swe", "Foreign Minister Than Swe": a four-letter one after a title or an honorific.)
        if classes.contains(.stop), !classes.contains(.honorific) || classes.contains(.pronoun), k > 0,
            document.tokens[k].text.utf8.count <= 3 || document.tokens[k].text.utf8.count == 4 && (document.has(k - 1, .titleHead) || document.has(k - 1, .honorific)) && document.tokens[k - 1].isCapitalized,
            (document.has(k - 1, .titleHead) || document.has(k - 1, .honorific)) && document.tokens[k - 1].isCapitalized || document.tokens[k - 1].isWord && !document.tokens[k - 1].isCapitalized && !flags.contains(.allCaps)
                && !document.tokens[k].hasKey("his") && !document.tokens[k].hasKey("her") && !document.tokens[k].hasKey("its") && !document.tokens[k].hasKey("their") && !document.tokens[k].hasKey("our"),
            document.sentenceOfToken[k - 1] == document.sentenceOfToken[k], k + 1 < document.tokens.count,
            document.tokens[k + 1].isCapitalized, document.tokens[k + 1].isWord, document.mentionAtToken[k + 1] < 0,
            !document.has(k + 1, .stop), !document.has(k + 1, .titleHead), !document.has(k + 1, .speech),
            // ("received His Royal Highness": a style, not a surname.)
            !document.has(k + 1, .honorific), !document.has(k + 1, .titleModifier)
        {
            classes.remove(.stop)
            // ("HE", His Excellency, is written in capitals.)
            if !flags.contains(.allCaps) { classes.remove(.honorific) }
        }
        // "Madeleine King welcomed", "Julie Bishop said": a title that is also a surname, after a given
        // name and before no further name word, ends the name.
        if classes.contains(.titleHead), k > 0, k + 1 < document.tokens.count, Self.surnameTitles.contains(document.tokens[k]),
            document.tokens[k - 1].isCapitalized, document.tokens[k - 1].isWord, document.classes[k - 1].isEmpty, document.mentionAtToken[k - 1] < 0,
            document.sentenceOfToken[k - 1] == document.sentenceOfToken[k], !document.tokens[k + 1].isCapitalized
        {
            classes.remove(.titleHead)
        }
        // "Hun Sen": an abbreviation's word without its period ("Sen." is a senator's title).
        if classes.contains(.abbreviation), !flags.contains(.dotted), k + 1 >= document.tokens.count || !document.tokens[k + 1].hasKey(".") {
            classes.remove(.abbreviation)
        }
        // "Lee Jun-il": a month's abbreviation joined to a lowercase syllable is a given name.
        if classes.contains(.month), k + 2 < document.tokens.count, document.tokens[k + 1].hasKey("-"),
            !document.tokens[k + 1].flags.contains(.spaceBefore), !document.tokens[k + 2].flags.contains(.spaceBefore),
            document.tokens[k + 2].isWord, !document.tokens[k + 2].isCapitalized
        {
            classes.remove(.month)
        }
        return classes.isDisjoint(with: Self.notNameClasses)
    }

    /// Titles that are also surnames ("Madeleine King", "Julie Bishop").
    private static let surnameTitles: KeySet = ["king", "bishop", "prince"]

    /// Whether `t` can be a word of a person's name.
    func isNameWord(_ t: Token) -> Bool {
        guard t.isWord, t.isCapitalized, !t.flags.contains(.number) else { return false }
        if t.flags.contains(.allCaps) && !document.lexicon.has(t.key, .suffix) { return false }
        if t.flags.contains(.dotted) { return false }
        let classes = document.lexicon.classes(of: t.key)
        if !classes.isDisjoint(with: Self.notNameClasses) {
            return false
        }
        return true
    }

    /// The longest name-like run starting at `q`.
    ///
    /// - Parameter inList: the run is one of a list of names announced by a plural title
    ///   ("counterparts ..., Téte António, January Makamba and Nancy Tembo"), where a month
    ///   before a name word is a given name (as it is where such a list left an affiliation).
    func nameSpan(from q: Int, upper: Int, inList: Bool = false) -> Range<Int>? {
        let doc = document
        let tokens = doc.tokens
        var k = q
        var last = q
        var words = 0
        while k < upper, k - q < 10 {
            if doc.mentionAtToken[k] >= 0 { break }
            // Flags read in place: binding the token would copy it (and retain its strings).
            let flags = tokens[k].flags
            let isCapitalized = flags.contains(.capitalized)
            if k > q && flags.contains(.paragraphStart) { break }
            if isNameWord(at: k) || k == q && isCapitalized && doc.has(k, .month) && k + 1 < upper && isNameWord(at: k + 1)
                && (inList || doc.pendingAffiliations[q] != nil)
            {
                words += 1
                k += 1
                // Hyphenated parts: "Kassym-Jomart", "Jong-un", "El-Sisi".
                while k + 1 < upper, tokens[k].hasKey("-"), !tokens[k].flags.contains(.spaceBefore),
                    tokens[k + 1].isWord, !tokens[k + 1].flags.contains(.spaceBefore)
                {
                    k += 2
                }
                last = k
                continue
            }
            // "Hassan Sheikh Mohamud": a courtesy word between two name words is part of the name.
            if k > q, last == k, isCapitalized, tokens[k].key.count > 3, doc.classes[k].contains(.honorific), k + 1 < upper, isNameWord(at: k + 1) {
                k += 1
                continue
            }
            if isInitial(at: k) && (k + 1 < upper) && (isNameWord(at: k + 1) || isInitial(at: k + 1)) {
                k += 1
                continue
            }
            // "KP Sharma Oli", "MK Stalin": two capital initials without dots before a name.
            if k == q, k + 1 < upper, isInitialPair(at: k) {
                k += 1
                continue
            }
            if !isCapitalized, doc.has(k, .particle), k > q, k + 1 < upper {
                var next = k + 1
                let hyphenated = tokens[next].hasKey("-") && next + 1 < upper && !tokens[next].flags.contains(.spaceBefore) && !tokens[next + 1].flags.contains(.spaceBefore)
                if tokens[next].hasKey("-") && next + 1 < upper { next += 1 }
                if doc.has(next, .particle) && next + 1 < upper { next += 1 }
                if isNameWord(at: next) {
                    k = next
                    continue
                }
                // "Hussein al-Sheikh": a courtesy word joined to a particle is a surname.
                if hyphenated, tokens[next].isWord, tokens[next].isCapitalized, doc.has(next, .honorific) {
                    words += 1
                    k = next + 1
                    last = k
                    continue
                }
            }
            if !isCapitalized, doc.has(k, .particle), k == q {
                break
            }
            if doc.has(k, .suffix) && isCapitalized && k > q {
                k += 1
                last = k
                if k < upper && tokens[k].hasKey(".") && !tokens[k].flags.contains(.spaceBefore) { k += 1; last = k }
                break
            }
            break
        }
        guard words > 0, last > q else { return nil }
        // "host the Third South Summit": capitalized words before an event's capitalized noun name it.
        if last < upper, tokens[last].flags.contains(.capitalized), doc.has(last, .event) { return nil }
        return q..<last
    }

    /// Whether the words before `start` are a title's portfolio: "Commissioner for", "Minister
    /// for Neighbourhood and", reading back over capitalized words, "and" and commas.
    private func isPortfolio(before start: Int, lower: Int) -> Bool {
        // "Commissioner for Neighbourhood and Enlargement Olivér Várhelyi", "Representative on
        // International Legal Matters Yeghishe Kirakosyan", and a list of portfolios after "of"
        // ("Minister of Foreign Affairs and Expatriates Ayman Safadi").
        guard let k = TitlePhrase.portfolioOpening(endingAt: start - 1, lower: lower, in: document) else { return false }
        if document.tokens[k].hasKey("of") {
            // Only where the run opens with the last portfolio ("and Expatriates Ayman Safadi"; not
            // "..., European Union and Cooperation José Manuel Albares").
            let last = document.mention(at: start - 1).map { $0.tokens.lowerBound } ?? start
            return document.tokens[start - 1].hasKey("and") || last < start && document.tokens[last - 1].hasKey("and")
        }
        return true
    }

    /// Nouns of a gathering whose name may open a sentence ("Lobito Corridor summit").
    private static let gatheringNouns: KeySet = ["summit", "meeting", "conference", "forum", "talks", "session", "dialogue"]

    /// Verbs after a one-word name that make it a person's ("Maduro said").
    private static let sayingVerbs: KeySet = ["said", "says", "told", "added", "wrote", "tweeted"]
    private static let reportingVerbs = sayingVerbs.union(["noted", "stressed", "stated"])

    /// Verbs whose object, a run of two or more name words, is a person ("met Yusuf Tuggar").
    private static let meetingObjectVerbs: KeySet = [
        "met", "meets", "received", "receives", "hosted", "hosts", "welcomed", "welcomes", "thanked", "thanks",
        "congratulated", "congratulates", "phoned", "telephoned", "embraced", "greeted",
    ]

    /// Words after a name that make it a place's or a building's named after the person.
    private static let namedPlaces: KeySet = [
        "airport", "palace", "university", "hospital", "stadium", "bridge", "street", "avenue", "road", "mosque",
        "square", "centre", "center", "hall", "library", "foundation", "prize", "award",
    ]

    /// Last words that make a capitalized run a place's name.
    private static let placeSuffixes: KeySet = [
        "province", "region", "oblast", "krai", "prefecture", "county", "district", "governorate", "municipality",
        "city", "island", "islands", "valley", "peninsula", "strait", "sea", "gulf", "airport", "port", "square", "corridor",
    ]

    /// Whether the last word of `span` stands alone, as a name, at least twice elsewhere
    /// in the article ("Maduro knows", "Maduro rejected").
    private func surnameRecurs(_ span: Range<Int>) -> Bool {
        let tokens = document.tokens
        guard let last = span.last(where: { isNameWord(at: $0) }), tokens[last].key.count >= 4 else { return false }
        // A name of place-like or organization-like words is no person's.
        guard !span.contains(where: { document.gazetteerMatch(at: $0, limit: span.upperBound) != nil }) else { return false }
        // The word at `last` is inside a run here, so it is not among the counted ones.
        return standaloneCount(of: last, reaching: 2) >= 2
    }

    /// How often the key of token `word` stands alone, capitalized, in the article (counted
    /// up to `limit`): not inside a run of capitalized words and not after "the" ("the
    /// Maduro government" is no use of a name).
    ///
    /// Counted for the one key asked about: few articles ask at all, and a scan comparing
    /// key codes costs less than a table of every capitalized word's count.
    ///
    /// - Complexity: O(*n*) in the number of tokens.
    private func standaloneCount(of word: Int, reaching limit: Int) -> Int {
        let doc = document
        let tokens = doc.tokens
        let code = tokens[word].code
        var count = 0
        for k in tokens.indices where tokens[k].code == code && tokens[k].isWord && tokens[k].isCapitalized && !tokens[k].flags.contains(.excluded) {
            // Keys of up to eight bytes are their code; a longer one is compared as a string.
            if code == Token.longKey && tokens[k].key != tokens[word].key { continue }
            if k > 0 {
                let flags = tokens[k - 1].flags
                if tokens[k - 1].hasKey("the") { continue }
                if flags.contains(.word), flags.contains(.capitalized), doc.sentenceOfToken[k - 1] == doc.sentenceOfToken[k], !doc.has(k - 1, .stop) { continue }
            }
            if k + 1 < tokens.count, tokens[k + 1].isWord, tokens[k + 1].isCapitalized, doc.sentenceOfToken[k + 1] == doc.sentenceOfToken[k] { continue }
            count += 1
            if count >= limit { break }
        }
        return count
    }

    /// The folded name words of a span (without initials and particles).
    func keys(_ span: Range<Int>) -> [String] {
        // A span opens with a month only where a list of names allowed it ("January Makamba").
        var keys: [String] = []
        keys.reserveCapacity(span.count)
        // The Arabic article of "Al-Shaibani", "El-Sisi" is no name word of its own: the surname
        // alone must match "Asaad Hassan al-Shaibani".
        // ("Von der Leyen said": a particle capitalized at the front is no given name; the surname
        // must match "Ursula von der Leyen".)
        for k in span where (isNameWord(at: k) || k == span.lowerBound && document.has(k, .month))
            && !(document.has(k, .particle) && k + 1 < span.upperBound && document.tokens[k + 1].hasKey("-"))
            && !(k == span.lowerBound && document.has(k, .particle) && k + 1 < span.upperBound)
        {
            keys.append(document.tokens[k].key)
        }
        return keys
    }

    /// Decides whether `span` is a person and records it; returns the entity.
    private mutating func recognize(_ span: Range<Int>, sentence: Sentence, pass: Int, previous: (entity: Int, end: Int)?) -> Int? {
        let doc = document
        let tokens = doc.tokens
        let nameKeys = keys(span)
        guard !nameKeys.isEmpty else { return nil }
        let words = nameKeys.count
        // A headline capitalizes every word: in "Lajčák Shuttles Between ..." a known person's
        // name ends before the verb.
        if sentence.isHeadline, let known = knownPerson(nameKeys), let last = nameKeys.last, !doc.entities[known].nameKeys.contains(last) {
            var end = span.upperBound
            while end > span.lowerBound, !(isNameWord(at: end - 1) && doc.entities[known].nameKeys.contains(tokens[end - 1].key)) { end -= 1 }
            guard end > span.lowerBound else { return nil }
            return recognize(span.lowerBound..<end, sentence: sentence, pass: pass, previous: previous)
        }
        // "Moha Bovor Thipadei Hun Manet", "Middle East Hamish Falconer": a known official's name
        // ending a longer run is the name; the words before it are honorifics or a title's.
        // (Looked up here only for runs of three words or more, the only ones it can shorten.)
        var official = span.count >= 3 ? officialStart(in: span) : nil
        if let official, official.start > span.lowerBound {
            return recognize(official.start..<span.upperBound, sentence: sentence, pass: pass, previous: previous)
        }
        // ("Mawlawi", "Mullah" before a name found: words glued to a person's name are theirs, no
        // one else's.)
        if span.upperBound < sentence.tokens.upperBound, let m = doc.mention(at: span.upperBound), m.tokens.lowerBound == span.upperBound,
            m.entity >= 0, doc.kind(of: m.entity) == .person
        {
            return nil
        }
        // "at the President's House": a title's possessive names a place, not a person.
        if span.lowerBound >= sentence.tokens.lowerBound + 2, tokens[span.lowerBound - 1].hasKey("'s"), doc.has(span.lowerBound - 2, .titleHead),
            knownPerson(nameKeys) == nil
        {
            return nil
        }
        // "Lobito Corridor summit brings together Biden and ...": a sentence's first words before an
        // event noun name the event.
        if span.lowerBound == sentence.tokens.lowerBound, span.upperBound < sentence.tokens.upperBound, doc.has(span.upperBound, .event),
            Self.gatheringNouns.contains(tokens[span.upperBound]), knownPerson(nameKeys) == nil
        {
            return nil
        }
        // "his official residence in Seri Perdana": one word after an honorific after "in" or "at"
        // names a place.
        if words == 1, span.lowerBound >= sentence.tokens.lowerBound + 2, doc.has(span.lowerBound - 1, .honorific), tokens[span.lowerBound - 1].isCapitalized,
            tokens[span.lowerBound - 2].hasKey("in") || tokens[span.lowerBound - 2].hasKey("at"), knownPerson(nameKeys) == nil
        {
            return nil
        }
        // "European Commissioner for Neighbourhood and Enlargement Olivér Várhelyi": the words
        // after a title's "for" name a portfolio until the last two, which name the person.
        if isPortfolio(before: span.lowerBound, lower: sentence.tokens.lowerBound) {
            if span.upperBound + 1 < sentence.tokens.upperBound, tokens[span.upperBound].hasKey("and"), tokens[span.upperBound + 1].isCapitalized {
                return nil
            }
            // ("Minister for Foreign Affairs and Regional Integration, Shirley Ayorkor Botchwey": a
            // comma closed the portfolio, and the whole run is the name.)
            if words >= 3, !tokens[span.lowerBound - 1].hasKey(","), let second = span.dropFirst().first(where: { isNameWord(at: $0) }) {
                return recognize(second..<span.upperBound, sentence: sentence, pass: pass, previous: previous)
            }
            // "Commissioner for Human Rights, Dunja Mijatović": the portfolio alone, its holder after the comma.
            if words <= 2, span.upperBound < sentence.tokens.upperBound, tokens[span.upperBound].hasKey(","),
                tokens[span.lowerBound - 1].hasKey("for") || tokens[span.lowerBound - 1].hasKey("on")
            {
                return nil
            }
        }
        // "Shaanxi Province", "Russia's Amur Region": a place, not a person.
        if let last = span.last(where: { tokens[$0].isWord }), Self.placeSuffixes.contains(tokens[last]) { return nil }
        // "King Khalid International Airport", "Ahmadu Bello Stadium": a place named after someone.
        if let suffix = (span.upperBound..<min(sentence.tokens.upperBound, span.upperBound + 3)).first(where: { !tokens[$0].isCapitalized || Self.namedPlaces.contains(tokens[$0]) }),
            Self.namedPlaces.contains(tokens[suffix]), tokens[suffix].isCapitalized
        {
            return nil
        }
        // "EU Special Representative for Central Asia Terhi Hakala": the region ends the title.
        if words >= 3, span.lowerBound > sentence.tokens.lowerBound, (tokens[span.lowerBound - 1].hasKey("for") || tokens[span.lowerBound - 1].hasKey("to") || tokens[span.lowerBound - 1].hasKey("in") || tokens[span.lowerBound - 1].hasKey("of")),
            let place = doc.gazetteerMatch(at: span.lowerBound, limit: span.upperBound), place.entry == nil,
            place.end < span.upperBound, span.upperBound - place.end >= 2
        {
            return recognize(place.end..<span.upperBound, sentence: sentence, pass: pass, previous: previous)
        }
        // "the Belgrade-Pristina dialogue": places joined by a hyphen are no name.
        if let place = doc.gazetteerMatch(at: span.lowerBound, limit: span.upperBound), place.end < span.upperBound, tokens[place.end].hasKey("-") {
            return nil
        }
        let lower = sentence.tokens.lowerBound
        let upper = sentence.tokens.upperBound
        // "the Igdir-Nakhchivan gas pipeline": a determiner before the words and a lowercase noun
        // after them make them a modifier, not a person's name.
        if span.lowerBound > lower, tokens[span.lowerBound - 1].hasKey("the"), span.upperBound < upper,
            tokens[span.upperBound].isWord, !tokens[span.upperBound].isCapitalized, !tokens[span.upperBound].flags.contains(.number),
            !doc.has(span.upperBound, .speech), !doc.has(span.upperBound, .meeting), !doc.has(span.upperBound, .stop), !doc.has(span.upperBound, .copula)
        {
            return nil
        }

        // "in New York" ("new" is a title's word): a place phrase that starts before the words
        // and covers them names the place.
        if span.lowerBound > lower, let place = doc.gazetteerMatch(at: span.lowerBound - 1, limit: upper), place.entry == nil,
            place.end >= span.upperBound
        {
            return nil
        }
        // "Mozambique's Cabo Delgado province", "received at the Sir Edney Cain Building": words
        // before a place's noun name the place.
        if span.upperBound < upper, doc.has(span.upperBound, .landform) { return nil }

        let title = TitlePhrase.before(span.lowerBound, lower: lower, in: doc, claimed: claimed)
        let titleAdjacent = title.map { $0.tokens.upperBound == span.lowerBound || doc.tokens[$0.tokens.upperBound..<span.lowerBound].allSatisfy { $0.hasKey(".") } } ?? false
        var appositive: TitlePhrase? = nil
        let titleBeforeComma = title.map { $0.hasHead && tokens[$0.tokens.upperBound..<span.lowerBound].contains { $0.hasKey(",") } } ?? false
        if span.upperBound < upper, tokens[span.upperBound].hasKey(","), !titleBeforeComma {
            appositive = TitlePhrase.after(span.upperBound, upper: upper, in: doc)
        }
        let known = knownPerson(nameKeys)

        var cue = false
        if let title, title.hasHead || titleAdjacent { cue = titleAdjacent || words >= 2 }
        if appositive != nil && words >= 2 { cue = true }
        // "the presidents of Colombia, Gustavo Petro, of Bolivia, Luis Arce": a name a plural title announced.
        if words >= 2, doc.pendingAffiliations[span.lowerBound] != nil { cue = true }
        if !cue, known == nil, official == nil, span.count < 3 { official = officialStart(in: span) }
        if known != nil || official != nil { cue = true }
        // The word before, by index: binding the token would copy it.
        let before = span.lowerBound > lower ? span.lowerBound - 1 : nil
        if words >= 2, let before {
            // "met Yusuf Tuggar", "received Celinda Sosa": a meeting's other party.
            // ("hosted Global South events": a lowercase noun after the words makes them a modifier.)
            if Self.meetingObjectVerbs.contains(tokens[before]), !tokens[before].isCapitalized,
                span.upperBound >= upper || !tokens[span.upperBound].isWord || tokens[span.upperBound].isCapitalized || doc.has(span.upperBound, .stop)
            {
                cue = true
            }
            if tokens[before].hasKey("'s"), let m = doc.mention(at: span.lowerBound - 2), m.entity >= 0, doc.kind(of: m.entity) != .person { cue = true }
            if let m = doc.mention(at: span.lowerBound - 1), m.entity >= 0, doc.kind(of: m.entity) == .country, m.form == .demonym { cue = true }
            if tokens[before].hasKey("by"), span.lowerBound >= 2, (tokens[span.lowerBound - 2].hasKey("headed") || tokens[span.lowerBound - 2].hasKey("led") || tokens[span.lowerBound - 2].hasKey("chaired") || tokens[span.lowerBound - 2].hasKey("represented") || tokens[span.lowerBound - 2].hasKey("hosted") || tokens[span.lowerBound - 2].hasKey("held") || tokens[span.lowerBound - 2].hasKey("accompanied") || tokens[span.lowerBound - 2].hasKey("joined") || tokens[span.lowerBound - 2].hasKey("received")) { cue = true }
            if let previous, previous.end <= span.lowerBound, span.lowerBound - previous.end <= 2,
                (previous.end..<span.lowerBound).allSatisfy({ tokens[$0].hasKey("and") || tokens[$0].hasKey(",") })
            {
                cue = true
            }
            // "the letters of credence of five new ambassadors: Ronald Johnson of the United States,
            // ...": a name with its country, first in a list after a plural title and a colon.
            if tokens[before].hasKey(":"), before > lower, doc.has(before - 1, .titleHead), tokens[before - 1].key.hasSuffix("s"),
                span.upperBound + 1 < upper, tokens[span.upperBound].hasKey("of"),
                let m = doc.mention(at: tokens[span.upperBound + 1].hasKey("the") ? span.upperBound + 2 : span.upperBound + 1),
                m.entity >= 0, doc.kind(of: m.entity) == .country
            {
                cue = true
            }
            // "Jeenbek Kulubaev of Kyrgyzstan, Sirojiddin Muhriddin of Tajikistan and ...": the
            // previous person's country between the two.
            if let previous, previous.end + 2 < span.lowerBound, span.lowerBound - previous.end <= 8, tokens[previous.end].hasKey("of"),
                (previous.end + 1..<span.lowerBound).allSatisfy({ k in
                    tokens[k].hasKey("and") || tokens[k].hasKey(",") || tokens[k].hasKey("the") || doc.mention(at: k).map { $0.entity >= 0 && doc.kind(of: $0.entity) == .country } ?? false
                })
            {
                cue = true
            }
        }
        // "the EU's special envoy for the Belgrade-Pristina dialogue, Miroslav Lajcak, met":
        // a name set off by commas after a phrase headed by a title.
        // The owner of such a title: "the EU's special envoy", "Washington's envoy".
        var appositiveOwner: Int? = nil
        // ("... and the Ambassador of the Arab Republic of Egypt to the Kingdom, Ihab Abu Sreea.": at
        // the sentence's end, the phrase may be longer.)
        let endsSentence = span.upperBound + 1 == upper && tokens[span.upperBound].hasKey(".")
        if words >= 2, let before, tokens[before].hasKey(","), span.upperBound < upper, tokens[span.upperBound].hasKey(",") || endsSentence {
            var j = span.lowerBound - 2
            while j >= lower, span.lowerBound - j <= (endsSentence ? 12 : 8), !tokens[j].hasKey(","), !doc.has(j, .speech), !doc.has(j, .meeting) {
                if doc.has(j, .titleHead), !claimed.contains(j) {
                    cue = true
                    var k = j - 1
                    while k > lower, j - k <= 3, !tokens[k].hasKey("'s"), tokens[k].isWord, !tokens[k].isCapitalized { k -= 1 }
                    if k > lower, tokens[k].hasKey("'s"), let m = doc.mention(at: k - 1), m.entity >= 0,
                        doc.kind(of: m.entity) == .country || doc.kind(of: m.entity) == .organization
                    {
                        appositiveOwner = m.entity
                    }
                    // "the Ambassador of the Arab Republic of Egypt to the Kingdom, Ihab Abu Sreea".
                    if appositiveOwner == nil, tokens[j + 1].hasKey("of") {
                        let country = tokens[j + 2].hasKey("the") ? j + 3 : j + 2
                        if let m = doc.mention(at: country), m.entity >= 0, doc.kind(of: m.entity) == .country { appositiveOwner = m.entity }
                    }
                    break
                }
                j -= 1
            }
        }
        var after = span.upperBound
        while after < upper, doc.has(after, .adverb) || tokens[after].hasKey(",") && after == span.upperBound && false { after += 1 }
        if after < upper {
            if words >= 2 && (doc.has(after, .speech) || doc.has(after, .meeting)) { cue = true }
            if words == 1 && pass == 1 && Self.reportingVerbs.contains(tokens[after])
                && span.lowerBound > lower
            {
                cue = true
            }
            if words == 1 && pass == 1 && Self.sayingVerbs.contains(tokens[after]) { cue = true }
        }
        // "the opposition disputes Nicolas Maduro's claim ... Maduro rejected": a full name
        // whose last word the article goes on to use alone, as it does for persons.
        if words >= 2, pass == 1, !cue, surnameRecurs(span) { cue = true }
        if sentence.isHeadline && known == nil && !(title?.hasHead ?? false) { cue = false }
        if pass == 0 && known == nil && words == 1 && !(title.map { $0.hasHead && titleAdjacent } ?? false) { return nil }
        if pass == 2 && known == nil { return nil }
        guard cue else { return nil }
        // "the Western Balkans", "Somaliland": a region of place-phrases.txt is no person.
        if let place = doc.gazetteerMatch(at: span.lowerBound, limit: span.upperBound), place.entry == nil, place.end == span.upperBound {
            return nil
        }

        // The person: an earlier one this name is part of, or a new one.
        let name = personName(span)
        let entity: Int
        if let known {
            entity = known
            if nameKeys.count > doc.entities[known].nameKeys.count {
                doc.entities[known].addAlias(doc.entities[known].name)
                doc.entities[known].name = name
                doc.entities[known].nameKeys = nameKeys
            } else {
                for key in nameKeys where !doc.entities[known].nameKeys.contains(key) { doc.entities[known].nameKeys.append(key) }
            }
        } else {
            var person = DocumentEntity(kind: .person, name: name)
            person.nameKeys = nameKeys
            doc.entities.append(person)
            entity = doc.entities.count - 1
        }
        let m = doc.addMention(span, entity: entity, form: known == nil || nameKeys.count >= doc.entities[entity].nameKeys.count ? .name : .partialName)
        doc.entities[entity].addAlias(name)
        if doc.entities[entity].official == nil {
            if official == nil, span.count < 3 { official = officialStart(in: span) }
            if let official { doc.entities[entity].official = official.index }
        }

        // Role and affiliations from the titles.
        var titles: [TitlePhrase] = []
        if let title, title.hasHead || titleAdjacent { titles.append(title) }
        if let appositive { titles.append(appositive) }
        for phrase in titles {
            // "Welcoming his French counterpart, Mirzoyan highlighted ...": a counterpart of another
            // country than the one the person is already known by is someone else.
            if phrase.tokens.contains(where: { tokens[$0].hasKey("counterpart") }),
                let own = doc.entities[entity].affiliations.first(where: { doc.kind(of: $0) == .country }),
                phrase.affiliations.contains(where: { doc.kind(of: $0) == .country }), !phrase.affiliations.contains(own)
            {
                continue
            }
            for t in phrase.tokens { claimed.insert(t); doc.titleTokens.insert(t) }
            for mention in phrase.mentions { doc.mentions[mention].titleOf = m }
            if let role = phrase.role(in: doc), phrase.hasHead, !doc.entities[entity].role.contains(role) {
                doc.entities[entity].role.append(role)
            }
            var affiliations = phrase.affiliations
            // "his Greek and Romanian counterparts, Giorgos Gerapetritis and Emil Hurezeanu":
            // each name takes its country in turn, also across the comma.
            if phrase.isPlural, phrase.tokens.upperBound == span.lowerBound
                || tokens[phrase.tokens.upperBound..<span.lowerBound].allSatisfy({ $0.hasKey(",") })
            {
                affiliations = zipped(phrase, span: span, upper: upper)
            }
            for a in affiliations { doc.entities[entity].addAffiliation(a) }
        }
        if let pending = doc.pendingAffiliations[span.lowerBound] { doc.entities[entity].addAffiliation(pending) }
        // Nationality: "Egyptian Sameh Shoukry".
        if let m = doc.mention(at: span.lowerBound - 1), m.entity >= 0, doc.kind(of: m.entity) == .country,
            titles.allSatisfy({ !$0.tokens.contains(span.lowerBound - 1) })
        {
            doc.entities[entity].addAffiliation(m.entity)
        }
        if let appositiveOwner { doc.entities[entity].addAffiliation(appositiveOwner) }
        // "China's Qin Gang".
        if span.lowerBound >= 2, tokens[span.lowerBound - 1].hasKey("'s"), let m = doc.mention(at: span.lowerBound - 2),
            m.entity >= 0, doc.kind(of: m.entity) == .country
        {
            doc.entities[entity].addAffiliation(m.entity)
        }
        // "Chinese delegation headed by Xue Jian".
        if span.lowerBound >= 3, tokens[span.lowerBound - 1].hasKey("by") {
            var b = span.lowerBound - 3
            while b >= lower && b >= span.lowerBound - 6 {
                if let m = doc.mention(at: b), m.entity >= 0, doc.kind(of: m.entity) == .country {
                    doc.entities[entity].addAffiliation(m.entity)
                    break
                }
                b -= 1
            }
        }
        // "Turkey was represented by ...".
        if span.lowerBound >= 3, tokens[span.lowerBound - 1].hasKey("by") || doc.titleTokens.contains(span.lowerBound - 1) {
            var b = span.lowerBound - 1
            while b > lower, doc.titleTokens.contains(b) { b -= 1 }
            if b >= lower + 3, tokens[b].hasKey("by"), tokens[b - 1].hasKey("represented"), let m = doc.mention(at: b - 3) ?? doc.mention(at: b - 2),
                m.entity >= 0, doc.kind(of: m.entity) == .country
            {
                doc.entities[entity].addAffiliation(m.entity)
            } else if b > lower, tokens[b].hasKey("by"),
                // "Timor-Leste, which is expected to join, was represented as an observer by ...": the
                // sentence's subject country, before "was represented".
                let represented = (max(lower, b - 5)..<b).last(where: { tokens[$0].hasKey("represented") }), represented > lower,
                (tokens[represented - 1].hasKey("was") || tokens[represented - 1].hasKey("were")),
                let m = doc.mention(at: lower), m.entity >= 0, doc.kind(of: m.entity) == .country, m.form == .name
            {
                doc.entities[entity].addAffiliation(m.entity)
            }
        }
        // "Prime Minister Justin Trudeau of Canada", "H.E. Maarten van der Heijden of the Netherlands".
        let country = span.upperBound + 2 < upper && tokens[span.upperBound + 1].hasKey("the") ? span.upperBound + 2 : span.upperBound + 1
        if country < upper, tokens[span.upperBound].hasKey("of"), let m = doc.mention(at: country),
            m.entity >= 0, doc.kind(of: m.entity) == .country
        {
            doc.entities[entity].addAffiliation(m.entity)
            doc.mentions[doc.mentionIndex(at: country)!].titleOf = m.entity
        }
        return entity
    }

    /// "Presidents of Kazakhstan and Azerbaijan Tokayev and Aliyev": the first name
    /// gets the first country; the coordinated names get theirs when they are recognized.
    private func zipped(_ phrase: TitlePhrase, span: Range<Int>, upper: Int) -> [Int] {
        let countries = phrase.affiliations.filter { document.kind(of: $0) == .country }
        // "their Philippine counterparts, Enrique Manalo and Gilberto Teodoro": one country for all.
        if countries.count == 1 {
            var k = span.upperBound
            var country = countries[0]
            while k < upper {
                if document.tokens[k].hasKey("and") || document.tokens[k].hasKey(",") { k += 1; continue }
                // "the presidents of Colombia, Gustavo Petro, of Bolivia, Luis Arce, and of Peru, Dina
                // Boluarte": each name after its own country.
                if document.tokens[k].hasKey("of"), let m = document.mention(at: k + 1), m.entity >= 0, document.kind(of: m.entity) == .country,
                    m.tokens.upperBound < upper, document.tokens[m.tokens.upperBound].hasKey(",")
                {
                    country = m.entity
                    k = m.tokens.upperBound + 1
                    guard let next = nameSpan(from: k, upper: upper, inList: true) else { break }
                    document.pendingAffiliations[next.lowerBound] = country
                    k = next.upperBound
                    continue
                }
                // "Teodoro and Foreign Secretary Enrique Manalo": a listed name with a title of its own.
                var start = k
                while start < upper, document.mentionAtToken[start] < 0, document.has(start, .titleHead) || document.has(start, .titleModifier) || document.has(start, .honorific) { start += 1 }
                guard let next = nameSpan(from: start, upper: upper) else { break }
                document.pendingAffiliations[next.lowerBound] = country
                k = next.upperBound
            }
            return phrase.affiliations
        }
        guard countries.count >= 2 else { return phrase.affiliations }
        // Find the following coordinated names and give each its country.
        var names: [Range<Int>] = [span]
        var k = span.upperBound
        while k < upper, names.count < countries.count {
            if document.tokens[k].hasKey("and") || document.tokens[k].hasKey(",") {
                k += 1
                continue
            }
            guard let next = nameSpan(from: k, upper: upper, inList: true) else { break }
            names.append(next)
            k = next.upperBound
        }
        guard names.count == countries.count else { return phrase.affiliations }
        for (index, name) in names.enumerated().dropFirst() {
            document.pendingAffiliations[name.lowerBound] = countries[index]
        }
        return [countries[0]]
    }

    /// Where the name of a known official (`Officials`) starts in `span`, the name running to
    /// the span's end, and the official's row: the first word of the longest such name,
    /// honorifics before it left out.
    ///
    /// Remembered per span: the three passes ask again about the same runs.
    private mutating func officialStart(in span: Range<Int>) -> (start: Int, index: Int)? {
        let key = span.lowerBound << 32 | span.upperBound
        if let known = officialStarts[key] { return known.start < 0 ? nil : known }
        let found = findOfficialStart(in: span)
        officialStarts[key] = found ?? (-1, -1)
        return found
    }

    private func findOfficialStart(in span: Range<Int>) -> (start: Int, index: Int)? {
        let officials = document.gazetteer.officials
        let tokens = document.tokens
        guard let last = span.last(where: { tokens[$0].isWord }), officials.someName(endsWith: tokens[last]) else { return nil }
        var words: [Int] = []
        words.reserveCapacity(span.count)
        for t in span where tokens[t].isWord { words.append(t) }
        for n in words.indices {
            let lookup = officials.lookUp(words[n...], in: tokens)
            // A one-word name ("Rajoelina") ends many a longer one: it is the whole run or nothing.
            guard lookup.keyCount >= (n == 0 ? 1 : 2) else { break }
            guard let index = lookup.official else { continue }
            var start = n
            while start < words.count - 1, Officials.isHonorific(tokens[words[start]]) { start += 1 }
            // The words before the name are left out only when they are honorifics or two or more
            // words ("Moha Bovor Thipadei Hun Manet"): one is a given name the table lacks
            // ("Muhammad Shehbaz Sharif"), and a particle before it makes it a patronymic
            // ("Mohammed bin Salman bin Abdulaziz").
            if start > 0, start == n, n < 2 || document.has(words[n] - 1, .particle) { return (span.lowerBound, index) }
            return (words[start], index)
        }
        return nil
    }

    /// The person whose name contains `keys` (or is contained in them), if exactly one.
    func knownPerson(_ keys: [String]) -> Int? {
        let doc = document
        // The first found and how many: the result is the one found, if alone.
        var found = -1
        var foundCount = 0
        // By index: binding each entity would copy (and retain) all its fields.
        for index in doc.entities.indices where doc.entities[index].kind == .person {
            let other = doc.entities[index].nameKeys
            // "Gurbanguly Berdimuhamedov" is not "Serdar Berdimuhamedov": two full names with
            // different given names are two persons.
            if keys.count >= 2, other.count >= 2, !other.contains(keys[0]), !keys.contains(other[0]) { continue }
            // "Ahmed Moallim Fiqi" is not "Abiy Ahmed": one's given name the other's surname.
            if keys.count >= 2, other.count >= 2, keys[0] != other[0], keys[0] == other[other.count - 1] || other[0] == keys[keys.count - 1] { continue }
            // "King Salman bin Abdulaziz Al Saud" is not "Mohammed bin Salman bin Abdulaziz Al Saud":
            // a father's name inside a son's patronymic; long names start with the given name.
            if keys.count >= 3, other.count >= 3, keys[0] != other[0] { continue }
            if keys.allSatisfy({ other.contains($0) }) || other.allSatisfy({ keys.contains($0) }) {
                if foundCount == 0 { found = index }
                foundCount += 1
            } else if let last = keys.last, let otherLast = other.last,
                keys.contains(where: { other.contains($0) }) && (other.contains(last) || keys.contains(otherLast)) && keys.count <= 3
            {
                if foundCount == 0 { found = index }
                foundCount += 1
            }
        }
        return foundCount == 1 ? found : nil
    }

    /// The name as written, without a trailing period of a suffix.
    private func personName(_ span: Range<Int>) -> String {
        document.text(span)
    }
}
