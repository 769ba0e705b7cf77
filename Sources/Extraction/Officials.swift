/// Public officials known by name, with the country or organization each serves: an
/// actor dictionary, as political event coders keep one (PETRARCH's, Schrodt 2014;
/// ICEWS's), read from `officials.tsv`.
///
/// An article often names a well-known official without saying whose official they are
/// ("President Joe Biden", "Foreign Minister Wang Yi"); the guidelines give the country when
/// the article names it, and a reader knows which. The table supplies that knowledge, and
/// marks a name found in it as a person's where the text gives no other cue.
struct Officials: Sendable {
    /// One known official.
    struct Official: Sendable {
        var name: String
        /// Gazetteer indices of the countries served.
        var countries: [Int]
        /// Gazetteer indices of the organizations served (international civil servants).
        var organizations: [Int]
    }

    private var officials: [Official] = []
    /// Every name key (a name's identifying words, `keys(_:)`) and its official.
    private var names: [Name] = []
    /// The first of `names` with each `nameHash`: an article's words are looked up by their
    /// tokens' codes, without being folded into strings again and joined.
    private var firstName: [UInt64: Int] = [:]
    /// The lengths, in words, of the keys known: a span is looked up only at these.
    private var keyLengths: Set<Int> = []
    /// The last word of every key.
    private var lastWords = KeySet([String]())

    /// A name key and its official.
    private struct Name {
        var keys: [String]
        /// The official's index; -1 where two officials share the key.
        var official: Int
        /// The next name with the same hash (-1: none).
        var next: Int
    }

    init() {}

    /// Number of officials known.
    var count: Int { officials.count }

    /// The official named `name` (title words and initials aside), if exactly one is.
    ///
    /// - Complexity: O(*n*) in the length of `name`.
    func official(named name: String) -> Official? {
        index(named: name).map { officials[$0] }
    }

    /// The index of `official(named:)`'s official.
    func index(named name: String) -> Int? {
        index(forKeys: Self.keys(name))
    }

    /// The index of the official whose name has the folded words `keys` (as `keys(_:)` gives
    /// them), or failing that its first and last ("Andry Nirina Rajoelina" is "Andry Rajoelina").
    func index(forKeys keys: [String]) -> Int? {
        if keyLengths.contains(keys.count), let name = name(hashed: Self.nameHash(ofKeys: keys), where: { $0 == keys }) {
            return name.official >= 0 ? name.official : nil
        }
        guard keys.count >= 3 else { return nil }
        let pair = [keys[0], keys[keys.count - 1]]
        return name(hashed: Self.nameHash(ofKeys: pair), where: { $0 == pair }).flatMap { $0.official >= 0 ? $0.official : nil }
    }

    /// The name with hash `hash` whose keys satisfy `matches`.
    private func name(hashed hash: UInt64, where matches: ([String]) -> Bool) -> Name? {
        var i = firstName[hash] ?? -1
        while i >= 0 {
            if matches(names[i].keys) { return names[i] }
            i = names[i].next
        }
        return nil
    }

    /// A run of an article's words looked up as a name (`lookUp(_:in:)`).
    struct NameLookup {
        /// How many identifying words the run has (`keys(ofWords:)`'s count).
        var keyCount: Int
        /// The index of the official the run names, as `index(forKeys:)` gives it.
        var official: Int?
    }

