import GraphModel

/// Finds reported statements: a speaker (person, country, international body),
/// a verb of speech ("said", "stressed", "welcomed", "according to") or a quote,
/// and what was said. Each entity named in what was said becomes a target of a
/// `statement` relation from the speaker, with the verb's tone and CAMEO code.
///
/// The speaker is found before the verb ("Hasanov noted"), after it ("said
/// Lavrov"), through a pronoun ("he said") or a description ("the Kazakh
/// President said"). What was said is the rest of the clause after the verb, the
/// part before a post-posed attribution ("Russia will ..., Lavrov said"), and the
/// quote the verb attributes (which may span sentences). Credits for the whole
/// report ("the Defence Ministry reported", "according to the ministry") and
/// spokespersons are not speakers; the person merely told or informed is not a
/// target; the speaker's own title is not what was said.
///
/// Its state is used by one thread, never through overlapping accesses: marked
/// `@exclusivity(unchecked)`, as in `DocumentAnalysis`, to skip the runtime check per access.
final class StatementDetector {
    let doc: DocumentAnalysis
    let coreference: CoreferenceResolver
    /// Speakers of the last statement, for unattributed quotes.
    @exclusivity(unchecked) private(set) var lastSpeakers: [Int] = []
    /// The speaker of the whole document ("Statement by High Representative ...").
    @exclusivity(unchecked) var documentSpeaker: Int? = nil
    /// Whether each sentence has a speaker (by sentence index: nothing hashed).
    @exclusivity(unchecked) private(set) var attributedSentences: [Bool]

    init(document: DocumentAnalysis, coreference: CoreferenceResolver) {
        doc = document
        self.coreference = coreference
        attributedSentences = Array(filling: false, count: document.sentences.count)
    }

    /// A speaker found for a verb.
    struct Speaker {
        var entities: [Int]
        var tokens: Range<Int>
        /// The speaker is credited for the report, not speaking.
        var isCredit: Bool
        var mentions: [Int]
        /// Found through a description ("the council", "the minister").
        var isDescription = false
    }

