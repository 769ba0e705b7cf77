import GraphModel

/// Resolves what a sentence refers to without naming it: pronouns ("he said" →
/// the person last spoken of), descriptions ("the minister", "the Kazakh Head of
/// State", "The Kenyan leader"), groups ("the two leaders", "they") and collective
/// phrases for countries ("the two countries").
///
/// It keeps the salience state of the discourse: the persons most recently
/// mentioned as subjects or speakers, and the participants of the current meeting.
///
/// Its state is used by one thread, never through overlapping accesses: marked
/// `@exclusivity(unchecked)`, as in `DocumentAnalysis`, to skip the runtime check per access.
final class CoreferenceResolver {
    let doc: DocumentAnalysis
    /// Persons in order of their last subject/speaker role (most recent last).
    @exclusivity(unchecked) private(set) var salient: [Int] = []
    /// Token of each person's last mention.
    @exclusivity(unchecked) private(set) var lastSeen = EntityTokens()

    /// A token per entity index, read and written like `[Int: Int]`: an array with -1 for
    /// none (a token is never negative), so that nothing is hashed.
    struct EntityTokens {
        private var tokens: [Int] = []

        subscript(entity: Int) -> Int? {
            get { entity >= 0 && entity < tokens.count && tokens[entity] >= 0 ? tokens[entity] : nil }
            set {
                if entity >= tokens.count { tokens.append(contentsOf: repeatElement(-1, count: entity + 1 - tokens.count)) }
                tokens[entity] = newValue ?? -1
            }
        }
    }
    /// Persons taking part in the current meeting.
    @exclusivity(unchecked) var group: [Int] = [] {
        didSet {
            if hasTwoCountries(group) { lastCountries = countries(of: group) }
        }
    }
    /// The countries of the last group that had two or more: "the two countries" after a
    /// side meeting of one country's officials still means the two of the visit.
    @exclusivity(unchecked) private var lastCountries: [Int] = []
    /// The keys of each role asked about (`keys(ofRole:)`).
    @exclusivity(unchecked) private var roleKeys: [String: (role: String, keys: [String])] = [:]
    /// A description that names a country whose person is not yet known
    /// ("Australia's foreign minister" before "Wong"): given to the next new subject.
    @exclusivity(unchecked) private var pendingCountry: Int? = nil

    init(document: DocumentAnalysis) { doc = document }

    /// Records that `persons` acted as subject or speaker.
    func noteSubject(_ persons: [Int]) {
        for p in persons where doc.kind(of: p) == .person {
            salient.removeAll { $0 == p }
            salient.append(p)
            if let pending = pendingCountry, !hasCountry(p) {
                doc.entities[p].addAffiliation(pending)
                pendingCountry = nil
            }
        }
    }

    /// Records the person mentions of sentence `s`.
    func noteMentions(of s: Int) {
        for m in doc.mentions(in: s) {
            let mention = doc.mentions[m]
            if doc.kind(of: mention.entity) == .person { lastSeen[mention.entity] = mention.tokens.lowerBound }
        }
    }

    /// The person a pronoun at token `t` refers to: the subject of its own
    /// sentence if one came before it, else the most salient person.
    func pronounReferent(at t: Int, currentSubjects: [Int]) -> Int? {
        if let first = currentSubjects.first(where: { doc.kind(of: $0) == .person }) { return first }
        return salient.last
    }

    /// Whether token `t` heads a courtesy phrase that stands for a person already named
    /// ("His Highness stressed", "Her Excellency noted"): the Gulf agencies use it as "he".
    func isHonorificPronoun(at t: Int) -> Bool {
        guard t > 0, doc.tokens[t - 1].hasKey("his") || doc.tokens[t - 1].hasKey("her") else { return false }
        let token = doc.tokens[t]
        guard token.hasKey("highness") || token.hasKey("excellency") || token.hasKey("majesty") else { return false }
        // "His Highness Prince Faisal ...": a title before a name, not a reference.
        return t + 1 >= doc.tokens.count || doc.mention(at: t + 1) == nil && !doc.has(t + 1, .honorific) && !doc.has(t + 1, .titleHead)
    }

