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
    ///
    /// A plain stored property (changed through `setKey(_:)`, not an observer), so that its
    /// address is the field's own: `TokenList` reads its bits in place when freeing tokens.
    private(set) var key: String
    var flags: Flags
    /// The key's UTF-8 bytes packed into one integer (`Token.code(_:)`), so that
    /// comparing the key with a short literal is one integer comparison rather than a
    /// call into the standard library's string comparison.
    private(set) var code: UInt64
    /// A hash of the key's bytes when it is longer than eight bytes (0 otherwise), so that
    /// comparing it with a long literal compares integers, and reads the key (copying the
    /// token) only when they match.
    private(set) var longHash: UInt64

    init(start: Int, end: Int, text: String, key: String, flags: Flags) {
        self.init(start: start, end: end, text: text, key: key, code: Token.code(of: key), flags: flags)
    }

    /// A token whose key's code is already known (the tokenizer computes it with the key).
    init(start: Int, end: Int, text: String, key: String, code: UInt64, flags: Flags) {
        self.init(start: start, end: end, text: text, key: key, code: code, longHash: code == Token.longKey ? Token.longHash(of: key) : 0, flags: flags)
    }

    /// A token whose key has at most eight bytes, packed in `shortCode` (no long hash).
    init(start: Int, end: Int, text: String, key: String, shortCode: UInt64, flags: Flags) {
        self.init(start: start, end: end, text: text, key: key, code: shortCode, longHash: 0, flags: flags)
    }

    /// A token whose key is longer than eight bytes and has `Token.longHash` `longHash`
    /// (the tokenizer computes it from the key's bytes).
    init(start: Int, end: Int, text: String, key: String, longHash: UInt64, flags: Flags) {
        self.init(start: start, end: end, text: text, key: key, code: Token.longKey, longHash: longHash, flags: flags)
    }

    /// Every field given: the one place that stores them.
    private init(start: Int, end: Int, text: String, key: String, code: UInt64, longHash: UInt64, flags: Flags) {
        self.start = start
        self.end = end
        self.text = text
        self.key = key
        self.code = code
        self.longHash = longHash
        self.flags = flags
    }

    /// Changes the key, and its code and long hash with it.
    mutating func setKey(_ newKey: String) {
        key = newKey
        code = Token.code(of: newKey)
        longHash = code == Token.longKey ? Token.longHash(of: newKey) : 0
    }

    /// Whether freeing the token at `token` would release nothing: both strings are
    /// immortal (small strings, as nearly every word's are, and literals), which the runtime
    /// does not count references to. Read from the strings' bits in place: on 64-bit
    /// platforms bit 63 of a string's second word is its object's "immortal" flag (see
    /// `_StringObject` in the standard library); elsewhere the answer is always false.
    @inline(__always)
    static func holdsOnlyImmortalStrings(_ token: UnsafeMutablePointer<Token>) -> Bool {
        #if _pointerBitWidth(_64)
        let text = withUnsafeBytes(of: &token.pointee.text) { $0.load(fromByteOffset: 8, as: UInt64.self) }
        let key = withUnsafeBytes(of: &token.pointee.key) { $0.load(fromByteOffset: 8, as: UInt64.self) }
        return text & key & (1 << 63) != 0
        #else
        return false
        #endif
    }

    var isWord: Bool { flags.contains(.word) }
    var isCapitalized: Bool { flags.contains(.capitalized) }
    var isQuote: Bool { !flags.isDisjoint(with: [.openQuote, .closeQuote]) }

    /// Whether the key is `literal`: `key == literal`, without a string comparison for
    /// literals of up to eight bytes.
    @inline(__always)
    func hasKey(_ literal: StaticString) -> Bool {
        if literal.utf8CodeUnitCount <= 8 { return code == Token.code(literal) }
        return code == Token.longKey && longHash == Token.longHash(literal) && Token.bytes(of: key, equal: literal)
    }

    /// Whether the key ends with `literal` (`key.hasSuffix(literal)`), compared as bytes in
    /// the code where the key is ASCII of up to eight bytes (each byte then a character), else
    /// by the standard library.
    @inline(__always)
    func keyHasSuffix(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        if count <= 8 && code != Token.longKey && code & 0x8080_8080_8080_8080 == 0 {
            // The key's length: the bytes up to its code's highest nonzero one.
            let length = (71 &- code.leadingZeroBitCount) / 8
            guard length >= count else { return false }
            return code &>> UInt64(truncatingIfNeeded: (length &- count) &* 8) == Token.code(literal)
        }
        return key.hasSuffix(literal.description)
    }

    /// FNV-1a over the bytes of a key longer than eight bytes (`longHash`).
    static func longHash(of key: String) -> UInt64 {
        var hash = FNV1a()
        hash.add(bytesOf: key)
        return hash.value
    }

    /// `longHash(of:)` of a literal (folded to a constant where the literal is).
    @inline(__always)
    static func longHash(_ literal: StaticString) -> UInt64 {
        var hash = FNV1a()
        let bytes = literal.utf8Start
        for k in 0..<literal.utf8CodeUnitCount { hash.add(bytes[k]) }
        return hash.value
    }

    /// Whether `key` has the bytes of `literal`, compared in place (making a `String` of
    /// the literal to compare would cost more than the comparison).
    @inline(__always)
    static func bytes(of key: String, equal literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        let other = literal.utf8Start
        if let equal = key.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            guard bytes.count == count else { return false }
            for k in 0..<count where bytes[k] != other[k] { return false }
            return true
        }) {
            return equal
        }
        return key == literal.description
    }

    /// The code of a key longer than eight bytes: no shorter key packs to it (0xFF is
    /// never a byte of UTF-8).
    static let longKey: UInt64 = .max

    /// The code of a literal key, for `switch token.code { case Token.code("and"): ... }`.
    /// Folded to a constant where the literal is.
    ///
    /// - Precondition: `literal` has at most eight bytes (every longer key has the same
    ///   code, `longKey`: compare those with `hasKey(_:)`).
    @inline(__always)
    static func code(_ literal: StaticString) -> UInt64 {
        let count = literal.utf8CodeUnitCount
        precondition(count <= 8, "Token.code(_:) of a literal longer than eight bytes: use hasKey(_:)")
        var value: UInt64 = 0
        let bytes = literal.utf8Start
        for k in 0..<count { value |= UInt64(bytes[k]) &<< UInt64(truncatingIfNeeded: k &* 8) }
        return value
    }

    /// The code of `key`: its bytes, the first in the lowest byte, when it has at most eight.
    @inline(__always)
    static func code(of key: String) -> UInt64 {
        let utf8 = key.utf8
        guard utf8.count <= 8 else { return longKey }
        // The bytes in place (a string's UTF-8 is contiguous; the iterator is far slower).
        if let value = utf8.withContiguousStorageIfAvailable({ bytes -> UInt64 in
            var value: UInt64 = 0
            for k in 0..<bytes.count { value |= UInt64(bytes[k]) &<< UInt64(truncatingIfNeeded: k &* 8) }
            return value
        }) {
            return value
        }
        var value: UInt64 = 0
        for (k, byte) in utf8.enumerated() { value |= UInt64(byte) &<< UInt64(truncatingIfNeeded: k &* 8) }
        return value
    }
}

extension Token {
    /// Matches a token whose key is `literal` (`hasKey`), so that a rule can switch on a
    /// token with its words as cases — `switch token { case "met", "meets": ... }` — and
    /// compare integers where a switch on the key string would compare strings case by case.
    @inline(__always)
    static func ~= (literal: StaticString, token: Token) -> Bool {
        token.hasKey(literal)
    }
}