    /// Processes sentence `s`; returns the persons that spoke in it.
    @discardableResult
    func process(_ s: Int) -> [Int] {
        let sentence = doc.sentences[s]
        let range = sentence.tokens
        var verbs: [Int] = []
        // The word class before the call (as `isSpeechVerb` tests it first): most tokens are none.
        for v in range where doc.quoteOfToken[v] < 0 && doc.has(v, .speech) && isSpeechVerb(v, in: range) { verbs.append(v) }
        var found: [(verb: Int, speaker: Speaker)] = []
        for v in verbs {
            // "Ali thanked Mottley ... and pledged": the second verb shares the subject.
            var j = v - 1
            while j > range.lowerBound, doc.has(j, .adverb) { j -= 1 }
            if v > range.lowerBound, doc.tokens[j].hasKey("and") || doc.tokens[j].hasKey(","), let previous = found.last {
                found.append((v, Speaker(entities: previous.speaker.entities, tokens: v..<v, isCredit: previous.speaker.isCredit, mentions: previous.speaker.mentions, isDescription: previous.speaker.isDescription)))
                continue
            }
            if let speaker = speaker(of: v, in: range) { found.append((v, speaker)) }
        }
        // "according to X" ("according" by its class: one test per token).
        var t = range.lowerBound
        while t + 2 < range.upperBound {
            if doc.has(t, .according), doc.tokens[t].hasKey("according"), doc.tokens[t + 1].hasKey("to"), doc.quoteOfToken[t] < 0,
                let speaker = speakerAt(t + 2, in: range)
            {
                found.append((t + 1, speaker))
            }
            t += 1
        }
        if found.count > 1 { found.sort { $0.verb < $1.verb } }
        // "Hajiyev said that Azerbaijan welcomes ...": a country inside a person's statement is
        // what was said, not a second speaker.
        if let firstPerson = found.firstIndex(where: { $0.speaker.entities.contains { doc.kind(of: $0) == .person } }) {
            let personVerb = found[firstPerson].verb
            found.removeAll { item in
                item.verb > personVerb && !item.speaker.entities.isEmpty
                    && item.speaker.entities.allSatisfy { doc.kind(of: $0) != .person }
                    && !item.speaker.isCredit
            }
            // "Albudaiwi said the council reaffirmed ...": a description inside a named
            // speaker's statement is what was said, not another speaker.
            if !found[firstPerson].speaker.isDescription, !found[firstPerson].speaker.mentions.isEmpty {
                let speakerEntities = found[firstPerson].speaker.entities
                found.removeAll { item in
                    item.verb > personVerb && item.speaker.isDescription && item.speaker.entities != speakerEntities
                        && !(personVerb..<item.verb).contains { doc.tokens[$0].hasKey(";") }
                }
            }
        }
        var spoke: [Int] = []
        for (index, item) in found.enumerated() {
            let (v, speaker) = item
            let nextStart = index + 1 < found.count ? min(found[index + 1].speaker.tokens.lowerBound, found[index + 1].verb) : range.upperBound
            var content: [Range<Int>] = []
            var afterStart = max(v + 1, speaker.tokens.lowerBound > v ? speaker.tokens.upperBound : v + 1)
            // "said at a press conference on Thursday that ...": what was said starts after "that".
            if afterStart < nextStart, (doc.tokens[afterStart].hasKey("at") || doc.tokens[afterStart].hasKey("in") || doc.tokens[afterStart].hasKey("on") || doc.tokens[afterStart].hasKey("during") || doc.tokens[afterStart].hasKey("after") || doc.tokens[afterStart].hasKey("before") || doc.tokens[afterStart].hasKey("while")) {
                var k = afterStart
                while k < min(nextStart, afterStart + 40), !doc.tokens[k].hasKey("that"), !doc.tokens[k].hasKey(":"), !doc.tokens[k].isQuote { k += 1 }
                // `"...," Kamikawa said at the start of the meeting, attended by Blinken and Wong`: after a
                // quote, where it was said, and what follows it but a verb of speech, is the narrator's.
                let afterQuote = speaker.tokens.lowerBound > range.lowerBound && speaker.tokens.lowerBound < v
                    && (doc.tokens[speaker.tokens.lowerBound - 1].isQuote
                        || doc.tokens[speaker.tokens.lowerBound - 1].hasKey(",") && speaker.tokens.lowerBound >= range.lowerBound + 2 && doc.tokens[speaker.tokens.lowerBound - 2].isQuote)
                if k < nextStart, doc.tokens[k].hasKey("that") {
                    afterStart = k + 1
                } else if afterQuote, k >= nextStart || !doc.tokens[k].hasKey(":") && !doc.tokens[k].isQuote {
                    var comma = afterStart
                    while comma < nextStart, !doc.tokens[comma].hasKey(",") { comma += 1 }
                    afterStart = comma + 1 < nextStart && doc.has(comma + 1, .speech) && !doc.tokens[comma + 1].isCapitalized ? comma + 1 : nextStart
                } else if k >= nextStart || !doc.tokens[k].hasKey(":"), doc.tokens[afterStart].hasKey("in"),
                    (afterStart + 1..<min(nextStart, afterStart + 4)).contains(where: { doc.tokens[$0].hasKey("statement") || doc.tokens[$0].hasKey("communique") || doc.tokens[$0].hasKey("communiqué") || doc.tokens[$0].hasKey("release") || doc.tokens[$0].hasKey("message") })
                {
                    // `," Türkiye said in a written statement issued by the Turkish Foreign Ministry.`:
                    // how it was said, not what; anything said follows a comma.
                    var end = afterStart
                    while end < nextStart, !doc.tokens[end].hasKey(","), !doc.tokens[end].isQuote { end += 1 }
                    afterStart = end
                }
            }
            // "It added:" closing a paragraph: the next paragraph is what was said.
            if let colon = (v + 1..<min(range.upperBound + 1, v + 3)).first(where: { $0 < doc.tokens.count && doc.tokens[$0].hasKey(":") }),
                colon + 1 < doc.tokens.count, doc.tokens[colon + 1].flags.contains(.paragraphStart), !doc.tokens[colon + 1].isQuote
            {
                var end = colon + 2
                while end < doc.tokens.count, !doc.tokens[end].flags.contains(.paragraphStart) { end += 1 }
                content.append(colon + 1..<end)
            }
            if afterStart < nextStart && nextStart > v {
                // "hailed the results of the summit she hosted in Apulia, where the leaders of ...
                // gathered": a relative clause of place is the narrator's, not what was said.
                let whereClause = (afterStart..<nextStart - 1).first {
                    doc.tokens[$0].hasKey(",") && doc.tokens[$0 + 1].hasKey("where") && doc.quoteOfToken[$0] < 0
                }
                content.append(afterStart..<(whereClause ?? nextStart))
            }
            // Post-posed attribution: "Russia will continue ..., Lavrov said".
            let previousEnd = index > 0 ? found[index - 1].verb + 1 : range.lowerBound
            var subjectStart = min(speaker.tokens.lowerBound, v)
            // The speaker's own title belongs to the subject: "Russian Foreign Minister Sergey Lavrov said".
            while subjectStart > range.lowerBound, doc.titleTokens.contains(subjectStart - 1) { subjectStart -= 1 }
            if subjectStart > previousEnd, index == 0 || found[index - 1].speaker.isCredit == false {
                let isIntro = doc.has(range.lowerBound, .intro) && !(doc.has(range.lowerBound, .speech))
                let beforeSubject = doc.tokens[subjectStart - 1]
                if (!isIntro && (beforeSubject.hasKey(",") || beforeSubject.isQuote)) || doc.has(range.lowerBound, .speech) {
                    content.append(previousEnd..<subjectStart)
                }
            }
            // The quote the verb attributes: `"...," he said` or `said: "..."`.
            var quoteIndexes: [Int] = []
            // `," von der Leyen told`: the name's lowercase particles sit between quote and name.
            var nameStart = subjectStart
            while nameStart > range.lowerBound, subjectStart - nameStart < 3, doc.has(nameStart - 1, .particle) { nameStart -= 1 }
            // (Each place probed by a call: a list of the eight was an array per speaker.)
            func probe(_ probe: Int) {
                guard range.contains(probe) else { return }
                let flags = doc.tokens[probe].flags
                if flags.contains(.closeQuote), probe > 0, doc.quoteOfToken[probe - 1] >= 0, probe < v || probe < speaker.tokens.lowerBound {
                    quoteIndexes.append(Int(doc.quoteOfToken[probe - 1]))
                } else if flags.contains(.openQuote), probe + 1 < doc.tokens.count, doc.quoteOfToken[probe + 1] >= 0, probe > v {
                    quoteIndexes.append(Int(doc.quoteOfToken[probe + 1]))
                }
            }
            probe(subjectStart - 1)
            probe(subjectStart - 2)
            probe(nameStart - 1)
            probe(v - 1)
            probe(v - 2)
            probe(speaker.tokens.upperBound)
            probe(v + 1)
            probe(v + 2)
            // A spokesperson relaying a readout ("Spokesman Fahmy said Blinken conveyed ...") is
            // credited for the report; one giving the government's position ("Kremlin spokesman
            // Peskov said serious preparation was needed") speaks.
            let isCredit = speaker.isCredit && !(isSpokesperson(speaker) && !relaysOthers(content))
            // Each quote once (an array of a few: no set).
            for (i, q) in quoteIndexes.enumerated() where !quoteIndexes[..<i].contains(q) {
                if isCredit || speaker.entities.isEmpty {
                    doc.quotes[q].speakers = [-1]
                } else {
                    doc.quotes[q].speakers = speaker.entities
                }
                content.append(doc.quotes[q].tokens)
            }
            guard !isCredit, !speaker.entities.isEmpty else { continue }
            let info = doc.lexicon.verbs[doc.tokens[v].key] ?? Lexicon.VerbInfo(tone: "neutral", cameo: "010")
            let excluded = doc.has(v, .tellVerb) ? toldObject(after: v, limit: nextStart) : []
            emit(speaker, content: content, excluding: excluded, sentence: s, info: info)
            spoke.append(contentsOf: speaker.entities)
        }
        if sentence.isHeadline && spoke.isEmpty { spoke = processHeadline(s) }
        if !spoke.isEmpty {
            attributedSentences[s] = true
            lastSpeakers = spoke
        }
        return spoke
    }

