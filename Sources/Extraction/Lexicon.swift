/// Closed word classes the rules read: titles, honorifics, verbs of speech and
/// meeting, name particles, month names... loaded from `words.tsv`, `titles.tsv`,
/// `verbs.tsv` and `abbreviations.txt`.
struct Lexicon: Sendable {
    /// A class a word belongs to (a word may be in several).
    struct WordClass: OptionSet, Sendable, Hashable {
        let rawValue: UInt64
        static let stop = WordClass(rawValue: 1 << 0)
        static let month = WordClass(rawValue: 1 << 1)
        static let weekday = WordClass(rawValue: 1 << 2)
        static let particle = WordClass(rawValue: 1 << 3)
        static let suffix = WordClass(rawValue: 1 << 4)
        static let orgHead = WordClass(rawValue: 1 << 5)
        static let event = WordClass(rawValue: 1 << 6)
        static let future = WordClass(rawValue: 1 << 7)
        static let pronoun = WordClass(rawValue: 1 << 8)
        static let group = WordClass(rawValue: 1 << 9)
        static let adverb = WordClass(rawValue: 1 << 10)
        static let intro = WordClass(rawValue: 1 << 11)
        static let coop = WordClass(rawValue: 1 << 12)
        static let member = WordClass(rawValue: 1 << 13)
        static let collective = WordClass(rawValue: 1 << 14)
        static let speechNoun = WordClass(rawValue: 1 << 15)
        static let copula = WordClass(rawValue: 1 << 16)
        static let tellVerb = WordClass(rawValue: 1 << 17)
        static let location = WordClass(rawValue: 1 << 18)
        static let negation = WordClass(rawValue: 1 << 19)
        static let combining = WordClass(rawValue: 1 << 20)
        static let titleHead = WordClass(rawValue: 1 << 21)
        static let titleModifier = WordClass(rawValue: 1 << 22)
        static let honorific = WordClass(rawValue: 1 << 23)
        static let speech = WordClass(rawValue: 1 << 24)
        static let meeting = WordClass(rawValue: 1 << 25)
        static let sign = WordClass(rawValue: 1 << 26)
        static let abbreviation = WordClass(rawValue: 1 << 27)
        /// Words naming a feature of the land or sea, or a place or building ("Lake Geneva", "Gulf of
        /// Aden", "Cabo Delgado province", "the Sir Edney Cain Building"): no person's name.
        static let landform = WordClass(rawValue: 1 << 28)

        // Classes no table names: the words at which a rule starts, added by `Lexicon.load()`
        // from the rules' own lists (`ruleWords`), so that the rule passes over every other
        // token by a bit of the classes the analysis looks up once per token, where it
        // compared each token's code with its words.
        /// "founded", "formed", "created", "established" (`MembershipDetector.foundingWords`).
        static let foundingStart = WordClass(rawValue: 1 << 40)
        /// "includes", "brings", "comprising"... (`MembershipDetector.inclusionWords`).
        static let inclusionStart = WordClass(rawValue: 1 << 41)
        /// "together", "jointly", "aid", "troops"... (`CooperationDetector.startWords`).
        static let cooperationStart = WordClass(rawValue: 1 << 42)
        /// "attended", "joined", "hosted"... (`MeetingDetector.joinWords`).
        static let joinStart = WordClass(rawValue: 1 << 43)
        /// "according" ("according to X", `StatementDetector`).
        static let according = WordClass(rawValue: 1 << 44)

        static let names: [String: WordClass] = [
            "stop": .stop, "month": .month, "weekday": .weekday, "particle": .particle, "suffix": .suffix,
            "orghead": .orgHead, "event": .event, "future": .future, "pronoun": .pronoun, "group": .group,
            "adverb": .adverb, "intro": .intro, "coop": .coop, "member": .member, "collective": .collective,
            "speechnoun": .speechNoun, "copula": .copula, "tellverb": .tellVerb, "location": .location,
            "negation": .negation, "combining": .combining, "head": .titleHead, "modifier": .titleModifier,
            "honorific": .honorific, "speech": .speech, "meeting": .meeting, "sign": .sign, "landform": .landform,
        ]
    }

    /// What a verb of `verbs.tsv` says about the relation it makes.
    struct VerbInfo: Sendable, Hashable {
        var tone: String
        var cameo: String
    }

    // Key tables rather than dictionaries: every token is looked up here.
    private(set) var classes = KeyTable<WordClass>()
    /// The classes of the keys of up to eight bytes again, by code, for the look-up of
    /// every token (`classes(of:)`).
    private var shortKeyClasses = ShortKeyClasses()
    private(set) var values = KeyTable<String>()
    private(set) var verbs = KeyTable<VerbInfo>()
    private(set) var meetingVerbs = KeyTable<VerbInfo>()
    /// Multi-word titles ("secretary of state"), as token-key sequences.
    private(set) var titlePhrases = PhraseTrie<Int>()
    private(set) var abbreviations: Set<String> = []
    /// The same words as a key set, for the sentence splitter's test of the word before
    /// every period (a `Set<String>` hashes the key with SipHash).
    private(set) var abbreviationKeys = KeySet([String]())

