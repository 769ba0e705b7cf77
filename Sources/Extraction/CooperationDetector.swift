import GraphModel

/// Finds cooperation between countries and organizations: "cooperation between
/// A and B", "A-B cooperation", "A and B are cooperating", partners and allies,
/// coordination, working together, support given to the other party ("A's support
/// to B", "A supports B") and agreements signed together.
///
/// A wish to start or deepen cooperation ("want further cooperation", "interest
/// in cooperation"), discussing cooperation and support for a cause or for an
/// operation in a country are not cooperation. Persons stand for their countries,
/// "the two countries" for the countries of the current meeting, and "we"/"our"
/// in a statement for the speaker's country.
struct CooperationDetector {
    let doc: DocumentAnalysis
    let coreference: CoreferenceResolver

    private static let wishes: KeySet = [
        "want", "wants", "wanted", "wish", "wishes", "hope", "hopes", "interest", "interested", "discuss", "discussed",
        "discussing", "discussion", "discussions", "explore", "explored", "exploring", "possible", "potential",
        "proposed", "propose", "could", "would", "future", "new", "start", "establish", "expansion", "expand",
        "ways", "areas", "prospects", "opportunities", "invited", "invitation", "views", "agenda", "enhance",
        "step", "deepen", "intensify", "boost", "negotiations", "negotiation",
    ]

    /// Nouns that make a cooperation word the name of a document ("partnership agreement"):
    /// cooperation only when signed.
    private static let documents: KeySet = ["agreement", "agreements", "treaty", "accord", "deal", "memorandum", "pact"]

    /// Nouns of support given: a party gives them to another ("assistance to", "funding for").
    /// (`process` lets the short ones through by their codes before testing this set: a
    /// short word added here must be added there.)
    private static let supportNounWords = ["assistance", "funding", "contribution", "contributions", "aid", "equipment"]
    private static let supportNouns = KeySet(supportNounWords)
    /// The words other than cooperation words (`.coop`) that `process` reads: those its rules
    /// test for, and the support nouns (`Lexicon.WordClass.cooperationStart`).
    static let startWords = ["together", "joint", "closely", "jointly", "side", "troops", "troop"] + supportNounWords
    private static let startClasses: Lexicon.WordClass = [.coop, .cooperationStart]