    /// Finds the speaker of the whole document in its headline: "Statement by High
    /// Representative Federica Mogherini on ...", "Statement of the Chairperson of ...".
    func findDocumentSpeaker() {
        guard let headline = doc.sentences.first, headline.isHeadline, headline.tokens.count >= 3 else { return }
        let start = headline.tokens.lowerBound
        guard doc.tokens[start].hasKey("statement") || doc.tokens[start].hasKey("remarks") || doc.tokens[start].hasKey("message"),
            doc.tokens[start + 1].hasKey("by") || doc.tokens[start + 1].hasKey("of")
        else { return }
        for t in headline.tokens {
            if let m = doc.mention(at: t), m.entity >= 0, doc.kind(of: m.entity) == .person {
                documentSpeaker = m.entity
                return
            }
        }
        var end = start + 2
        while end < headline.tokens.upperBound, !doc.tokens[end].hasKey("on") { end += 1 }
        var heads: [String] = []
        for t in start + 2..<end where doc.has(t, .titleHead) { heads.append(doc.tokens[t].key) }
        if !heads.isEmpty { documentSpeaker = coreference.resolve(countries: [], heads: [heads[0]], at: start) }
    }

    /// A sentence of a statement document with no speaker of its own is the document speaker's.
    func processDefault(_ s: Int) {
        guard let speaker = documentSpeaker, !attributedSentences[s], !doc.sentences[s].isHeadline else { return }
        let firstMention = doc.mentions.firstIndex { $0.entity == speaker }
        let mentions = doc.mentions.indices.filter { doc.mentions[$0].entity == speaker }
        _ = firstMention
        emit(Speaker(entities: [speaker], tokens: 0..<0, isCredit: false, mentions: mentions), content: [doc.sentences[s].tokens],
            excluding: [], sentence: s, info: Lexicon.VerbInfo(tone: "neutral", cameo: "010"))
        attributedSentences[s] = true
    }

