import GraphModel

/// Everything the rules know about one article while they run: tokens,
/// sentences, the entities found so far and where the text mentions them.
///
/// One instance per document; the recognizers and detectors fill it in order
/// (entities, coreference, relations) and `GraphBuilder` turns it into a `Graph`.
///
/// The mutable state is read and written by one thread and never through overlapping
/// accesses, and the rules touch it for nearly every token: its properties are marked
/// `@exclusivity(unchecked)` so that each access skips the runtime's dynamic check.
final class DocumentAnalysis {
    let text: ArticleText
    let resources: ExtractionResources
    let tokens: TokenList
    /// The word classes of each token, looked up once.
    let classes: [Lexicon.WordClass]
    let sentences: [Sentence]
    /// The sentence of each token (-1 for excluded tokens).
    let sentenceOfToken: [Int32]
    @exclusivity(unchecked) var dateline: Dateline?
    let entities = InPlaceList<DocumentEntity>()
    let mentions = InPlaceList<Mention>()
    /// The mention covering each token (-1 when none). Written only by `addMention` and
    /// `removeMention`, which keep `mentions(in:)`'s memory of each sentence current.
    @exclusivity(unchecked) private(set) var mentionAtToken: [Int32]
    /// Bumped whenever `mentionAtToken` changes.
    @exclusivity(unchecked) private var mentionVersion = 0
    /// The live mentions of each sentence, with the `mentionVersion` they were read at
    /// (-1: not yet): the rules ask for a sentence's mentions many times between changes.
    @exclusivity(unchecked) private var mentionsOfSentence: [(version: Int, mentions: [Int])]
    /// The quote containing each token (-1 when none).
    @exclusivity(unchecked) var quoteOfToken: [Int32]
    @exclusivity(unchecked) var quotes: [Quote] = []
    @exclusivity(unchecked) var relations: [FoundRelation] = []
    /// Entity index of each gazetteer country / organization used in the document.
    @exclusivity(unchecked) var entityOfCountry = GazetteerEntities()
    @exclusivity(unchecked) var entityOfOrganization = GazetteerEntities()
    /// Affiliations a shared plural title gives to a name at a token ("Presidents of
    /// Kazakhstan and Azerbaijan Tokayev and Aliyev").
    @exclusivity(unchecked) var pendingAffiliations: [Int: Int] = [:]
    /// Token ranges of titles used by persons.
    @exclusivity(unchecked) var titleTokens: TokenSet
    /// Pattern-found organizations by folded core name.
    @exclusivity(unchecked) var entityOfOrganizationKey: [String: Int] = [:]

    /// The text of each sentence, made on first use (evidence repeats sentences).
    @exclusivity(unchecked) private var sentenceTexts: [String?]

    /// The tables, stored rather than computed: reading a stored `let` of a final class
    /// borrows it, where a computed property would copy (and retain) every table.
    let lexicon: Lexicon
    let gazetteer: Gazetteer

    /// Whether token `t` is in `wordClass`.
    @inline(__always) func has(_ t: Int, _ wordClass: Lexicon.WordClass) -> Bool {
        classes[t].contains(wordClass)
    }

    /// The tokens of `range` in any of `wanted`'s classes, in order: a rule's scan for the
    /// words it starts at (`Lexicon.WordClass.foundingStart`...), one mask test per token
    /// over the classes held in the iterator.
    @inline(__always) func tokens(in range: Range<Int>, withAnyOf wanted: Lexicon.WordClass) -> TokensWithClass {
        TokensWithClass(classes: classes, position: range.lowerBound, end: range.upperBound, mask: wanted.rawValue)
    }

    /// The tokens of a range in some classes (`tokens(in:withAnyOf:)`).
    struct TokensWithClass: Sequence, IteratorProtocol {
        fileprivate let classes: [Lexicon.WordClass]
        fileprivate var position: Int
        fileprivate let end: Int
        fileprivate let mask: UInt64

        @inline(__always)
        mutating func next() -> Int? {
            while position < end {
                let t = position
                position += 1
                if classes[t].rawValue & mask != 0 { return t }
            }
            return nil
        }
    }

    /// The longest gazetteer phrase at token `start` (`Gazetteer.match` over the tokens).
    ///
    /// Out of line, where the table is borrowed: inlined into a long rule, the match was
    /// found to copy (and retain) every table of the gazetteer at each call.
    @inline(never)
    func gazetteerMatch(at start: Int, limit: Int) -> (end: Int, entry: Gazetteer.Entry?)? {
        gazetteer.match(tokens, at: start, limit: limit)
    }