    /// Looks up the words at `words` of `tokens` as a name: the official
    /// `index(forKeys: keys(ofWords: keys of the words))` finds.
    ///
    /// - Complexity: O(*n*) in the number of words; the words are compared with a name's keys
    ///   only where their hash is a known name's (most runs of capitalized words name no one).
    func lookUp(_ words: ArraySlice<Int>, in tokens: TokenList) -> NameLookup {
        // As `keys(ofWords:)`: single letters and marks out, then honorifics before and suffixes after.
        let honorifics = Self.honorificKeys, suffixes = Self.suffixKeys
        var first = words.startIndex
        while first < words.endIndex, !Self.identifies(tokens[words[first]]) || honorifics.contains(tokens[words[first]]) { first += 1 }
        var identifying = 0
        var count = 0
        var last = first
        var hash = Self.nameHashSeed
        var hashToLast = hash
        for position in first..<words.endIndex where Self.identifies(tokens[words[position]]) {
            hash = Self.nameHash(hash, adding: tokens[words[position]])
            identifying += 1
            if !suffixes.contains(tokens[words[position]]) {
                count = identifying
                last = position
                hashToLast = hash
            }
        }
        guard count > 0 else { return NameLookup(keyCount: 0, official: nil) }
        // (As `index(forKeys:)`: the whole name, then its first and last word.)
        if let name = name(hashed: hashToLast, where: { Self.words(words[first...last], in: tokens, are: $0) }) {
            return NameLookup(keyCount: count, official: name.official >= 0 ? name.official : nil)
        }
        guard count >= 3 else { return NameLookup(keyCount: count, official: nil) }
        let pairHash = Self.nameHash(Self.nameHash(Self.nameHashSeed, adding: tokens[words[first]]), adding: tokens[words[last]])
        let pair = name(hashed: pairHash) { keys in
            keys.count == 2 && Self.word(tokens[words[first]], is: keys[0]) && Self.word(tokens[words[last]], is: keys[1])
        }
        return NameLookup(keyCount: count, official: pair.flatMap { $0.official >= 0 ? $0.official : nil })
    }

    /// Whether the identifying words at `words` of `tokens` have the keys `keys`.
    private static func words(_ words: ArraySlice<Int>, in tokens: TokenList, are keys: [String]) -> Bool {
        var k = 0
        for t in words where identifies(tokens[t]) {
            guard k < keys.count, word(tokens[t], is: keys[k]) else { return false }
            k += 1
        }
        return k == keys.count
    }

    /// Whether `token`'s key is `key`.
    @inline(__always)
    private static func word(_ token: Token, is key: String) -> Bool {
        let code = Token.code(of: key)
        return token.code == code && (code != Token.longKey || token.key == key)
    }

    /// The official at `index` (as `index(forKeys:)` gives it).
    subscript(index: Int) -> Official { officials[index] }

    /// The words of a name that identify it: folded, without honorifics before it
    /// ("Sheikh", "King", "Dr."), a generational suffix after it ("Jr."), initials or marks.
    ///
    /// "Ferdinand R. Marcos Jr." and "Ferdinand Marcos" have the same keys, as have
    /// "Al-Sabah" and "Al Sabah".
    static func keys(_ name: String) -> [String] {
        keys(ofWords: Tokenizer.tokenize(ArticleText(text: name, document: "")).lazy.filter(\.isWord).map(\.key))
    }

    /// The identifying words among the folded words `words` of a name (see `keys(_:)`).
    static func keys(ofWords words: some Sequence<String>) -> [String] {
        var result: [String] = []
        for word in words where identifies(code: Token.code(of: word)) {
            if result.isEmpty, honorificKeys.contains(word) { continue }
            result.append(word)
        }
        while let last = result.last, suffixKeys.contains(last) { result.removeLast() }
        return result
    }

    /// Whether some known name ends with the folded word `key`: most capitalized runs end
    /// with none, and are passed over at this test.
    func someName(endsWith key: String) -> Bool { lastWords.contains(key) }

    /// Whether some known name ends with the word `token`.
    @inline(__always)
    func someName(endsWith token: Token) -> Bool { lastWords.contains(token) }

    /// Whether the word `token` is an honorific that may stand before a name ("Sheikh").
    @inline(__always)
    static func isHonorific(_ token: Token) -> Bool { honorificKeys.contains(token) }

    // (Word lists asked of tokens by their codes.)
    private static let honorificKeys: KeySet = [
        "sheikh", "sheikha", "shaikh", "king", "queen", "prince", "princess", "crown", "dr", "sir", "dame",
        "hrh", "mr", "mrs", "ms",
    ]
    private static let suffixKeys: KeySet = ["jr", "sr", "ii", "iii", "iv"]

    /// Whether a word of a name identifies it (`keys(ofWords:)`): not a single letter or mark.
    @inline(__always)
    private static func identifies(_ token: Token) -> Bool {
        identifies(code: token.code)
    }