    /// "President Aliyev: Azerbaijan strongly supports ...": a headline that quotes its speaker.
    func processHeadline(_ s: Int) -> [Int] {
        let sentence = doc.sentences[s]
        guard sentence.isHeadline, let colon = sentence.tokens.first(where: { doc.tokens[$0].hasKey(":") }), colon > sentence.tokens.lowerBound,
            let m = doc.mentionIndex(at: colon - 1), doc.mentions[m].entity >= 0, doc.kind(of: doc.mentions[m].entity) == .person,
            doc.tokens[sentence.tokens.lowerBound..<doc.mentions[m].tokens.lowerBound].allSatisfy({ doc.titleTokens.contains($0.start) || doc.lexicon.has($0.key, .titleHead) || doc.lexicon.has($0.key, .titleModifier) || doc.lexicon.has($0.key, .honorific) })
        else { return [] }
        let speaker = Speaker(entities: [doc.mentions[m].entity], tokens: doc.mentions[m].tokens, isCredit: false, mentions: [m])
        emit(speaker, content: [colon + 1..<sentence.tokens.upperBound], excluding: [], sentence: s, info: Lexicon.VerbInfo(tone: "neutral", cameo: "010"))
        return speaker.entities
    }

    /// Targets of `speaker`'s statement: entities named in `content`.
    func emit(_ speaker: Speaker, content: [Range<Int>], excluding: [Int], sentence s: Int, info: Lexicon.VerbInfo) {
        var seen: [Int] = []  // a handful: an array, not a hashed set
        // The country a statement opens with is usually the speaker's own ("Russia will continue ...").
        // ("He thanked the Republic of Iraq": the object of praise or blame is not.)
        if info.cameo == "010", speaker.entities.count == 1, doc.kind(of: speaker.entities[0]) == .person, doc.entities[speaker.entities[0]].statedCountry == nil,
            let range = content.first, let m = doc.mentionIndices(in: range).first
        {
            let mention = doc.mentions[m]
            let end = mention.tokens.upperBound
            if mention.entity >= 0, doc.kind(of: mention.entity) == .country, mention.form == .name,
                mention.tokens.lowerBound <= range.lowerBound + 1, end < doc.tokens.count, !doc.tokens[end].hasKey("'s"), !doc.tokens[end].hasKey("-")
            {
                doc.entities[speaker.entities[0]].statedCountry = mention.entity
            }
        }
        for range in content {
            for m in doc.mentionIndices(in: range) where !excluding.contains(m) {
                let mention = doc.mentions[m]
                guard mention.entity >= 0, mention.form != .pronoun, mention.form != .description else { continue }
                if mention.form == .capital, mention.tokens.lowerBound > 0, doc.has(mention.tokens.lowerBound - 1, .location) { continue }
                if let owner = mention.titleOf, speaker.mentions.contains(owner) { continue }
                if speaker.mentions.contains(m) { continue }
                if doc.entities[mention.entity].isSourceOnly { continue }
                if seen.contains(mention.entity) { continue }
                seen.append(mention.entity)
                for source in speaker.entities where source != mention.entity {
                    doc.addRelation(.statement, source, mention.entity, sentence: s, tone: info.tone, cameo: info.cameo)
                }
            }
        }
    }

    /// Whether token `v` is a verb of speech used as one.
    /// Words before a bare verb of speech that make it a verb ("we welcome").
    private static let subjectWords: KeySet = ["we", "they", "i", "you", "and", "also", "both", "jointly", "strongly", "further", "fully"]
    /// What one extends that makes "extend" a verb of speech ("extended condolences").
    private static let extendedObjects: KeySet = [
        "invitation", "condolences", "congratulations", "greetings", "gratitude", "thanks", "wishes", "felicitations", "sympathy", "appreciation",
    ]