    /// Processes sentence `s`; `speakers` are its speakers (for "we", "our").
    func process(_ s: Int, speakers: [Int]) {
        let range = doc.sentences[s].tokens
        // Tokens with no cooperation word, none of the words tested below, no support noun nor
        // "troops", are passed over at once (as by the guard below), by one test of their classes.
        for t in doc.tokens(in: range, withAnyOf: Self.startClasses) {
            let keyCode = doc.tokens[t].code
            var isTrigger = doc.has(t, .coop)
            if keyCode == Token.code("together"), t > range.lowerBound, (doc.tokens[t - 1].hasKey("work") || doc.tokens[t - 1].hasKey("working") || doc.tokens[t - 1].hasKey("worked") || doc.tokens[t - 1].hasKey("works") || doc.tokens[t - 1].hasKey("closely") || doc.tokens[t - 1].hasKey("cooperate") || doc.tokens[t - 1].hasKey("stand")) { isTrigger = true }
            if keyCode == Token.code("joint") && t + 1 < range.upperBound && doc.tokens[t + 1].hasKey("efforts") { isTrigger = true }
            // "we will continue to work closely with Sweden".
            if keyCode == Token.code("closely"), t > range.lowerBound, t + 1 < range.upperBound, doc.tokens[t + 1].hasKey("with"),
                (doc.tokens[t - 1].hasKey("work") || doc.tokens[t - 1].hasKey("working") || doc.tokens[t - 1].hasKey("worked") || doc.tokens[t - 1].hasKey("works"))
            {
                isTrigger = true
            }
            // "clearing mines jointly with Bulgaria", "fought side by side".
            var linksAll = keyCode == Token.code("together")
            if keyCode == Token.code("jointly"), t + 1 < range.upperBound, doc.tokens[t + 1].hasKey("with") { isTrigger = true }
            if keyCode == Token.code("side"), t + 2 < range.upperBound, doc.tokens[t + 1].hasKey("by"), doc.tokens[t + 2].hasKey("side"),
                t == range.lowerBound || !doc.tokens[t - 1].hasKey("by")
            {
                isTrigger = true
                linksAll = true
            }
            // "provided funding for the Forum", "its assistance", "the Turkish contribution to NATO".
            // (The first byte is checked first: most tokens are none of these words.)
            // The first byte is the code's lowest (a longer key's is read from the key).
            let first = keyCode != Token.longKey ? UInt8(truncatingIfNeeded: keyCode) : doc.tokens[t].key.utf8.first ?? 0
            let mayBeSupportOrTroops = first == UInt8(ascii: "a") || first == UInt8(ascii: "f") || first == UInt8(ascii: "c")
                || first == UInt8(ascii: "e") || first == UInt8(ascii: "t")
            if mayBeSupportOrTroops, Self.supportNouns.contains(doc.tokens[t]), doc.mentionAtToken[t] < 0, !isWish(t, in: range) {
                support(at: t, in: range, sentence: s, speakers: speakers)
                continue
            }
            // "contributors of troops to KFOR", "troops from Nigeria, Senegal and Ghana".
            if mayBeSupportOrTroops, keyCode == Token.code("troops") || keyCode == Token.code("troop") {
                troops(at: t, in: range, sentence: s)
                continue
            }
            // "the EU-Mercosur partnership agreement": a document, cooperation only once signed.
            if isTrigger, t + 1 < range.upperBound, Self.documents.contains(doc.tokens[t + 1]) { continue }
            // A word inside a name ("Organisation of Islamic Cooperation") is no trigger.
            guard isTrigger, doc.mentionAtToken[t] < 0, !doc.titleTokens.contains(t), !isWish(t, in: range) else { continue }
            // "a NATO ally", "allies of NATO": membership, not cooperation.
            if keyCode == Token.code("ally") || keyCode == Token.code("allies"),
                let m = doc.mention(at: t - 1) ?? (t + 2 < range.upperBound && doc.tokens[t + 1].hasKey("of") ? doc.mention(at: t + 2) ?? doc.mention(at: t + 3) : nil),
                m.entity >= 0, doc.kind(of: m.entity) == .organization
            {
                continue
            }
            // "alongside those of the other allies", "the two allies that have yet to ratify": members.
            if keyCode == Token.code("allies"), t > range.lowerBound, (doc.tokens[t - 1].hasKey("other") || doc.tokens[t - 1].hasKey("fellow"))
                || t > range.lowerBound + 1 && doc.tokens[t - 1].hasKey("two") && doc.tokens[t - 2].hasKey("the")
            {
                continue
            }
            let isSupport = doc.tokens[t].key.hasPrefix("support")
            if isSupport {
                support(at: t, in: range, sentence: s, speakers: speakers)
                continue
            }
            let (left, right) = sides(of: t, in: range, speakers: speakers)
            if right.isEmpty || linksAll {
                // "A and B work together ... with C": everyone works together.
                link(left + right.filter { !left.contains($0) }, sentence: s, cameo: "060")
            } else {
                for a in left {
                    for b in right where a != b { doc.addRelation(.cooperation, a, b, sentence: s, cameo: "060") }
                }
            }
        }
        // Agreements signed together: "signed an agreement on cooperation".
        for t in range where doc.has(t, .sign) {
            let window = t..<min(range.upperBound, t + 8)
            if window.contains(where: { (doc.tokens[$0].hasKey("agreement") || doc.tokens[$0].hasKey("agreements") || doc.tokens[$0].hasKey("treaty") || doc.tokens[$0].hasKey("declaration") || doc.tokens[$0].hasKey("memorandum") || doc.tokens[$0].hasKey("accord") || doc.tokens[$0].hasKey("deal")) }) {
                if let signers = signers(at: t, in: range, speakers: speakers) {
                    for a in signers.left {
                        for b in signers.right where a != b { doc.addRelation(.cooperation, a, b, sentence: s, cameo: "057") }
                    }
                } else if let between = betweenParties(after: t, in: range) {
                    // "witnessed the signing of a memorandum on a partnership between the European
                    // Union and Tunisia": the parties are the two named, not the witnesses.
                    link(between, sentence: s, cameo: "057")
                } else {
                    link(parties(in: range, speakers: speakers), sentence: s, cameo: "057")
                }
                break
            }
        }
    }