    /// The text of sentence `s` as written.
    func sentenceText(_ s: Int) -> String {
        if let cached = sentenceTexts[s] { return cached }  // an array: no hashing
        let text = self.text.text(sentences[s].start, sentences[s].end)
        sentenceTexts[s] = text
        return text
    }

    init(text: ArticleText, resources: ExtractionResources) {
        self.text = text
        self.resources = resources
        // The lexicon copied once, into a local stored last (its last use moves it): reading
        // `resources.lexicon` for the classes and the abbreviations copied it twice more.
        let lexicon = resources.lexicon
        gazetteer = resources.gazetteer
        let tokens = Tokenizer.tokenList(text)
        // Classes depend on keys alone, which marking the dateline leaves as they are.
        let classes = DocumentAnalysis.classes(of: tokens, in: lexicon)
        dateline = Dateline.mark(tokens, classes: classes)
        self.classes = classes
        var sentences = SentenceSplitter(abbreviations: lexicon.abbreviationKeys).split(tokens)
        DocumentAnalysis.markHeadline(&sentences, tokens)
        let tokenCount = tokens.count
        self.tokens = tokens
        self.sentences = sentences
        sentenceTexts = Array(filling: nil, count: sentences.count)
        var sentenceOfToken = [Int32](filling: -1, count: tokenCount)
        sentenceOfToken.withUnsafeMutableBufferPointer { sentenceOf in
            for (index, sentence) in sentences.enumerated() {
                for t in sentence.tokens { sentenceOf[t] = Int32(index) }
            }
        }
        self.sentenceOfToken = sentenceOfToken
        mentionAtToken = Array(filling: -1, count: tokenCount)
        mentionsOfSentence = Array(filling: (-1, []), count: sentences.count)
        quoteOfToken = Array(filling: -1, count: tokenCount)
        // Rules test token indices and, in places, scalar offsets: room for both.
        titleTokens = TokenSet(capacity: max(tokenCount, text.scalars.count) + 1)
        self.lexicon = lexicon
    }

    /// The word classes of each token, written straight into the array's storage (appending
    /// checks capacity per token; the array is made by `Array(filling:count:)`, whose
    /// allocation costs less than `Array(unsafeUninitializedCapacity:)`'s).
    private static func classes(of tokens: TokenList, in lexicon: borrowing Lexicon) -> [Lexicon.WordClass] {
        var classes = [Lexicon.WordClass](filling: [], count: tokens.count)
        classes.withUnsafeMutableBufferPointer { buffer in
            for t in 0..<tokens.count { buffer[t] = lexicon.classes(of: tokens[t]) }
        }
        return classes
    }

    /// The first sentence is the headline when it is alone in its paragraph and
    /// does not end with a period.
    private static func markHeadline(_ sentences: inout [Sentence], _ tokens: TokenList) {
        guard let first = sentences.first, first.paragraph == 0 else { return }
        if sentences.count > 1 && sentences[1].paragraph == 0 { return }
        let last = tokens[first.tokens.upperBound - 1]
        if !last.hasKey(".") || first.tokens.count <= 25 && sentences.count > 1 {
            sentences[0].isHeadline = !last.hasKey(".")
        }
    }

    // MARK: Entities and mentions

    /// The entity for gazetteer country `index`, created on first use.
    func countryEntity(_ index: Int) -> Int {
        if let existing = entityOfCountry[index] { return existing }
        // (The country's fields read in place, the entity made in the append: binding the
        // country, or the entity and then appending it, copied it, retaining its strings.)
        entities.append(DocumentEntity(
            kind: .country, name: gazetteer.countries[index].name, iso: gazetteer.countries[index].iso2, gazetteerIndex: index))
        entityOfCountry[index] = entities.count - 1
        return entities.count - 1
    }

    /// The entity for gazetteer organization `index`, created on first use.
    func organizationEntity(_ index: Int) -> Int {
        if let existing = entityOfOrganization[index] { return existing }
        // (Read in place and made in the append, as in `countryEntity`.)
        entities.append(DocumentEntity(
            kind: .organization, name: gazetteer.organizations[index].name, gazetteerIndex: index,
            isNational: gazetteer.organizations[index].isNational, country: gazetteer.organizations[index].country))
        entityOfOrganization[index] = entities.count - 1
        return entities.count - 1
    }

    /// Records a mention, replacing the mentions it overlaps.
    @discardableResult
    func addMention(_ range: Range<Int>, entity: Int, form: Mention.Form) -> Int {
        for t in range where mentionAtToken[t] >= 0 {
            let old = Int(mentionAtToken[t])
            if mentions[old].entity >= 0 && mentions[old].form != .capital { entities[mentions[old].entity].isNamedInside = true }
            removeMention(old)
        }
        mentionVersion += 1
        mentions.append(Mention(tokens: range, entity: entity, form: form))
        let index = mentions.count - 1
        for t in range { mentionAtToken[t] = Int32(index) }
        if form != .pronoun && form != .description {
            entities[entity].addAlias(text.text(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end))
        }
        return index
    }