    func isSpeechVerb(_ v: Int, in range: Range<Int>) -> Bool {
        // The word class first: most tokens are no verb of speech, and are not copied.
        guard doc.has(v, .speech) else { return false }
        // Flags and keys read in place, and the neighbours' keys compared by their codes
        // (an ASCII key of up to eight bytes is its code; "" when there is no neighbour is
        // code 0, no literal's): binding the tokens would copy them.
        let flags = doc.tokens[v].flags
        guard flags.contains(.word), !flags.contains(.capitalized) || v == range.lowerBound else { return false }
        let previous = v > range.lowerBound ? doc.tokens[v - 1].code : 0
        let next = v + 1 < range.upperBound ? doc.tokens[v + 1].code : 0
        switch previous {
        case Token.code("to"), Token.code("be"), Token.code("been"), Token.code("being"), Token.code("a"), Token.code("the"), Token.code("his"), Token.code("her"):
            return false
        default: break
        }
        if v > range.lowerBound && doc.has(v - 1, .copula) && previous != Token.code("has") && previous != Token.code("have") && previous != Token.code("had") { return false }
        if v > range.lowerBound && doc.has(v - 1, .future) { return false }
        // "Somalia was formally admitted": a passive behind an adverb has no speaker either.
        var p = v - 1
        while p > range.lowerBound, v - p <= 2, doc.has(p, .adverb) || doc.tokens[p].keyHasSuffix("ly") && !doc.tokens[p].isCapitalized { p -= 1 }
        if p < v - 1, p >= range.lowerBound, (doc.tokens[p].hasKey("be") || doc.tokens[p].hasKey("been") || doc.tokens[p].hasKey("being"))
            || doc.has(p, .copula) && !(doc.tokens[p].hasKey("has") || doc.tokens[p].hasKey("have") || doc.tokens[p].hasKey("had"))
        {
            return false
        }
        // A bare form is a verb after its subject ("we welcome", "Leaders affirm"), else a noun ("the warm welcome").
        let verb = doc.tokens[v].code
        let isBare = !doc.tokens[v].keyHasSuffix("ed") && !doc.tokens[v].keyHasSuffix("ing") && !doc.tokens[v].keyHasSuffix("s")
            && verb != Token.code("said") && verb != Token.code("told") && verb != Token.code("wrote")
        if isBare, v > range.lowerBound {
            let subjectLike = Self.subjectWords.contains(doc.tokens[v - 1])
                || doc.mentionAtToken[v - 1] >= 0 || doc.tokens[v - 1].isCapitalized || doc.has(v - 1, .titleHead)
            if !subjectLike { return false }
        }
        if verb == Token.code("thanks") && next == Token.code("to") { return false }
        // A host welcoming a guest to a place meets, says nothing.
        if (doc.tokens[v].hasKey("welcomed") || doc.tokens[v].hasKey("welcomes")) && doc.isWelcomeOfGuest(v) { return false }
        switch doc.tokens[v] {
        case "call", "calls", "called", "calling":
            return next == Token.code("for") || (next == Token.code("on") || next == Token.code("upon")) && !doc.isCourtesyCall(v)
        case "pointed": return next == Token.code("out")
        case "extend", "extends", "extended", "extending":
            return (v + 1..<min(range.upperBound, v + 4)).contains { Self.extendedObjects.contains(doc.tokens[$0]) }
        case "referred": return next == Token.code("to")
        // "the member states, China and India": a noun, unless a subject or "that" makes it a verb.
        case "states":
            return next == Token.code("that") || next == Token.code(":") || doc.tokens[min(v + 1, range.upperBound - 1)].isQuote
                || previous == Token.code("he") || previous == Token.code("she") || previous == Token.code("it")
                || v > range.lowerBound && doc.mentionAtToken[v - 1] >= 0 && doc.tokens[v - 1].isCapitalized
        case "remarks", "comment", "comments", "statement", "note", "present", "brief", "update", "review", "support", "state", "address", "commit", "hope", "promise", "outline":
            return previous != Token.code("the") && previous != Token.code("a") && (v > range.lowerBound && doc.has(v - 1, .pronoun)) == false && next != Token.code("of")
        default:
            return true
        }
    }