    /// The parties of the cooperation word at `t`: the subject and the words right
    /// before it ("Azerbaijan-Hungary cooperation", "Argentina's good partner"), "of X"
    /// and "between A and B" after it (left), and "with X" after it (right).
    /// The party a mention stands for: a country, an international organization, or a
    /// named person's country (else their first affiliation); nil for anything else.
    private func party(_ m: Mention) -> Int? {
        guard m.entity >= 0 else { return nil }
        switch doc.kind(of: m.entity) {
        case .country: return m.entity
        case .organization: return doc.entities[m.entity].isNational || doc.entities[m.entity].isSourceOnly ? nil : m.entity
        case .person:
            guard m.form != .pronoun else { return nil }
            return doc.entities[m.entity].affiliations.first { doc.kind(of: $0) == .country } ?? doc.entities[m.entity].affiliations.first
        }
    }

    private func sides(of t: Int, in range: Range<Int>, speakers: [Int]) -> (left: [Int], right: [Int]) {
        var left: [Int] = []
        var right: [Int] = []
        func add(_ e: Int, to list: inout [Int]) { if !list.contains(e) { list.append(e) } }
        // The clause before the word.
        var start = t
        while start > range.lowerBound {
            let keyCode = doc.tokens[start - 1].code
            if keyCode == Token.code(";") || keyCode == Token.code("that") || keyCode == Token.code(":") { break }
            if keyCode == Token.code(","), (doc.tokens[start].hasKey("which") || doc.tokens[start].hasKey("who") || doc.tokens[start].hasKey("while") || doc.tokens[start].hasKey("but") || doc.tokens[start].hasKey("and") || doc.tokens[start].hasKey("saying") || doc.tokens[start].hasKey("adding")) { break }
            start -= 1
        }
        var k = start
        while k < t {
            let keyCode = doc.tokens[k].code
            if let m = doc.mention(at: k), m.tokens.upperBound <= t {
                let adjacent = t - m.tokens.upperBound <= 6 && !(m.tokens.upperBound..<t).contains { doc.has($0, .copula) || doc.tokens[$0].hasKey("in") || doc.tokens[$0].hasKey("of") || doc.tokens[$0].hasKey("with") }
                if adjacent || !isLocation(m.tokens.lowerBound, lower: start) && !isObject(m.tokens.lowerBound, lower: start) {
                    if let p = party(m) { add(p, to: &left) }
                }
                k = m.tokens.upperBound
                continue
            }
            if keyCode == Token.code("their") || doc.tokens[k].hasKey("bilateral") || keyCode == Token.code("both") || doc.has(k, .collective) && k > range.lowerBound && (doc.tokens[k - 1].hasKey("two") || doc.tokens[k - 1].hasKey("three") || doc.tokens[k - 1].hasKey("both")) {
                for c in coreference.collectiveCountries() { add(c, to: &left) }
            }
            if keyCode == Token.code("we") || keyCode == Token.code("our") || keyCode == Token.code("us") { for c in speakerCountries(at: k, speakers: speakers) { add(c, to: &left) } }
            k += 1
        }
        // After the word: "of X", "between A and B", "with X and Y".
        k = t + 1
        var mode = 0  // 1: of/between (left), 2: with (right)
        // "a reliable partner of Kazakhstan": the partner is the subject, the others are after "of".
        let counterpart = (doc.tokens[t].hasKey("partner") || doc.tokens[t].hasKey("partners") || doc.tokens[t].hasKey("ally") || doc.tokens[t].hasKey("allies"))
        let end = min(range.upperBound, t + (counterpart ? 20 : 12))
        while k < end {
            let keyCode = doc.tokens[k].code
            // A quote's cooperation ends with the quote.
            if doc.quoteOfToken[k] != doc.quoteOfToken[t] { break }
            if keyCode == Token.code("of") && k == t + 1 && counterpart { mode = 2 }
            else if keyCode == Token.code("between") || keyCode == Token.code("among") || keyCode == Token.code("of") && k == t + 1 { mode = 1 }
            else if keyCode == Token.code("with") { mode = 2 }
            else if keyCode == Token.code(";") && !(k + 1 < end && doc.tokens[k + 1].hasKey("and")) || keyCode == Token.code(".") || keyCode == Token.code("that") || keyCode == Token.code("to") && mode != 0 { break }
            if let m = doc.mention(at: k) {
                if mode != 0, let p = party(m), !isLocation(m.tokens.lowerBound, lower: t + 1) {
                    if mode == 1 { add(p, to: &left) } else { add(p, to: &right) }
                }
                k = m.tokens.upperBound
                continue
            }
            if doc.has(k, .collective), mode == 1 {
                for c in coreference.collectiveCountries() { add(c, to: &left) }
            }
            if mode != 0, keyCode == Token.code("we") || keyCode == Token.code("our") || keyCode == Token.code("us") {
                for c in speakerCountries(at: k, speakers: speakers) {
                    if mode == 1 { add(c, to: &left) } else { add(c, to: &right) }
                }
            }
            k += 1
        }
        // "The European Union is, and will remain, a reliable partner of ...": the subject
        // before an aside.
        if left.isEmpty, !right.isEmpty {
            var k = range.lowerBound
            while k < t {
                if let m = doc.mention(at: k), m.tokens.upperBound <= t {
                    if doc.quoteOfToken[k] == doc.quoteOfToken[t], !isLocation(m.tokens.lowerBound, lower: range.lowerBound),
                        !isObject(m.tokens.lowerBound, lower: range.lowerBound), let p = party(m), !right.contains(p)
                    {
                        add(p, to: &left)
                        break
                    }
                    k = m.tokens.upperBound
                    continue
                }
                k += 1
            }
        }
        return (left, right)
    }