    init() {}

    /// Loads the bundled tables.
    static func load() throws -> Lexicon {
        var lexicon = Lexicon()
        try lexicon.read(words: ResourceTable.load("words.tsv", hasHeader: false), name: "words.tsv")
        try lexicon.read(words: ResourceTable.load("titles.tsv", hasHeader: false), name: "titles.tsv")
        try lexicon.read(verbs: ResourceTable.load("verbs.tsv", hasHeader: false), name: "verbs.tsv")
        let abbreviations = try ResourceTable.load("abbreviations.txt", hasHeader: false)
        for row in abbreviations.rows { lexicon.add(row[0].lowercased(), .abbreviation) }
        lexicon.abbreviations = Set(abbreviations.rows.map { $0[0].lowercased() })
        lexicon.abbreviationKeys = KeySet(lexicon.abbreviations)
        for (words, wordClass) in ruleWords {
            for word in words { lexicon.add(word, wordClass) }
        }
        return lexicon
    }

    /// The rules' start words and the class each gets (`WordClass.foundingStart`...).
    static let ruleWords: [(words: [String], wordClass: WordClass)] = [
        (MembershipDetector.foundingWords, .foundingStart),
        (MembershipDetector.inclusionWords, .inclusionStart),
        (CooperationDetector.startWords, .cooperationStart),
        (MeetingDetector.joinWords, .joinStart),
        (["according"], .according),
    ]

    mutating func read(words table: ResourceTable, name: String) throws {
        for (row, line) in zip(table.rows, table.lines) {
            if row.count >= 2 && row[1] == "phrase" { continue }
            guard row.count >= 2, let wordClass = WordClass.names[row[1]] else {
                throw ExtractionError.resource(name: name, line: line, message: "expected 'word<TAB>class'")
            }
            add(row[0], wordClass)
            if row.count >= 3, !row[2].isEmpty { values.set(row[0], row[2]) }
        }
        for (row, line) in zip(table.rows, table.lines) where row.count >= 2 && row[1] == "phrase" {
            let keys = PhraseTrie<Int>.keys(row[0])
            guard !keys.isEmpty else {
                throw ExtractionError.resource(name: name, line: line, message: "empty phrase")
            }
            titlePhrases.insert(keys, value: line)
        }
    }

    mutating func read(verbs table: ResourceTable, name: String) throws {
        for (row, line) in zip(table.rows, table.lines) {
            guard row.count >= 4, let wordClass = WordClass.names[row[1]] else {
                throw ExtractionError.resource(name: name, line: line, message: "expected 'form<TAB>class<TAB>tone<TAB>cameo'")
            }
            add(row[0], wordClass)
            let info = VerbInfo(tone: row[2], cameo: row[3])
            if wordClass == .speech { verbs.set(row[0], info) }
            if wordClass == .meeting || wordClass == .sign { meetingVerbs.set(row[0], info) }
        }
    }

    mutating func add(_ word: String, _ wordClass: WordClass) {
        let key = Tokenizer.fold(word)
        var existing = classes[key] ?? []
        existing.insert(wordClass)
        classes.set(key, existing)
        let code = Token.code(of: key)
        if code != Token.longKey {
            // (A table shared with a copy of this lexicon is copied first.)
            if !isKnownUniquelyReferenced(&shortKeyClasses) { shortKeyClasses = ShortKeyClasses(copying: shortKeyClasses) }
            shortKeyClasses.set(existing, of: code)
        }
    }

    /// Whether `key` (a folded token) is in `wordClass`.
    @inline(__always) func has(_ key: String, _ wordClass: WordClass) -> Bool {
        classes[key]?.contains(wordClass) ?? false
    }

    /// The classes of `key`.
    @inline(__always) func classes(of key: String) -> WordClass { classes[key] ?? [] }

    /// The classes of the key of `token` (looked up by its code: nothing hashed).
    @inline(__always) func classes(of token: Token) -> WordClass {
        if token.code != Token.longKey { return shortKeyClasses.classes(of: token.code) }
        return classes[code: token.code, longHash: token.longHash, key: token.key] ?? []
    }

    /// The value column of a word (the country of a combining form).
    func value(of key: String) -> String? { values[key] }
}

extension Lexicon.WordClass {
    init?(named name: String) {
        guard let value = Self.names[name] else { return nil }
        self = value
    }
}