    /// The speaker of the verb at `v`: before it, or after it in an inversion.
    func speaker(of v: Int, in range: Range<Int>) -> Speaker? {
        var j = v - 1
        while j >= range.lowerBound, doc.has(j, .adverb) || (doc.tokens[j].hasKey("has") || doc.tokens[j].hasKey("have") || doc.tokens[j].hasKey("had") || doc.tokens[j].hasKey("did") || doc.tokens[j].hasKey("once") || doc.tokens[j].hasKey("again") || doc.tokens[j].hasKey("and")) && j == v - 1 {
            j -= 1
        }
        // "Interior Minister Gerhard Karner (ÖVP) said": a party or an age in brackets after the subject.
        if j > range.lowerBound + 1, doc.tokens[j].hasKey(")"),
            let open = (max(range.lowerBound, j - 6)..<j).last(where: { doc.tokens[$0].hasKey("(") }), open > range.lowerBound,
            doc.mention(at: open - 1) != nil
        {
            j = open - 1
        }
        // "Erdogan hosts Sudani, pledges ...": a verb after a comma or "and" shares the subject of
        // the verb before it.
        if j > range.lowerBound, doc.tokens[j].hasKey(",") || doc.tokens[j].hasKey("and") {
            var u = j - 1
            while u > range.lowerBound, !(doc.has(u, .meeting) || doc.has(u, .speech)) || doc.quoteOfToken[u] >= 0 {
                if doc.tokens[u].hasKey(",") || doc.tokens[u].hasKey(";") || doc.has(u, .copula) { break }
                u -= 1
            }
            if u > range.lowerBound, u < j, doc.has(u, .meeting) || doc.has(u, .speech), !doc.tokens[u].isCapitalized || doc.sentences[Int(doc.sentenceOfToken[u])].isHeadline,
                !doc.tokens[u].hasKey("meeting"), let found = speaker(of: u, in: range)
            {
                return found
            }
        }
        // "..., Macron, who praised ...": the relative pronoun's antecedent.
        if j > range.lowerBound, doc.tokens[j].hasKey("who") {
            var k = j - 1
            if doc.tokens[k].hasKey(",") { k -= 1 }
            if k >= range.lowerBound, let m = doc.mentionIndex(at: k), doc.mentions[m].entity >= 0, doc.kind(of: doc.mentions[m].entity) == .person {
                return makeSpeaker(m, in: range)
            }
            return nil
        }
        // Inversion: `," said Lavrov` or `, said the minister`.
        if j < range.lowerBound || doc.tokens[j].isQuote || doc.tokens[j].hasKey(",") && (j == range.lowerBound || doc.tokens[j - 1].isQuote) {
            var k = v + 1
            while k < range.upperBound, doc.has(k, .adverb) { k += 1 }
            if k < range.upperBound, let speaker = speakerAt(k, in: range) { return speaker }
            if j < range.lowerBound { return nil }
        }
        // "Blinken, who held a meeting with Haavisto and Billström ..., said": the persons
        // in the relative clause are not the subject; its antecedent is.
        if j > range.lowerBound, doc.tokens[j].hasKey(",") {
            var k = j - 1
            while k > range.lowerBound + 1, j - k < 40, !doc.tokens[k].hasKey(";"), !doc.tokens[k].isQuote {
                if (doc.tokens[k].hasKey("who") || doc.tokens[k].hasKey("whose") || doc.tokens[k].hasKey("which")), doc.tokens[k - 1].hasKey(",") {
                    if doc.mention(at: k - 2) != nil { j = k - 2 }
                    break
                }
                k -= 1
            }
        }
        // Back over the subject's appositive and prepositional phrases.
        var steps = 0
        while j >= range.lowerBound, steps < 40 {
            steps += 1
            // The token read in place (binding it would copy it).
            if doc.tokens[j].hasKey(";") || doc.tokens[j].hasKey("that") || doc.tokens[j].isQuote || doc.quoteOfToken[j] >= 0 { return nil }
            if let m = doc.mentionIndex(at: j), doc.mentions[m].entity >= 0 {
                let mention = doc.mentions[m]
                if doc.titleTokens.contains(j) || mention.titleOf != nil || inPrepositionalPhrase(mention.tokens.lowerBound, lower: range.lowerBound)
                    || (mention.tokens.upperBound < range.upperBound && doc.tokens[mention.tokens.upperBound].hasKey("'s"))
                    || (doc.kind(of: mention.entity) == .country && mention.form == .demonym)
                {
                    j = mention.tokens.lowerBound - 1
                    continue
                }
                return makeSpeaker(m, in: range)
            }
            if coreference.isHonorificPronoun(at: j) {
                guard let p = coreference.honorificReferent(at: j) else { return nil }
                return Speaker(entities: [p], tokens: j - 1..<j + 1, isCredit: isCredit(p), mentions: [])
            }
            if doc.has(j, .pronoun) && (doc.tokens[j].hasKey("he") || doc.tokens[j].hasKey("she")) {
                guard let p = coreference.pronounReferent(at: j, currentSubjects: []) else { return nil }
                return Speaker(entities: [p], tokens: j..<j + 1, isCredit: isCredit(p), mentions: [])
            }
            if doc.tokens[j].hasKey("it"), j == range.lowerBound || j == v - 1, let last = lastSpeakers.first, doc.kind(of: last) != .person {
                return Speaker(entities: [last], tokens: j..<j + 1, isCredit: false, mentions: [])
            }
            if doc.tokens[j].hasKey("they") || doc.tokens[j].hasKey("both") && j == range.lowerBound {
                guard coreference.group.count >= 2 else { return nil }
                return Speaker(entities: coreference.group, tokens: j..<j + 1, isCredit: false, mentions: [])
            }
            if doc.has(j, .titleHead), !doc.titleTokens.contains(j) {
                // "the Kazakh President said"; a description that names no one known stops the search.
                guard let found = coreference.description(endingAt: j + 1, lower: range.lowerBound) else { return nil }
                return Speaker(entities: found.persons, tokens: found.range, isCredit: found.persons.contains { isCredit($0) }, mentions: doc.mentions(in: found.range), isDescription: true)
            }
            if doc.tokens[j].hasKey("side"), j > range.lowerBound, let m = doc.mention(at: j - 1), doc.kind(of: m.entity) == .country {
                return Speaker(entities: [m.entity], tokens: m.tokens.lowerBound..<j + 1, isCredit: false, mentions: [doc.mentionIndex(at: j - 1)!])
            }
            if doc.tokens[j].isWord && !doc.tokens[j].isCapitalized && (doc.has(j, .speech) || doc.has(j, .meeting)) && j < v - 1 {
                // "spoke at the open part of the meeting and said": keep looking for the subject.
            }
            j -= 1
        }
        return nil
    }