    /// The countries of the speakers a "we"/"our" at `t` stands for.
    private func speakerCountries(at t: Int, speakers: [Int]) -> [Int] {
        var quoteSpeakers = doc.quoteOfToken[t] >= 0 ? doc.quotes[Int(doc.quoteOfToken[t])].speakers : speakers
        // A quote not attributed yet usually goes on from the quote before it.
        if quoteSpeakers.isEmpty, doc.quoteOfToken[t] >= 0 {
            let q = Int(doc.quoteOfToken[t])
            if let previous = (max(0, q - 2)..<q).last(where: { !doc.quotes[$0].speakers.isEmpty }) { quoteSpeakers = doc.quotes[previous].speakers }
        }
        var result: [Int] = []
        for p in quoteSpeakers where p >= 0 {
            if doc.kind(of: p) == .country { result.append(p) }
            if doc.kind(of: p) == .person, let c = doc.entities[p].affiliations.first(where: { doc.kind(of: $0) == .country }) { result.append(c) }
        }
        return result
    }

    /// Words before a name that make it an object ("assistance to Haiti").
    private static let objectPrepositions: KeySet = ["of", "for", "by", "to", "from", "with", "between", "among"]

    /// "to hold Russia accountable", "faced by Haiti": an object, not a party.
    private func isObject(_ start: Int, lower: Int) -> Bool {
        var j = start - 1
        while j >= lower, doc.tokens[j].hasKey("the") { j -= 1 }
        guard j >= lower else { return false }
        // The token read in place, its classes those looked up for the analysis.
        if Self.objectPrepositions.contains(doc.tokens[j]) { return true }
        // "said Uganda ...", "that Uganda ...": a new clause's subject.
        if doc.tokens[j].hasKey("that") || doc.has(j, .speech) { return false }
        return doc.tokens[j].isWord && !doc.tokens[j].isCapitalized && !doc.has(j, .stop) && !doc.has(j, .copula) && !doc.tokens[j].hasKey("and")
    }

    private func isWish(_ t: Int, in range: Range<Int>) -> Bool {
        var k = t - 1
        var steps = 0
        while k >= range.lowerBound && steps < 5 {
            let keyCode = doc.tokens[k].code
            if keyCode == Token.code(".") || keyCode == Token.code(";") { break }
            // "would continue to support": a commitment to go on, not a wish.
            if (keyCode == Token.code("continue") || doc.tokens[k].hasKey("continues") || doc.tokens[k].hasKey("continued") || doc.tokens[k].hasKey("continuing")) { return false }
            if Self.wishes.contains(doc.tokens[k]) { return true }
            k -= 1
            steps += 1
        }
        return false
    }