    /// Whether a word whose key has the code `code` identifies a name.
    private static func identifies(code: UInt64) -> Bool {
        // A key of up to eight bytes is one scalar when it is one byte, or its first byte
        // starts a sequence of all its bytes; a longer key is more than one.
        guard code != Token.longKey else { return true }
        guard code > 0xFF else { return false }
        let lead = code & 0xFF
        let length = (71 &- code.leadingZeroBitCount) / 8
        let scalarLength = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        return scalarLength != length
    }

    /// The starting value of `nameHash`.
    private static let nameHashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// `hash` with the word `token` mixed in: over a name's keys, in order, it tells most
    /// names apart without folding the words into strings (a name of equal hash is then
    /// compared word by word).
    @inline(__always)
    private static func nameHash(_ hash: UInt64, adding token: Token) -> UInt64 {
        nameHash(hash, adding: token.code, token.longHash)
    }

    @inline(__always)
    private static func nameHash(_ hash: UInt64, adding code: UInt64, _ longHash: UInt64) -> UInt64 {
        let word = code == Token.longKey ? longHash : code
        let mixed = (hash ^ word) &* 0x100_0000_01b3
        return mixed ^ (mixed &>> 29)
    }

    /// `nameHash` over the keys `keys`.
    private static func nameHash(ofKeys keys: [String]) -> UInt64 {
        keys.reduce(nameHashSeed) { hash, key in
            let code = Token.code(of: key)
            return nameHash(hash, adding: code, code == Token.longKey ? Token.longHash(of: key) : 0)
        }
    }

    /// Reads the table's rows; countries and organizations are named as in the gazetteer.
    ///
    /// - Throws: `ExtractionError.resource` for a row without a name or with an
    ///   affiliation the gazetteer does not know.
    mutating func read(_ table: ResourceTable, gazetteer: Gazetteer) throws {
        var lastWordList: [String] = []
        defer { lastWords = KeySet(lastWordList) }
        // Thousands of rows name a few hundred countries and bodies: each is folded once.
        enum Served { case country(Int), organization(Int) }
        var served: [String: Served] = [:]
        for (row, line) in zip(table.rows, table.lines) {
            let name = table.cell(row, "name")
            guard !name.isEmpty else {
                throw ExtractionError.resource(name: "officials.tsv", line: line, message: "empty name")
            }
            // (The role column is for readers: the role comes from the article.)
            var official = Official(name: name, countries: [], organizations: [])
            for affiliation in ResourceTable.list(table.cell(row, "affiliation")) {
                let serving: Served
                if let known = served[affiliation] {
                    serving = known
                } else {
                    let folded = Tokenizer.fold(affiliation)
                    if let country = gazetteer.countryByName[folded] {
                        serving = .country(country)
                    } else if let organization = gazetteer.organizationByName[folded] {
                        serving = .organization(organization)
                    } else {
                        throw ExtractionError.resource(name: "officials.tsv", line: line, message: "unknown affiliation '\(affiliation)'")
                    }
                    served[affiliation] = serving
                }
                switch serving {
                case .country(let country): official.countries.append(country)
                case .organization(let organization): official.organizations.append(organization)
                }
            }
            let index = officials.count
            officials.append(official)
            for form in [name] + ResourceTable.list(table.cell(row, "aliases")) {
                let keys = Self.keys(form)
                // One word names an official only where the table gives it alone ("Lula"), not
                // where a title was left out ("King Philippe": any Philippe).
                guard keys.count >= 2 || keys.count == 1 && !form.contains(" ") else { continue }
                keyLengths.insert(keys.count)
                lastWordList.append(keys[keys.count - 1])
                let hash = Self.nameHash(ofKeys: keys)
                var i = firstName[hash] ?? -1
                while i >= 0, names[i].keys != keys { i = names[i].next }
                if i >= 0 {
                    if names[i].official != index { names[i].official = -1 }
                } else {
                    names.append(Name(keys: keys, official: index, next: firstName[hash] ?? -1))
                    firstName[hash] = names.count - 1
                }
            }
        }
    }
}
