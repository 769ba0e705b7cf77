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

    private static let wishes: Set<String> = [
        "want", "wants", "wanted", "wish", "wishes", "hope", "hopes", "interest", "interested", "discuss", "discussed",
        "discussing", "discussion", "discussions", "explore", "explored", "exploring", "possible", "potential",
        "proposed", "propose", "could", "would", "future", "new", "start", "establish", "expansion", "expand",
        "ways", "areas", "prospects", "opportunities", "invited", "invitation", "views", "agenda", "enhance",
    ]

    /// Processes sentence `s`; `speakers` are its speakers (for "we", "our").
    func process(_ s: Int, speakers: [Int]) {
        let range = doc.sentences[s].tokens
        for t in range {
            let key = doc.tokens[t].key
            var isTrigger = doc.lexicon.has(key, .coop)
            if key == "together", t > range.lowerBound, ["work", "working", "worked", "works", "closely", "cooperate", "stand"].contains(doc.tokens[t - 1].key) { isTrigger = true }
            if key == "joint" && t + 1 < range.upperBound && doc.tokens[t + 1].key == "efforts" { isTrigger = true }
            guard isTrigger, !doc.titleTokens.contains(t), !isWish(t, in: range) else { continue }
            let isSupport = key.hasPrefix("support")
            if isSupport {
                support(at: t, in: range, sentence: s, speakers: speakers)
                continue
            }
            let window = max(range.lowerBound, t - 15)..<min(range.upperBound, t + 16)
            let parties = self.parties(in: window, speakers: speakers)
            link(parties, sentence: s, cameo: "060")
            return
        }
        // Agreements signed together: "signed an agreement on cooperation".
        for t in range where doc.lexicon.has(doc.tokens[t].key, .sign) {
            let window = t..<min(range.upperBound, t + 8)
            if window.contains(where: { ["agreement", "agreements", "treaty", "declaration", "memorandum", "accord", "deal"].contains(doc.tokens[$0].key) }) {
                link(parties(in: range, speakers: speakers), sentence: s, cameo: "057")
                return
            }
        }
    }

    private func isWish(_ t: Int, in range: Range<Int>) -> Bool {
        var k = t - 1
        var steps = 0
        while k >= range.lowerBound && steps < 5 {
            let key = doc.tokens[k].key
            if key == "." || key == ";" { break }
            if Self.wishes.contains(key) { return true }
            k -= 1
            steps += 1
        }
        return false
    }

    /// The countries and organizations a sentence makes parties.
    private func parties(in range: Range<Int>, speakers: [Int]) -> [Int] {
        var result: [Int] = []
        func add(_ e: Int) { if !result.contains(e) { result.append(e) } }
        var t = range.lowerBound
        while t < range.upperBound {
            let key = doc.tokens[t].key
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
            if doc.lexicon.has(key, .collective), t > range.lowerBound,
                ["two", "three", "both", "the", "our"].contains(doc.tokens[t - 1].key)
            {
                for c in coreference.collectiveCountries() { add(c) }
            }
            if key == "their" || key == "bilateral" && t + 1 < range.upperBound && doc.lexicon.has(doc.tokens[t + 1].key, .coop) {
                for c in coreference.collectiveCountries() { add(c) }
            }
            if ["we", "our", "us"].contains(key), doc.quoteOfToken[t] >= 0 || !speakers.isEmpty {
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

    /// "operations in Afghanistan", "the summit in Armenia": a place, not a party.
    private func isLocation(_ start: Int, lower: Int) -> Bool {
        var j = start - 1
        while j >= lower, doc.tokens[j].key == "the" { j -= 1 }
        guard j >= lower else { return false }
        let key = doc.tokens[j].key
        if ["in", "within", "at", "into", "across", "throughout", "inside", "against", "on", "over", "about", "regarding", "toward", "towards", "concerning", "surrounding"].contains(key) { return true }
        if key == "with", j > lower, ["dealing", "deal", "deals", "conflict", "war", "tensions", "dialogue"].contains(doc.tokens[j - 1].key) { return true }
        return false
    }

    /// Support given to another party: the supporter and the supported.
    private func support(at t: Int, in range: Range<Int>, sentence s: Int, speakers: [Int]) {
        // The supported party follows directly ("support for Sri Lanka's", "supports Turkish").
        var k = t + 1
        if k < range.upperBound, ["for", "to"].contains(doc.tokens[k].key) { k += 1 }
        while k < range.upperBound, doc.tokens[k].key == "the" { k += 1 }
        guard k < range.upperBound, let supported = doc.mention(at: k), supported.entity >= 0 else { return }
        var target = supported.entity
        if doc.kind(of: target) == .person {
            guard let c = doc.entities[target].affiliations.first(where: { doc.kind(of: $0) == .country }) else { return }
            target = c
        }
        guard doc.kind(of: target) != .person else { return }
        // The supporter: a possessor ("Azerbaijan's ... support") or the subject before.
        var supporter: Int? = nil
        var j = t - 1
        while j >= range.lowerBound {
            if let m = doc.mention(at: j), m.entity >= 0 {
                let kind = doc.kind(of: m.entity)
                if kind == .country || (kind == .organization && !doc.entities[m.entity].isNational) {
                    if !isLocation(m.tokens.lowerBound, lower: range.lowerBound) { supporter = m.entity; break }
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