    /// The two sides of "A signed an agreement with B" (and "..., as did C"): the
    /// subject of the clause and the parties right after "with". Nil when the
    /// sentence does not name the sides that way.
    ///
    /// Countries named elsewhere in the sentence (a border "with Russia", a relative
    /// clause "whose bid awaits ratification by Turkey") are not signers.
    private func signers(at t: Int, in range: Range<Int>, speakers: [Int]) -> (left: [Int], right: [Int])? {
        // "with" after the agreement, before the clause ends.
        var with: Int? = nil
        var k = t + 1
        while k < min(range.upperBound, t + 10) {
            let keyCode = doc.tokens[k].code
            if keyCode == Token.code(",") || keyCode == Token.code(";") || keyCode == Token.code("that") { break }
            if keyCode == Token.code("with") { with = k; break }
            k += 1
        }
        guard let with else { return nil }
        // The parties after "with": a coordination ("with Japan and South Korea").
        var right: [Int] = []
        k = with + 1
        while k < range.upperBound {
            if let m = doc.mention(at: k) {
                if let p = party(m), !right.contains(p) { right.append(p) }
                k = m.tokens.upperBound
                continue
            }
            if (doc.tokens[k].hasKey("the") || doc.tokens[k].hasKey("and") || doc.tokens[k].hasKey(",")) { k += 1; continue }
            break
        }
        // The subject: mentions before the verb, outside commas' asides and prepositions.
        var left: [Int] = []
        var start = t
        while start > range.lowerBound, !(doc.tokens[start - 1].hasKey(";") || doc.tokens[start - 1].hasKey(":") || doc.tokens[start - 1].hasKey("that")) { start -= 1 }
        var depth = 0
        k = start
        while k < t {
            let key = doc.tokens[k].key
            let keyCode = doc.tokens[k].code
            if keyCode == Token.code(","), k + 1 < t, (doc.tokens[k + 1].hasKey("whose") || doc.tokens[k + 1].hasKey("which") || doc.tokens[k + 1].hasKey("who") || doc.tokens[k + 1].hasKey("where") || doc.tokens[k + 1].hasKey("while")) { depth = 1 }
            else if keyCode == Token.code(","), depth == 1 { depth = 0 }
            if let m = doc.mention(at: k), m.tokens.upperBound <= t {
                if depth == 0, !isLocation(m.tokens.lowerBound, lower: start), !isObject(m.tokens.lowerBound, lower: start), let p = party(m), !left.contains(p) {
                    left.append(p)
                }
                k = m.tokens.upperBound
                continue
            }
            if ["we", "our"].contains(key) { for c in speakerCountries(at: k, speakers: speakers) where !left.contains(c) { left.append(c) } }
            k += 1
        }
        // "..., as did Denmark": another signer on the subject's side.
        k = with + 1
        while k + 2 < range.upperBound {
            if doc.tokens[k].hasKey("as"), (doc.tokens[k + 1].hasKey("did") || doc.tokens[k + 1].hasKey("has") || doc.tokens[k + 1].hasKey("have") || doc.tokens[k + 1].hasKey("had")), let m = doc.mention(at: k + 2), let p = party(m) {
                if !left.contains(p) { left.append(p) }
            }
            k += 1
        }
        // "signed a memorandum with a breakaway region": "with" names no party, so no one is linked.
        guard !left.isEmpty else { return nil }
        return (left, right)
    }

    /// The parties of "between A and B" after the signing verb at `t`, if it names two or more.
    private func betweenParties(after t: Int, in range: Range<Int>) -> [Int]? {
        guard let between = (t + 1..<range.upperBound).first(where: { doc.tokens[$0].hasKey("between") }) else { return nil }
        var result: [Int] = []
        var k = between + 1
        while k < range.upperBound {
            if let m = doc.mention(at: k) {
                guard let p = party(m) else { break }
                if !result.contains(p) { result.append(p) }
                k = m.tokens.upperBound
                continue
            }
            if (doc.tokens[k].hasKey("the") || doc.tokens[k].hasKey("and") || doc.tokens[k].hasKey(",")) { k += 1; continue }
            break
        }
        return result.count >= 2 ? result : nil
    }

    /// The countries and organizations a sentence makes parties.
    private func parties(in range: Range<Int>, speakers: [Int]) -> [Int] {
        var result: [Int] = []
        func add(_ e: Int) { if !result.contains(e) { result.append(e) } }
        var t = range.lowerBound
        while t < range.upperBound {
            let keyCode = doc.tokens[t].code
            if let m = doc.mention(at: t), m.entity >= 0 {
                let entity = m.entity
                let kind = doc.kind(of: entity)
                if !isLocation(m.tokens.lowerBound, lower: range.lowerBound) {
                    if kind == .country {
                        add(entity)
                    } else if kind == .organization && !doc.entities[entity].isSourceOnly {
                        if !doc.entities[entity].isNational { add(entity) }
                    } else if kind == .person, m.form != .pronoun {
                        if let c = doc.entities[entity].affiliations.first(where: { doc.kind(of: $0) == .country }) ?? doc.entities[entity].affiliations.first { add(c) }
                    }
                }
                t = m.tokens.upperBound
                continue
            }
            if doc.has(t, .collective), t > range.lowerBound,
                (doc.tokens[t - 1].hasKey("two") || doc.tokens[t - 1].hasKey("three") || doc.tokens[t - 1].hasKey("both") || doc.tokens[t - 1].hasKey("the") || doc.tokens[t - 1].hasKey("our"))
            {
                for c in coreference.collectiveCountries() { add(c) }
            }
            if keyCode == Token.code("their") || doc.tokens[t].hasKey("bilateral") && t + 1 < range.upperBound && doc.has(t + 1, .coop) {
                for c in coreference.collectiveCountries() { add(c) }
            }
            if keyCode == Token.code("we") || keyCode == Token.code("our") || keyCode == Token.code("us"), doc.quoteOfToken[t] >= 0 || !speakers.isEmpty {
                let quoteSpeakers = doc.quoteOfToken[t] >= 0 ? doc.quotes[Int(doc.quoteOfToken[t])].speakers : speakers
                for p in quoteSpeakers where p >= 0 {
                    if doc.kind(of: p) == .person, let c = doc.entities[p].affiliations.first(where: { doc.kind(of: $0) == .country }) { add(c) }
                    if doc.kind(of: p) == .country { add(p) }
                }
            }
            t += 1
        }
        return result
    }