    /// A speaker named at token `k` (after "according to", or in an inversion).
    func speakerAt(_ k: Int, in range: Range<Int>) -> Speaker? {
        if let m = doc.mentionIndex(at: k), doc.mentions[m].entity >= 0 { return makeSpeaker(m, in: range) }
        let token = doc.tokens[k]
        if coreference.isHonorificPronoun(at: k), let p = coreference.honorificReferent(at: k) {
            return Speaker(entities: [p], tokens: k - 1..<k + 1, isCredit: isCredit(p), mentions: [])
        }
        if token.hasKey("he") || token.hasKey("she"), let p = coreference.pronounReferent(at: k, currentSubjects: []) {
            return Speaker(entities: [p], tokens: k..<k + 1, isCredit: isCredit(p), mentions: [])
        }
        // "the Kazakh Head of State", "the minister": a description up to the clause end.
        var end = k
        while end < range.upperBound, !doc.tokens[end].hasKey(","), !doc.tokens[end].hasKey("."), !doc.tokens[end].isQuote, end - k < 8 { end += 1 }
        while end > k {
            if let found = coreference.description(endingAt: end, lower: k), found.range.lowerBound >= k - 1 {
                return Speaker(entities: found.persons, tokens: found.range, isCredit: false, mentions: doc.mentions(in: found.range))
            }
            end -= 1
        }
        // "according to the ministry", "according to press reports": a credit.
        if token.hasKey("the") || token.hasKey("a") || token.hasKey("press") {
            return Speaker(entities: [], tokens: k..<min(k + 3, range.upperBound), isCredit: true, mentions: [])
        }
        return nil
    }

    /// The speaker made of mention `m` and the persons coordinated with it.
    private func makeSpeaker(_ m: Int, in range: Range<Int>) -> Speaker? {
        let mention = doc.mentions[m]
        let entity = mention.entity
        let kind = doc.kind(of: entity)
        if kind == .organization {
            let credit = doc.entities[entity].isNational || doc.entities[entity].gazetteerIndex == nil
            if credit { doc.entities[entity].isSourceOnly = doc.entities[entity].isSourceOnly || true }
            return Speaker(entities: [entity], tokens: mention.tokens, isCredit: credit, mentions: [m])
        }
        if kind == .country && mention.form == .demonym { return nil }
        var entities = [entity]
        var mentions = [m]
        var start = mention.tokens.lowerBound
        // Coordination: "Borrell and Blinken", "Ministers Joly and Le Drian".
        var j = start - 1
        while j > range.lowerBound, doc.titleTokens.contains(j) && doc.mention(at: j).map({ doc.kind(of: $0.entity) != .person }) ?? true { j -= 1 }
        var sawAnd = doc.sentences[Int(doc.sentenceOfToken[range.lowerBound])].isHeadline  // "Japan, S. Korea confirm"
        while j > range.lowerBound, doc.tokens[j].hasKey("her") || doc.tokens[j].hasKey("his") { j -= 1 }
        while j > range.lowerBound, doc.tokens[j].hasKey("and") || doc.tokens[j].hasKey(",") && sawAnd {
            sawAnd = true
            var k = j - 1
            while k >= range.lowerBound, doc.titleTokens.contains(k) && doc.mention(at: k).map({ doc.kind(of: $0.entity) != .person }) ?? true { k -= 1 }
            guard k >= range.lowerBound, let other = doc.mentionIndex(at: k), doc.mentions[other].entity >= 0,
                doc.kind(of: doc.mentions[other].entity) == kind
            else { break }
            entities.insert(doc.mentions[other].entity, at: 0)
            mentions.insert(other, at: 0)
            start = doc.mentions[other].tokens.lowerBound
            j = start - 1
        }
        let credit = kind == .person && isCredit(entity)
        return Speaker(entities: entities, tokens: start..<mention.tokens.upperBound, isCredit: credit, mentions: mentions)
    }