    /// The person a courtesy phrase at token `t` ("His Highness") refers to: the one
    /// person introduced earlier with the same style ("H.H. Sheikh Abdullah", "His Highness
    /// Prince Faisal"), else the pronoun's referent.
    func honorificReferent(at t: Int) -> Int? {
        let style = doc.tokens[t]
        var styled: Int? = nil
        for mention in doc.mentions where mention.entity >= 0 && mention.tokens.lowerBound < t - 1 && doc.kind(of: mention.entity) == .person {
            // The style sits just before the name, perhaps with a title between ("His Highness Prince Faisal").
            var k = mention.tokens.lowerBound - 1
            var found = false
            while k >= 0, mention.tokens.lowerBound - k <= 4 {
                let token = doc.tokens[k]
                if token.code == style.code || style.hasKey("highness") && (token.hasKey("h.h.") || token.hasKey("h.h") || token.hasKey("hh"))
                    || style.hasKey("excellency") && (token.hasKey("h.e.") || token.hasKey("h.e"))
                {
                    found = true
                    break
                }
                guard doc.has(k, .honorific) || doc.has(k, .titleHead) || doc.has(k, .titleModifier) else { break }
                k -= 1
            }
            guard found else { continue }
            if let known = styled, known != mention.entity { return pronounReferent(at: t, currentSubjects: []) }
            styled = mention.entity
        }
        return styled ?? pronounReferent(at: t, currentSubjects: [])
    }

    /// The persons "the two foreign ministers" at token `t` (the number) refers to: as many
    /// persons as it counts whose role has the plural head's singular, when they are not the
    /// current group ("the two leaders" after a summit of presidents is the group).
    func personsByRole(numbered t: Int, in range: Range<Int>) -> [Int]? {
        let count: Int
        switch doc.tokens[t].code {
        case Token.code("two"): count = 2
        case Token.code("three"): count = 3
        case Token.code("four"): count = 4
        default: return nil
        }
        var k = t + 1
        while k < range.upperBound, doc.has(k, .titleModifier) { k += 1 }
        guard k < range.upperBound, doc.has(k, .titleHead) else { return nil }
        let plural = doc.tokens[k].key
        guard plural.hasSuffix("s"), plural.count > 3 else { return nil }
        let head = String(plural.dropLast())
        let persons = doc.entities.indices.filter { p in
            doc.entities[p].kind == .person && (lastSeen[p].map { $0 < t } ?? false)
                && doc.entities[p].role.contains { PhraseTrie<Int>.keys($0).contains(head) }
        }
        guard persons.count == count, Set(persons) != Set(group) else { return nil }
        return persons
    }

    /// Whether person `p` has a country affiliation.
    func hasCountry(_ p: Int) -> Bool {
        doc.entities[p].affiliations.contains { doc.kind(of: $0) == .country }
    }