    /// Prepositions before a place rather than a party.
    private static let locationPrepositions: KeySet = [
        "in", "within", "at", "into", "across", "throughout", "inside", "against", "on", "over", "about", "regarding", "toward", "towards",
        "concerning", "surrounding",
    ]

    /// "operations in Afghanistan", "the summit in Armenia": a place, not a party.
    private func isLocation(_ start: Int, lower: Int) -> Bool {
        var j = start - 1
        while j >= lower, doc.tokens[j].hasKey("the") { j -= 1 }
        guard j >= lower else { return false }
        let keyCode = doc.tokens[j].code
        if Self.locationPrepositions.contains(doc.tokens[j]) { return true }
        if keyCode == Token.code("with"), j > lower, (doc.tokens[j - 1].hasKey("dealing") || doc.tokens[j - 1].hasKey("deal") || doc.tokens[j - 1].hasKey("deals") || doc.tokens[j - 1].hasKey("conflict") || doc.tokens[j - 1].hasKey("war") || doc.tokens[j - 1].hasKey("tensions") || doc.tokens[j - 1].hasKey("dialogue")) { return true }
        return false
    }

    /// Support given to another party: the supporter and the supported.
    private func support(at t: Int, in range: Range<Int>, sentence s: Int, speakers: [Int]) {
        // "the ECOWAS Stabilisation Support Mission": a word of a name the recognizers missed.
        if doc.tokens[t].isCapitalized, t > range.lowerBound { return }
        // The supported party follows directly ("support for Sri Lanka's", "supports Turkish").
        var k = t + 1
        // "support of X" is X's support, unless a possessor gives it: "its support of Kazakhstan".
        let possessed = (max(range.lowerBound, t - 3)..<t).contains { (doc.tokens[$0].hasKey("its") || doc.tokens[$0].hasKey("their") || doc.tokens[$0].hasKey("'s")) }
        if k < range.upperBound, (doc.tokens[k].hasKey("for") || doc.tokens[k].hasKey("to")) || possessed && doc.tokens[k].hasKey("of") { k += 1 }
        while k < range.upperBound, doc.tokens[k].hasKey("the") { k += 1 }
        var supportedEntity = k < range.upperBound ? doc.mention(at: k).map(\.entity) : nil
        // "support for Somalia's position": a stance, not a party.
        if let m = k < range.upperBound ? doc.mention(at: k) : nil, m.tokens.upperBound + 1 < range.upperBound,
            doc.tokens[m.tokens.upperBound].hasKey("'s"), (doc.tokens[m.tokens.upperBound + 1].hasKey("position") || doc.tokens[m.tokens.upperBound + 1].hasKey("stance") || doc.tokens[m.tokens.upperBound + 1].hasKey("cause") || doc.tokens[m.tokens.upperBound + 1].hasKey("claim") || doc.tokens[m.tokens.upperBound + 1].hasKey("claims")
                // "support for Lebanon's sovereignty and territorial integrity": a principle upheld.
                || doc.tokens[m.tokens.upperBound + 1].hasKey("sovereignty") || doc.tokens[m.tokens.upperBound + 1].hasKey("independence") || doc.tokens[m.tokens.upperBound + 1].hasKey("territorial"))
        {
            return
        }
        // "would continue to support its relief efforts": "its" is the last country named.
        if supportedEntity == nil, k < range.upperBound, (doc.tokens[k].hasKey("its") || doc.tokens[k].hasKey("their")) {
            supportedEntity = doc.mentions(in: range.lowerBound..<t).last { doc.mentions[$0].entity >= 0 && doc.kind(of: doc.mentions[$0].entity) == .country }.map { doc.mentions[$0].entity }
        }
        if supportedEntity == nil || supportedEntity! < 0 { supportedEntity = thanker(before: t, in: range) }
        guard let supportedEntity, supportedEntity >= 0 else { return }
        var target = supportedEntity
        if doc.kind(of: target) == .person {
            guard let c = doc.entities[target].affiliations.first(where: { doc.kind(of: $0) == .country }) else { return }
            target = c
        }
        guard doc.kind(of: target) != .person else { return }
        // The supporter: a possessor ("Azerbaijan's ... support") or the subject before.
        var supporter: Int? = nil
        // "the Turkish contribution to NATO": a demonym or country right before the word gives it.
        var d = t - 1
        while d > range.lowerBound, t - d <= 2, doc.mention(at: d) == nil, doc.tokens[d].isWord, !doc.tokens[d].isCapitalized { d -= 1 }
        if d >= range.lowerBound, let m = doc.mention(at: d), m.entity >= 0, doc.kind(of: m.entity) == .country, m.tokens.upperBound == d + 1 || m.tokens.upperBound <= t {
            supporter = m.entity
        }
        // "thanked Malaysia for its consistent support": "its" is the last country or body named.
        var p = t - 1
        while p > range.lowerBound, doc.tokens[p].isWord, !doc.tokens[p].isCapitalized, !(doc.tokens[p].hasKey("its") || doc.tokens[p].hasKey("their")), t - p < 3 { p -= 1 }
        if supporter == nil, (doc.tokens[p].hasKey("its") || doc.tokens[p].hasKey("their")) {
            var q = p - 1
            while q >= range.lowerBound {
                if let m = doc.mention(at: q), m.entity >= 0, doc.kind(of: m.entity) == .country || doc.kind(of: m.entity) == .organization && !doc.entities[m.entity].isNational {
                    supporter = m.entity
                    break
                }
                q -= 1
            }
        }
        var j = supporter == nil ? t - 1 : range.lowerBound - 1
        while j >= range.lowerBound {
            if let m = doc.mention(at: j), m.entity >= 0 {
                let kind = doc.kind(of: m.entity)
                if kind == .country || (kind == .organization && !doc.entities[m.entity].isNational) {
                    let possessive = m.tokens.upperBound < range.upperBound && doc.tokens[m.tokens.upperBound].hasKey("'s")
                    if !isLocation(m.tokens.lowerBound, lower: range.lowerBound) && (possessive || !isObject(m.tokens.lowerBound, lower: range.lowerBound)) {
                        supporter = m.entity
                        break
                    }
                } else if kind == .person, let c = doc.entities[m.entity].affiliations.first(where: { doc.kind(of: $0) == .country }) {
                    supporter = c
                    break
                }
                j = m.tokens.lowerBound - 1
                continue
            }
            j -= 1
        }
        if supporter == nil, let speaker = speakers.first {
            supporter = doc.kind(of: speaker) == .country ? speaker : doc.entities[speaker].affiliations.first { doc.kind(of: $0) == .country }
        }
        guard let supporter, supporter != target else { return }
        doc.addRelation(.cooperation, supporter, target, sentence: s, cameo: "070")
        // "Japan and New Zealand had provided funding": every coordinated giver.
        if let first = doc.mentions(in: range.lowerBound..<t).last(where: { doc.mentions[$0].entity == supporter }) {
            var b = doc.mentions[first].tokens.lowerBound - 1
            while b > range.lowerBound, (doc.tokens[b].hasKey("and") || doc.tokens[b].hasKey(",")), let m = doc.mention(at: b - 1), m.entity >= 0,
                doc.kind(of: m.entity) == .country, m.entity != target
            {
                doc.addRelation(.cooperation, m.entity, target, sentence: s, cameo: "070")
                b = m.tokens.lowerBound - 1
            }
        }
    }