    /// Spokespersons relay a readout: they are not speakers.
    /// Whether the speaker is one spokesperson (a person whose role makes them a credit).
    private func isSpokesperson(_ speaker: Speaker) -> Bool {
        speaker.entities.count == 1 && doc.kind(of: speaker.entities[0]) == .person && isCredit(speaker.entities[0])
    }

    /// Whether what was said reports someone else's words or meeting: a person named in it
    /// followed by a verb of speech or meeting ("said Blinken conveyed", "said the two
    /// presidents discussed").
    private func relaysOthers(_ content: [Range<Int>]) -> Bool {
        for range in content {
            for t in range where doc.quoteOfToken[t] < 0 && (doc.has(t, .speech) || doc.has(t, .meeting)) && !doc.tokens[t].isCapitalized {
                let before = max(range.lowerBound, t - 8)..<t
                if before.contains(where: { k in
                    doc.mention(at: k).map { $0.entity >= 0 && doc.kind(of: $0.entity) == .person } ?? false
                        || doc.tokens[k].hasKey("two") || doc.tokens[k].hasKey("both") || doc.tokens[k].hasKey("sides") || doc.tokens[k].hasKey("they")
                }) {
                    return true
                }
            }
        }
        return false
    }

    func isCredit(_ person: Int) -> Bool {
        doc.entities[person].role.contains { Folding.foldedContains($0, anyOf: "spokes", "press secretary", "press service") }
    }

    /// Whether the mention starting at `start` sits in a prepositional phrase.
    func inPrepositionalPhrase(_ start: Int, lower: Int) -> Bool {
        guard let j = doc.wordBeforeTitle(of: start, lower: lower) else { return false }
        switch doc.tokens[j] {
        case "in", "at", "of", "to", "with", "for", "from", "on", "by", "during", "after", "before", "about", "between", "among", "into", "toward", "towards", "against", "than", "like", "under", "over", "within":
            return true
        default:
            return false
        }
    }

    /// The mentions of the object of a verb of telling ("informed the news agency MTI").
    private func toldObject(after v: Int, limit: Int) -> [Int] {
        var result: [Int] = []
        var k = v + 1
        // "told a joint press conference with A, B and C": the whole audience.
        var audience = false
        while k < limit {
            let keyCode = doc.tokens[k].code
            if keyCode == Token.code("with"), k > v + 1, (doc.tokens[k - 1].hasKey("conference") || doc.tokens[k - 1].hasKey("briefing") || doc.tokens[k - 1].hasKey("reporters") || doc.tokens[k - 1].hasKey("journalists")) { audience = true }
            if keyCode == Token.code("that") || keyCode == Token.code("of") || keyCode == Token.code("on") || keyCode == Token.code("about") || keyCode == Token.code(",") && !audience || keyCode == Token.code("to") || keyCode == Token.code(":") || doc.tokens[k].isQuote { break }
            if let m = doc.mentionIndex(at: k), !result.contains(m) { result.append(m) }
            k += 1
        }
        return result
    }

    /// Gives quotes with no attribution of their own to the speaker the context gives.
    func attributeRemainingQuotes() {
        for q in doc.quotes.indices where doc.quotes[q].speakers.isEmpty {
            let quote = doc.quotes[q]
            guard let first = quote.tokens.first, doc.sentenceOfToken[first] >= 0 else { continue }
            let s = Int(doc.sentenceOfToken[first])
            // The speaker of the sentence it sits in, else the last speaker before it.
            let speakers = speakersBefore(sentence: s)
            guard !speakers.isEmpty else { continue }
            let speaker = Speaker(entities: speakers, tokens: first..<first, isCredit: false, mentions: [])
            emit(speaker, content: [quote.tokens], excluding: [], sentence: s, info: Lexicon.VerbInfo(tone: "neutral", cameo: "010"))
            doc.quotes[q].speakers = speakers
        }
    }

    @exclusivity(unchecked) private var speakersBySentence: [Int: [Int]] = [:]

    /// Records the speakers of sentence `s`.
    func record(_ speakers: [Int], sentence s: Int) {
        if !speakers.isEmpty { speakersBySentence[s] = speakers }
    }

    private func speakersBefore(sentence s: Int) -> [Int] {
        var t = s
        let paragraph = doc.sentences[s].paragraph
        while t >= 0 {
            if let speakers = speakersBySentence[t] { return speakers }
            if paragraph - doc.sentences[t].paragraph > 2 { break }
            t -= 1
        }
        return []
    }
}