    /// A description ending just before `end` ("the Kazakh President", "The
    /// Chairperson", "Australia's foreign minister"); returns its tokens and the
    /// persons it refers to.
    func description(endingAt end: Int, lower: Int) -> (range: Range<Int>, persons: [Int])? {
        var j = end - 1
        var start = end
        var heads: [String] = []
        // "prime" in "the prime minister's": the role must have it when someone's does.
        var modifiers: [String] = []
        var countries: [Int] = []
        var plural = false
        while j >= lower {
            let token = doc.tokens[j]
            if let m = doc.mention(at: j), m.entity >= 0 {
                guard doc.kind(of: m.entity) == .country, start == end || heads.isEmpty == false else { break }
                countries.append(m.entity)
                start = m.tokens.lowerBound
                j = start - 1
                continue
            }
            let classes = doc.classes[j]
            if classes.contains(.titleHead) {
                heads.append(token.key)
                if token.hasKey("leaders") || token.hasKey("ministers") || token.hasKey("presidents") || token.hasKey("counterparts") || token.hasKey("heads") { plural = true }
                start = j
            } else if classes.contains(.titleModifier) || token.hasKey("of") || token.hasKey("-") || token.hasKey("'s") {
                if !token.hasKey("of") && !token.hasKey("-") && !token.hasKey("'s") {
                    start = j
                    if classes.contains(.titleModifier) { modifiers.append(token.key) }
                }
            } else if token.hasKey("two") || token.hasKey("both") || token.hasKey("three") {
                plural = true
                start = j
            } else {
                break
            }
            j -= 1
        }
        guard !heads.isEmpty, start < end else { return nil }
        // A description starts with a determiner or a possessor.
        let firstCode = start > lower ? doc.tokens[start - 1].code : 0
        let startsWithDeterminer = firstCode == Token.code("the") || firstCode == Token.code("his") || firstCode == Token.code("her") || firstCode == Token.code("their")
        let startsWithCountry = doc.mention(at: start).map { doc.kind(of: $0.entity) == .country } ?? false
        guard startsWithDeterminer || startsWithCountry
                || (start == lower && doc.tokens[start].isCapitalized && doc.has(start, .titleHead))
        else { return nil }
        let range = (startsWithDeterminer ? start - 1 : start)..<end
        if plural || doc.tokens[start].hasKey("heads") && heads.contains("heads") {
            return group.count >= 2 ? (range, group) : nil
        }
        if let person = resolve(countries: countries, heads: heads, modifiers: modifiers, at: start) { return (range, [person]) }
        return nil
    }

    /// The person a description with `countries`, `heads` and title `modifiers` refers to.
    func resolve(countries: [Int], heads: [String], modifiers: [String] = [], at t: Int) -> Int? {
        // Only persons the article has already mentioned: a description points back
        // (the headline, written before the story, may point forward).
        let inHeadline = t >= doc.tokens.count || (doc.sentenceOfToken[t] >= 0 && doc.sentences[Int(doc.sentenceOfToken[t])].isHeadline)
        let persons = doc.entities.indices.filter {
            doc.entities[$0].kind == .person && doc.entities[$0].isConfirmed && (inHeadline || lastSeen[$0].map { $0 <= t } ?? false)
        }
        if let country = countries.first {
            let matching = persons.filter { doc.entities[$0].affiliations.contains(country) }
            if matching.count == 1 { return matching[0] }
            if matching.count > 1 {
                // "the Portuguese head of state" is the president, not the foreign minister named since.
                let fitting = matching.filter { fits(heads: heads, person: $0) }
                return mostRecent(fitting.isEmpty ? matching : fitting)
            }
            // No one is known to be from that country: the most salient person without a country.
            if let candidate = salient.reversed().first(where: { !hasCountry($0) }) {
                doc.entities[candidate].addAffiliation(country)
                return candidate
            }
            pendingCountry = country
            return nil
        }
        let byRole = persons.filter { p in
            doc.entities[p].role.contains { role in
                let keys = keys(ofRole: role)
                return heads.allSatisfy { keys.contains($0) }
            }
        }
        // "the prime minister's residence" after a foreign minister: the one whose role says "prime".
        let byModifiers = modifiers.isEmpty || byRole.count < 2 ? byRole : byRole.filter { p in
            doc.entities[p].role.contains { role in modifiers.allSatisfy { keys(ofRole: role).contains($0) } }
        }
        let candidates = byModifiers.isEmpty ? byRole : byModifiers
        if candidates.count == 1 { return candidates[0] }
        if candidates.count > 1 { return mostRecent(candidates) }
        return salient.last
    }

    /// The token keys of a role, made once per article (`PhraseTrie.keys` tokenizes).
    private func keys(ofRole role: String) -> [String] {
        // Equal bytes, not merely canonically equivalent strings, share keys.
        if let known = roleKeys[role], known.role.utf8.elementsEqual(role.utf8) { return known.keys }
        let keys = PhraseTrie<Int>.keys(role)
        roleKeys[role] = (role, keys)
        return keys
    }