    /// The country of whoever thanks in "X thanked China for its assistance": the one supported.
    private func thanker(before t: Int, in range: Range<Int>) -> Int? {
        guard let thanked = (max(range.lowerBound, t - 10)..<t).last(where: { (doc.tokens[$0].hasKey("thanked") || doc.tokens[$0].hasKey("thanks") || doc.tokens[$0].hasKey("thank")) }) else { return nil }
        var j = thanked - 1
        while j >= range.lowerBound {
            if let m = doc.mention(at: j), m.entity >= 0 {
                switch doc.kind(of: m.entity) {
                case .country: return m.entity
                case .person: return doc.entities[m.entity].affiliations.first { doc.kind(of: $0) == .country }
                default: break
                }
                j = m.tokens.lowerBound - 1
                continue
            }
            if (doc.tokens[j].hasKey("he") || doc.tokens[j].hasKey("she")), let p = coreference.pronounReferent(at: j, currentSubjects: []) {
                return doc.entities[p].affiliations.first { doc.kind(of: $0) == .country }
            }
            // "the prime minister thanked China": the description's person.
            if doc.has(j, .titleHead), !doc.titleTokens.contains(j) {
                guard let p = coreference.description(endingAt: j + 1, lower: range.lowerBound)?.persons.first else { return nil }
                return doc.entities[p].affiliations.first { doc.kind(of: $0) == .country }
            }
            j -= 1
        }
        return nil
    }

