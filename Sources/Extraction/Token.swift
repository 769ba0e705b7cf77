/// One word, number or punctuation mark of an article.
struct Token: Sendable {
    /// What the token looks like, as bits.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        /// Letters or digits.
        static let word = Flags(rawValue: 1 << 0)
        /// The first letter is uppercase.
        static let capitalized = Flags(rawValue: 1 << 1)
        /// Every letter is uppercase (and there are at least two letters, or one with a period).
        static let allCaps = Flags(rawValue: 1 << 2)
        /// White space precedes the token.
        static let spaceBefore = Flags(rawValue: 1 << 3)
        /// The token starts a paragraph.
        static let paragraphStart = Flags(rawValue: 1 << 4)
        /// An opening double quote.
        static let openQuote = Flags(rawValue: 1 << 5)
        /// A closing double quote.
        static let closeQuote = Flags(rawValue: 1 << 6)
        /// Digits only.
        static let number = Flags(rawValue: 1 << 7)
        /// An initial or acronym with periods ("S.", "U.S.").
        static let dotted = Flags(rawValue: 1 << 8)
        /// Part of a dateline, byline or credit line: not read for entities.
        static let excluded = Flags(rawValue: 1 << 9)
    }

    /// Offset of the first scalar in the article.
    var start: Int
    /// Offset past the last scalar.
    var end: Int
    /// The token as written.
    var text: String
    /// Lowercased, without diacritics and periods: the key of every table look-up.
    var key: String
    var flags: Flags

    var isWord: Bool { flags.contains(.word) }
    var isCapitalized: Bool { flags.contains(.capitalized) }
    var isQuote: Bool { !flags.isDisjoint(with: [.openQuote, .closeQuote]) }
}