    /// Detaches mention `index` from its tokens (the slot stays, pointing nowhere).
    func removeMention(_ index: Int) {
        mentionVersion += 1
        for t in mentions[index].tokens where mentionAtToken[t] == Int32(index) { mentionAtToken[t] = -1 }
        mentions[index].entity = -1
    }

    /// The mention at token `t`, if any.
    @inline(__always) func mention(at t: Int) -> Mention? {
        guard t >= 0, t < tokens.count else { return nil }
        let index = mentionAtToken[t]
        return index >= 0 ? mentions[Int(index)] : nil
    }

    /// The word before the title words, "the", "'s" and country names that precede `start`,
    /// reading back no further than `lower`; nil when nothing else comes before them ("to" in
    /// "adviser to Brazil's President Lula", for Lula).
    func wordBeforeTitle(of start: Int, lower: Int) -> Int? {
        var j = start - 1
        while j >= lower {
            let keyCode = tokens[j].code
            if keyCode == Token.code("the") || keyCode == Token.code("'s") || titleTokens.contains(j) || has(j, .titleModifier) { j -= 1; continue }
            if let m = mention(at: j), m.entity >= 0, kind(of: m.entity) == .country { j = m.tokens.lowerBound - 1; continue }
            return j
        }
        return nil
    }

    @inline(__always) func mentionIndex(at t: Int) -> Int? {
        guard t >= 0, t < tokens.count else { return nil }
        let index = mentionAtToken[t]
        return index >= 0 ? Int(index) : nil
    }

    /// The live mentions of sentence `s`, in text order.
    func mentions(in s: Int) -> [Int] {
        if mentionsOfSentence[s].version == mentionVersion { return mentionsOfSentence[s].mentions }
        let result = mentions(in: sentences[s].tokens)
        mentionsOfSentence[s] = (mentionVersion, result)
        return result
    }

    /// Whether "called on" at token `v` is a courtesy call on persons ("Sabry called on Prime
    /// Minister Modi and Adviser Doval") rather than an appeal ("called on Pakistan to end ...").
    func isCourtesyCall(_ v: Int) -> Bool {
        guard v + 2 < tokens.count, tokens[v + 1].hasKey("on") || tokens[v + 1].hasKey("upon") else { return false }
        var t = v + 2
        var persons = 0
        while t < tokens.count, sentenceOfToken[t] == sentenceOfToken[v] {
            if let m = mention(at: t), m.entity >= 0 {
                // ("called on Bangladesh Nationalist Party (BNP) Chairperson Khaleda Zia": a body
                // inside the person's title.)
                if entities[m.entity].kind != .person, m.titleOf != nil {
                    t = m.tokens.upperBound
                    continue
                }
                guard entities[m.entity].kind == .person else { return false }
                persons += 1
                t = m.tokens.upperBound
                continue
            }
            let token = tokens[t]
            guard titleTokens.contains(t) || token.hasKey("and") || token.hasKey(",") || token.hasKey("the") || has(t, .honorific)
                || token.hasKey("(") || token.hasKey(")")
            else { break }
            t += 1
        }
        // An appeal names what the persons are to do.
        return persons > 0 && !(t < tokens.count && (tokens[t].hasKey("to") || tokens[t].hasKey("for")))
    }

    /// Whether "welcomed" at token `v` is a host receiving a person ("welcomed his Finnish
    /// counterpart Alexander Stubb to Riga Castle"), not approval ("welcomed the decision").
    func isWelcomeOfGuest(_ v: Int) -> Bool {
        var k = v + 1
        while k < tokens.count, sentenceOfToken[k] == sentenceOfToken[v],
            tokens[k].hasKey("his") || tokens[k].hasKey("her") || titleTokens.contains(k)
                || mention(at: k).map({ $0.entity >= 0 && entities[$0.entity].kind == .country && $0.form == .demonym }) ?? false
        {
            k += 1
        }
        guard let m = mention(at: k), m.entity >= 0, entities[m.entity].kind == .person, m.tokens.upperBound < tokens.count else { return false }
        var after = m.tokens.upperBound
        // "welcoming President of the European Council António Costa and President of the European
        // Commission Ursula von der Leyen to the ancient city": guests named one after another.
        while after + 1 < tokens.count, sentenceOfToken[after] == sentenceOfToken[v], tokens[after].hasKey("and") || tokens[after].hasKey(",") {
            var j = after + 1
            while j < tokens.count, sentenceOfToken[j] == sentenceOfToken[v], titleTokens.contains(j) || tokens[j].hasKey("his") || tokens[j].hasKey("her") { j += 1 }
            guard let next = mention(at: j), next.entity >= 0, entities[next.entity].kind == .person, next.tokens.upperBound < tokens.count else { break }
            after = next.tokens.upperBound
        }
        return tokens[after].hasKey("to") || tokens[after].hasKey("at") || tokens[after].hasKey("in")
    }

