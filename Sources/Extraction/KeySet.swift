/// A small fixed set of token keys (a rule's word list), asked of tokens by their code.
///
/// The rules ask "is this token one of these words?" for many tokens of every sentence.
/// `Set<String>` hashes the token's key for every question; a key set compares the
/// token's packed code (`Token.code`) with the sorted codes of its words of up to eight
/// bytes, and hashes only keys longer than that (few tokens). It answers as a
/// `Set<String>` of the same words would.
///
/// ```swift
/// static let listVerbs: KeySet = ["are", "were", "include"]
/// if Self.listVerbs.contains(doc.tokens[t]) { ... }
/// ```
///
/// - Complexity: `contains` O(1) expected: one or two integer comparisons in an
///   open-addressing table of codes for a key of up to eight bytes, one hash look-up for a
///   longer key.
struct KeySet: Sendable, ExpressibleByArrayLiteral {
    /// The codes of a set of at most four words of up to eight bytes (a rule's literal made
    /// per call, `followed(by: ["with", "to"])`), unsorted, held here rather than in an array:
    /// making the set allocates nothing. `inlineCount` is -1 when the codes are in `short`.
    private let inlineCodes: (UInt64, UInt64, UInt64, UInt64)
    private let inlineCount: Int
    /// Codes of the words of up to eight bytes, sorted (when not inline).
    private let short: [UInt64]
    /// The same codes hashed (when not inline): the rules ask a set such as the meeting
    /// detector's `joinWords` about every token, and a binary search of twenty codes took
    /// about fifty instructions where a probe of this table takes about ten.
    private let table: CodeTable?
    /// The longer words, and their `Token.longHash`es, sorted: a token's hash is looked
    /// for first, and its key (a copy) read only when the hash is there.
    private let long: Set<String>
    private let longHashes: [UInt64]

    init(_ keys: some Sequence<String>) {
        var words = Words()
        for key in keys { words.add(key) }
        self.init(words)
    }

    /// A set of the words of a literal, read one by one: the literal's array is not passed
    /// on, so that the optimizer can keep it on the stack where the set is made per call
    /// (`followed(by: ["with"])`).
    @inline(__always)
    init(arrayLiteral keys: String...) {
        // Up to four short words (most literals made per call) straight into the inline codes.
        if keys.count <= 4 {
            var inline: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            var allShort = true
            for k in 0..<keys.count {
                let code = Token.code(of: keys[k])
                if code == Token.longKey { allShort = false }
                withUnsafeMutableBytes(of: &inline) { $0.storeBytes(of: code, toByteOffset: k * 8, as: UInt64.self) }
            }
            if allShort {
                self.init(inlineCodes: inline, count: keys.count)
                return
            }
        }
        var words = Words()
        for k in 0..<keys.count { words.add(keys[k]) }
        self.init(words)
    }

    /// A set held inline: `count` codes of words of up to eight bytes.
    private init(inlineCodes: (UInt64, UInt64, UInt64, UInt64), count: Int) {
        self.inlineCodes = inlineCodes
        inlineCount = count
        short = []
        table = nil
        long = []
        longHashes = []
    }

    /// The codes and long words of a set being made.
    private struct Words {
        // Duplicates do no harm; no hashing or table for a set of up to four short words, so
        // that a literal set made per call (`followed(by: ["with", "to"])`) allocates nothing.
        var inline: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var inlineCount = 0
        var short: [UInt64] = []
        var long: Set<String> = []

        mutating func add(_ key: String) {
            let code = Token.code(of: key)
            if code == Token.longKey {
                long.insert(key)
            } else if inlineCount >= 0 && inlineCount < 4 {
                withUnsafeMutableBytes(of: &inline) { $0.storeBytes(of: code, toByteOffset: inlineCount * 8, as: UInt64.self) }
                inlineCount += 1
            } else {
                if inlineCount >= 0 {
                    short = [inline.0, inline.1, inline.2, inline.3]
                    inlineCount = -1
                }
                short.append(code)
            }
        }
    }