    /// Troops given to a mission or a country: "contributors of troops to KFOR",
    /// "troop-contributing countries to ATMIS", "its troop deployment to Russia" link the
    /// countries named before with the receiver after "to"; "troops from A, B and C" link
    /// the mission named before with each. Pledged or planned troops are not given yet.
    private func troops(at t: Int, in range: Range<Int>, sentence s: Int) {
        if (max(range.lowerBound, t - 4)..<t).contains(where: { (doc.tokens[$0].hasKey("pledged") || doc.tokens[$0].hasKey("pledge") || doc.tokens[$0].hasKey("will") || doc.tokens[$0].hasKey("would") || doc.tokens[$0].hasKey("plans") || doc.tokens[$0].hasKey("planned") || doc.tokens[$0].hasKey("offered") || doc.tokens[$0].hasKey("could")) }) { return }
        func party(_ e: Int) -> Bool { doc.kind(of: e) == .country || doc.kind(of: e) == .organization && !doc.entities[e].isNational }
        var k = t + 1
        while k < min(range.upperBound, t + 6), !(doc.tokens[k].hasKey("to") || doc.tokens[k].hasKey("from") || doc.tokens[k].hasKey(",") || doc.tokens[k].hasKey(";")) { k += 1 }
        guard k + 1 < range.upperBound, (doc.tokens[k].hasKey("to") || doc.tokens[k].hasKey("from")) else { return }
        if doc.tokens[k].hasKey("to") {
            var r = k + 1
            while r < range.upperBound, doc.tokens[r].hasKey("the") { r += 1 }
            guard let receiver = doc.mention(at: r), receiver.entity >= 0, party(receiver.entity) else { return }
            var givers: [Int] = []
            var j = range.lowerBound
            while j < t {
                if let m = doc.mention(at: j), m.entity >= 0 {
                    if doc.kind(of: m.entity) == .country, m.entity != receiver.entity, !givers.contains(m.entity) { givers.append(m.entity) }
                    j = m.tokens.upperBound
                    continue
                }
                j += 1
            }
            for g in givers { doc.addRelation(.cooperation, g, receiver.entity, sentence: s, cameo: "070") }
        } else {
            // The mission: the last body named before the troops.
            guard let mission = doc.mentions(in: range.lowerBound..<t).last(where: { doc.mentions[$0].entity >= 0 && doc.kind(of: doc.mentions[$0].entity) == .organization && !doc.entities[doc.mentions[$0].entity].isNational }).map({ doc.mentions[$0].entity }) else { return }
            var r = k + 1
            while r < range.upperBound {
                if let m = doc.mention(at: r) {
                    guard m.entity >= 0, doc.kind(of: m.entity) == .country else { break }
                    doc.addRelation(.cooperation, m.entity, mission, sentence: s, cameo: "070")
                    r = m.tokens.upperBound
                    continue
                }
                if (doc.tokens[r].hasKey("the") || doc.tokens[r].hasKey("and") || doc.tokens[r].hasKey(",")) { r += 1; continue }
                break
            }
        }
    }

    private func link(_ parties: [Int], sentence s: Int, cameo: String) {
        guard parties.count >= 2 else { return }
        for i in parties.indices {
            for j in parties.indices where j > i {
                doc.addRelation(.cooperation, parties[i], parties[j], sentence: s, cameo: cameo)
            }
        }
    }
}