    /// Whether person `p`'s role fits a description's title words: "head of state" and
    /// "leader" fit a president, a monarch or a head of government; other words must appear.
    private func fits(heads: [String], person p: Int) -> Bool {
        // (The roles' words in an array: a person has a role or two of a few words, and a set of
        // them, and of the leaders' words below, was made and hashed at every call.)
        var keys: [String] = []
        for role in doc.entities[p].role { keys.append(contentsOf: self.keys(ofRole: role)) }
        if keys.isEmpty { return false }
        if heads.contains("head") || heads.contains("leader") || heads.contains("leaders") {
            if keys.contains("deputy") || keys.contains("vice") { return false }
            return keys.contains(where: { Self.leaderWords.contains($0) }) && !keys.contains("minister") || keys.contains("prime")
        }
        return heads.contains { keys.contains($0) || $0.hasSuffix("s") && keys.contains(String($0.dropLast())) }
    }

    /// Words of a role that make its holder a "head" or "leader".
    private static let leaderWords: KeySet = ["president", "king", "queen", "emir", "sultan", "prime", "premier", "chancellor", "head", "leader", "amir"]

    private func mostRecent(_ persons: [Int]) -> Int {
        if let s = salient.reversed().first(where: { persons.contains($0) }) { return s }
        return persons.max { (lastSeen[$0] ?? -1) < (lastSeen[$1] ?? -1) }!
    }

    /// Resolves the descriptions of sentence `s` that name a country ("The Kenyan
    /// leader", "his Rwandan counterpart"), so that the person gets the country.
    func resolveDescriptions(in s: Int) {
        let range = doc.sentences[s].tokens
        var t = range.lowerBound
        while t < range.upperBound {
            let key = doc.tokens[t].key
            guard doc.has(t, .titleHead), !doc.titleTokens.contains(t), doc.mentionAtToken[t] < 0 else {
                t += 1
                continue
            }
            var end = t + 1
            while end < range.upperBound, doc.mentionAtToken[end] < 0, doc.has(end, .titleHead) || doc.has(end, .titleModifier) { end += 1 }
            // A description followed by a name is a title, handled by the person recognizer.
            if end < range.upperBound, let m = doc.mention(at: end), m.entity >= 0, doc.kind(of: m.entity) == .person {
                t = end
                continue
            }
            if key == "counterpart", t >= 2, let m = doc.mention(at: t - 1), doc.kind(of: m.entity) == .country, group.count == 2 {
                // "his Rwandan counterpart": the other participant of the meeting; "his" is the
                // sentence's subject when one is named before it ("Bou Habib briefed his Omani counterpart").
                let named = doc.mentions(in: range.lowerBound..<t).first { doc.mentions[$0].entity >= 0 && doc.kind(of: doc.mentions[$0].entity) == .person }
                let subject = named.map { doc.mentions[$0].entity } ?? salient.last
                if let other = group.first(where: { $0 != subject }), !hasCountry(other) {
                    doc.entities[other].addAffiliation(m.entity)
                }
            } else if doc.mention(at: t - 1).map({ doc.kind(of: $0.entity) == .country }) ?? false {
                _ = description(endingAt: end, lower: range.lowerBound)
            }
            t = end
        }
    }

    /// Countries a collective phrase ("the two countries", "both nations") refers
    /// to: the countries of the current meeting's participants.
    func collectiveCountries() -> [Int] {
        let result = countries(of: group)
        return result.count >= 2 || lastCountries.isEmpty ? result : lastCountries
    }

    private func countries(of group: [Int]) -> [Int] {
        var result: [Int] = []
        for p in group {
            if let c = country(of: p), !result.contains(c) { result.append(c) }
        }
        return result
    }

    /// Whether the persons `group` are of two countries or more: asked whenever the group
    /// changes, and most groups are of one (counted without making an array).
    private func hasTwoCountries(_ group: [Int]) -> Bool {
        var first: Int? = nil
        for p in group {
            guard let c = country(of: p) else { continue }
            if first == nil {
                first = c
            } else if c != first {
                return true
            }
        }
        return false
    }

    /// The first country person `p` is affiliated with.
    private func country(of p: Int) -> Int? {
        doc.entities[p].affiliations.first { doc.kind(of: $0) == .country }
    }
}