    private init(_ words: consuming Words) {
        // (A set held inline is not sorted: sorting its empty array made a new one.)
        if words.inlineCount < 0 { words.short.sort() }
        inlineCodes = words.inline
        inlineCount = words.inlineCount
        table = words.inlineCount < 0 ? CodeTable(words.short) : nil
        longHashes = words.long.isEmpty ? [] : words.long.map(Token.longHash(of:)).sorted()
        short = words.short
        long = words.long
    }

    /// Whether the key of `token` is a member.
    @inline(__always)
    func contains(_ token: Token) -> Bool {
        contains(code: token.code, longHash: token.longHash, key: token.key)
    }

    /// Whether `key` is a member.
    func contains(_ key: String) -> Bool {
        let code = Token.code(of: key)
        return contains(code: code, longHash: code == Token.longKey ? Token.longHash(of: key) : 0, key: key)
    }

    @inline(__always)
    private func contains(code: UInt64, longHash: UInt64, key: @autoclosure () -> String) -> Bool {
        if code == Token.longKey { return !longHashes.isEmpty && KeySet.search(longHashes, longHash) && long.contains(key()) }
        if inlineCount >= 0 {
            return inlineCount > 0 && inlineCodes.0 == code || inlineCount > 1 && inlineCodes.1 == code
                || inlineCount > 2 && inlineCodes.2 == code || inlineCount > 3 && inlineCodes.3 == code
        }
        return table.unsafelyUnwrapped.contains(code)
    }

    /// Whether sorted `values` holds `value` (binary search).
    @inline(__always)
    private static func search(_ values: [UInt64], _ value: UInt64) -> Bool {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) >> 1
            let found = values[middle]
            if found == value { return true }
            if found < value { low = middle + 1 } else { high = middle }
        }
        return false
    }

    /// The words of both sets.
    func union(_ other: KeySet) -> KeySet {
        KeySet(codes: (codes + other.codes).sorted(), long: long.union(other.long))
    }

    /// The codes of the short words, wherever they are held.
    private var codes: [UInt64] {
        guard inlineCount >= 0 else { return short }
        return Array([inlineCodes.0, inlineCodes.1, inlineCodes.2, inlineCodes.3].prefix(inlineCount))
    }

    private init(codes: [UInt64], long: Set<String>) {
        inlineCodes = (0, 0, 0, 0)
        inlineCount = -1
        short = codes
        table = CodeTable(codes)
        self.long = long
        longHashes = long.map(Token.longHash(of:)).sorted()
    }
}

extension KeySet {
    /// Codes of words of up to eight bytes in an open-addressing table (linear probing,
    /// at most a quarter full, so that most absent codes stop at their first slot).
    /// Written once, when the set is made, and only read after that.
    fileprivate final class CodeTable: @unchecked Sendable {
        /// 0 marks an empty slot: the code of the empty key, held in `containsEmpty`.
        private let slots: UnsafeMutablePointer<UInt64>
        private let mask: Int
        private let shift: UInt64
        private let containsEmpty: Bool

        init(_ codes: [UInt64]) {
            var bits = 4
            while 1 << bits < codes.count * 4 { bits += 1 }
            let count = 1 << bits
            slots = .allocate(filling: 0, count: count)
            mask = count - 1
            shift = UInt64(64 - bits)
            containsEmpty = codes.contains(0)
            for code in codes where code != 0 {
                var i = slot(of: code)
                while slots[i] != 0 && slots[i] != code { i = (i &+ 1) & mask }
                slots[i] = code
            }
        }

        deinit {
            slots.deallocate()
        }

        /// The first slot to probe for `code` (Fibonacci hashing: the high bits of the
        /// product, which every byte of the code reaches).
        @inline(__always)
        private func slot(of code: UInt64) -> Int {
            Int(truncatingIfNeeded: (code &* 0x9E37_79B9_7F4A_7C15) &>> shift)
        }

        @inline(__always)
        func contains(_ code: UInt64) -> Bool {
            if code == 0 { return containsEmpty }
            var i = slot(of: code)
            while true {
                let found = slots[i]
                if found == code { return true }
                if found == 0 { return false }
                i = (i &+ 1) & mask
            }
        }
    }
}