    /// The mentions inside a token range, in text order, visited without an array: for a
    /// look through them (`contains(where:)`, `first`, a loop); `mentions(in:)` for an array.
    func mentionIndices(in range: Range<Int>) -> MentionIndices {
        MentionIndices(range: range, mentionAt: mentionAtToken)
    }

    /// The mentions inside a token range, in text order.
    func mentions(in range: Range<Int>) -> [Int] {
        guard !range.isEmpty else { return [] }
        // One pass into a buffer on the stack, then an array of exactly their count (counting
        // first and then appending read every token twice; appending alone reallocated the
        // array for most sentences).
        return mentionAtToken.withUnsafeBufferPointer { mentionAt in
            precondition(range.lowerBound >= 0 && range.upperBound <= mentionAt.count, "DocumentAnalysis: token range out of bounds")
            return withUnsafeTemporaryAllocation(of: Int.self, capacity: range.count) { found in
                var count = 0
                var last = -1
                var t = range.lowerBound
                let end = range.upperBound
                let pairs = UnsafeRawPointer(mentionAt.baseAddress!)
                while t < end {
                    // Two tokens at once where neither is in a mention (most): both values
                    // are -1, the sign bits of the two Int32s read as one UInt64.
                    if t + 1 < end, pairs.loadUnaligned(fromByteOffset: t &* 4, as: UInt64.self) & 0x8000_0000_8000_0000 == 0x8000_0000_8000_0000 {
                        t += 2
                        continue
                    }
                    let m = Int(mentionAt[t])
                    if m >= 0 && m != last {
                        found[count] = m
                        count += 1
                        last = m
                    }
                    t += 1
                }
                guard count > 0 else { return [] }
                // (Not `Array(unsafeUninitializedCapacity:)`: see `Array(filling:count:)`.)
                var result: [Int] = []
                result.reserveCapacity(count)
                result.append(contentsOf: UnsafeBufferPointer(rebasing: found[..<count]))
                return result
            }
        }
    }

    /// The text of a token range as written.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text.text(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    @inline(__always) func kind(of entity: Int) -> DocumentEntity.Kind { entities[entity].kind }

    /// Adds a relation found in sentence `s`.
    func addRelation(_ kind: RelationKind, _ source: Int, _ target: Int, sentence s: Int, tone: String? = nil, cameo: String, date: String? = nil) {
        guard source != target, source >= 0, target >= 0 else { return }
        relations.append(FoundRelation(kind: kind, source: source, target: target, sentence: s, tone: tone, cameo: cameo, date: date))
    }
}

/// A relation found by a detector, between document entities.
struct FoundRelation: Sendable {
    var kind: RelationKind
    var source: Int
    var target: Int
    var sentence: Int
    var tone: String?
    var cameo: String
    var date: String?
}

/// A quotation: the tokens between an opening and a closing quote mark.
struct Quote: Sendable {
    var tokens: Range<Int>
    /// The speaker entities the quote is attributed to.
    var speakers: [Int] = []
}

extension DocumentAnalysis {
    /// The national body named by one word ("the Presidency"), created on first use.
    func bodyEntity(named name: String) -> Int {
        let key = Tokenizer.fold(name)
        if let existing = entityOfOrganizationKey[key] { return existing }
        entities.append(DocumentEntity(kind: .organization, name: name, isNational: true))
        entityOfOrganizationKey[key] = entities.count - 1
        return entities.count - 1
    }
}

extension DocumentAnalysis {
    /// The document entity of each gazetteer entry used, by the entry's index: an array
    /// (made on the first entry used) read like a dictionary, where a dictionary would
    /// hash the index at every mention of a country.
    struct GazetteerEntities: Sendable {
        private var slots: [Int32] = []

        subscript(index: Int) -> Int? {
            get {
                guard index >= 0, index < slots.count, slots[index] >= 0 else { return nil }
                return Int(slots[index])
            }
            set {
                if index >= slots.count {
                    guard newValue != nil else { return }
                    slots.append(contentsOf: repeatElement(-1, count: max(index + 1, 256) - slots.count))
                }
                slots[index] = Int32(newValue ?? -1)
            }
        }
    }
}
