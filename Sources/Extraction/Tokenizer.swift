/// Splits an article into tokens: words (with internal hyphens split off),
/// numbers, initials and dotted acronyms ("U.S."), possessive `'s`, and single
/// punctuation marks, with typographic quotes classified as opening or closing.
///
/// - Complexity: O(*n*) in the number of scalars.
enum Tokenizer {
    static func tokenize(_ text: ArticleText) -> [Token] {
        Array(tokenList(text))
    }

    /// The tokens of `text`, in the list the analysis reads.
    static func tokenList(_ text: ArticleText) -> TokenList {
        // The scalars through a buffer pointer: the loops index them for every scalar.
        text.scalars.withUnsafeBufferPointer { tokenize($0) }
    }

    private static func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> TokenList {
        let n = s.count
        let shortStrings = ShortStrings.current
        var tokens = TokenList.Builder(capacity: n / 5)
        var i = 0
        var space = true
        var newlines = 2
        while i < n {
            let c = s[i]
            // An ASCII letter or digit (most scalars that start a token) is neither a line
            // break nor a space: tested first.
            let isASCIIWord = isASCIIWordValue(c.value)
            if !isASCIIWord {
                if c == "\n" || c == "\r" || c == "\u{2029}" {
                    if c == "\n" || c == "\u{2029}" { newlines += 1 }
                    space = true
                    i += 1
                    continue
                }
                if isSpace(c) {
                    space = true
                    i += 1
                    continue
                }
            }
            var flags: Token.Flags = space ? [.spaceBefore] : []
            if newlines > 0 && startsParagraph(tokens: tokens, newlines: newlines, next: c) {
                flags.insert(.paragraphStart)
            }
            newlines = 0
            space = false
            if isASCIIWord || isWordScalar(c) {
                var j = i &+ 1
                // Lowercase ASCII letters (most of a word's scalars) in a loop of their own.
                while j < n && s[j].value &- 97 < 26 { j &+= 1 }
                while j < n {
                    // ASCII letters and digits first: the rest of `isWordScalar` only for others.
                    let value = s[j].value
                    if isASCIIWordValue(value) || value >= 0x80 && isWordScalar(s[j]) {
                        j &+= 1
                    } else if isApostrophe(s[j]), j + 1 < n, isLetter(s[j + 1]),
                        j > i, !isPossessive(s, j)
                    {
                        j += 1
                    } else {
                        break
                    }
                }
                // Initials and dotted acronyms: "S.", "U.S.", "H.E".
                if j - i == 1, isLetter(c), j < n, s[j] == "." {
                    var k = j + 1
                    while k + 1 < n, isLetter(s[k]), s[k + 1] == ".", k + 2 >= n || !isLetter(s[k + 2]) {
                        k += 2
                    }
                    if k == j + 1, k + 1 < n, isUpper(c), isUpper(s[k]), isSpace(s[k + 1]) {
                        k += 1  // "H.E Name"
                    }
                    j = k
                    flags.insert(.dotted)
                }
                tokens.append(makeWord(s, i, j, flags, shortStrings))
                i = j
                continue
            }
            if isApostrophe(c), isPossessive(s, i), !flags.contains(.spaceBefore) {
                tokens.append(Token(start: i, end: i + 2, text: "'s", key: "'s", flags: flags))
                i += 2
                continue
            }
            if isApostrophe(c), !flags.contains(.spaceBefore), i + 1 < n, !isWordScalar(s[i + 1]),
                let last = tokens.last, last.isWord, last.key.hasSuffix("s")
            {
                tokens.append(Token(start: i, end: i + 1, text: "'", key: "'s", flags: flags))
                i += 1
                continue
            }
            switch c {
            case "\u{201C}", "\u{00AB}", "\u{201E}": flags.insert(.openQuote)
            case "\u{201D}", "\u{00BB}": flags.insert(.closeQuote)
            case "\"":
                let before = i == 0 ? " " : s[i - 1]
                let after = i + 1 < n ? s[i + 1] : " "
                if isSpace(before) || before == "\n" || before == "(" || before == "[" || before == "\u{2014}"
                    || before == "-" || (before == ":" && !isSpace(after)) || (!isSpace(after) && isWordScalar(after) && !isWordScalar(before) && before != "." && before != ",")
                {
                    flags.insert(.openQuote)
                } else {
                    flags.insert(.closeQuote)
                }
            default: break
            }
            var text = c.value < 0x80 ? asciiStrings[Int(c.value)] : String(c)
            var key = text
            // The key's code where it is known here (an ASCII mark's is its byte), rather than
            // read back from the key's string.
            var code: UInt64? = c.value < 0x80 ? UInt64(c.value) : nil
            if c == "\u{2013}" || c == "\u{2014}" { key = "--"; code = Token.code("--") }
            if c == "\u{2019}" || c == "\u{2018}" { text = "'"; key = "'"; code = Token.code("'") }
            if flags.contains(.openQuote) || flags.contains(.closeQuote) { key = "\""; code = Token.code("\"") }
            if let code {
                tokens.append(Token(start: i, end: i + 1, text: text, key: key, shortCode: code, flags: flags))
            } else {
                tokens.append(Token(start: i, end: i + 1, text: text, key: key, flags: flags))
            }
            i += 1
        }
        return tokens.list
    }

    /// The one-scalar strings of ASCII, made once: punctuation tokens take theirs from here.
    private static let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// A new paragraph starts after a blank line, or after a line break that
    /// follows the end of a sentence or precedes a capital letter.
    private static func startsParagraph(tokens: TokenList.Builder, newlines: Int, next: Unicode.Scalar) -> Bool {
        // The last token's code read in place (binding the token copied its strings).
        guard let lastCode = tokens.lastCode else { return true }
        if newlines >= 2 { return true }
        if isUpper(next) || isDigit(next) || next == "\u{201C}" || next == "\"" || next == "(" { return true }
        switch lastCode {
        case Token.code("."), Token.code("!"), Token.code("?"), Token.code(":"), Token.code("\""), Token.code(")"): return true
        default: return false
        }
    }

    @inline(__always)
    static func makeWord(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ j: Int, _ base: Token.Flags, _ shortStrings: ShortStrings) -> Token {
        let length = j - i
        // Short ASCII words without periods (nearly all): the counts and the key's code
        // from the packed bytes at once (the flags and strings are those of `makeOtherWord`).
        if length <= 8 && !base.contains(.dotted) {
            var textCode: UInt64 = 0
            var bits: UInt32 = 0
            for k in 0..<length {
                let value = s[i &+ k].value
                bits |= value
                textCode |= UInt64(truncatingIfNeeded: value) &<< UInt64(truncatingIfNeeded: k &* 8)
            }
            if bits < 0x80 {
                return makeShortWord(s, i, j, textCode: textCode, base, shortStrings)
            }
        } else if length <= 16 && !base.contains(.dotted) {
            var low: UInt64 = 0, high: UInt64 = 0
            var bits: UInt32 = 0
            for k in 0..<8 {
                let value = s[i &+ k].value
                bits |= value
                low |= UInt64(truncatingIfNeeded: value) &<< UInt64(truncatingIfNeeded: k &* 8)
            }
            for k in 8..<length {
                let value = s[i &+ k].value
                bits |= value
                high |= UInt64(truncatingIfNeeded: value) &<< UInt64(truncatingIfNeeded: (k &- 8) &* 8)
            }
            if bits < 0x80 {
                return makeMediumWord(s, i, j, low: low, high: high, base, shortStrings)
            }
        }
        return makeOtherWord(s, i, j, base, shortStrings)
    }

    /// Bits 0x80 of the bytes of `code` (ASCII bytes packed as `Token.code` packs a key)
    /// from `lo` through `hi`: a byte `b` (below 0x80) is at least `lo` when `b + (0x80 - lo)`
    /// has its high bit set, and no byte's sum carries into the next.
    @inline(__always)
    private static func bytes(of code: UInt64, from lo: UInt64, through hi: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        return (code &+ (0x80 &- lo) &* ones) & ~(code &+ (0x7F &- hi) &* ones) & highs
    }

    /// The token of an ASCII word of nine to sixteen bytes without periods, from its bytes
    /// packed in two integers (the first eight in `low`), as `makeOtherWord` makes it.
    @inline(never)
    private static func makeMediumWord(
        _ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ j: Int, low: UInt64, high: UInt64, _ base: Token.Flags,
        _ shortStrings: ShortStrings
    ) -> Token {
        let length = j - i
        // As in `makeShortWord`: masks tested, not counted (the first eight bytes are all the
        // word's, the rest of `high` its last ones).
        let upperLow = bytes(of: low, from: 65, through: 90), upperHigh = bytes(of: high, from: 65, through: 90)
        let lowerBytes = bytes(of: low, from: 97, through: 122) | bytes(of: high, from: 97, through: 122)
        let highBytes: UInt64 = 0x8080_8080_8080_8080
        let isNumber = bytes(of: low, from: 48, through: 57) == highBytes
            && bytes(of: high, from: 48, through: 57) == highBytes &>> UInt64(truncatingIfNeeded: (16 &- length) &* 8)
        let upperCount = upperLow.nonzeroBitCount &+ upperHigh.nonzeroBitCount
        var flags = base
        flags.insert(.word)
        if upperLow & 0x80 != 0 { flags.insert(.capitalized) }
        if upperCount >= 2 && lowerBytes == 0 { flags.insert(.allCaps) }
        if isNumber { flags.insert(.number) }
        @inline(__always) func string(_ low: UInt64, _ high: UInt64) -> String {
            shortStrings.string(low: low, high: high) {
                String(unsafeUninitializedCapacity: length) { buffer in
                    for k in 0..<8 { buffer[k] = UInt8(truncatingIfNeeded: low &>> UInt64(truncatingIfNeeded: k &* 8)) }
                    for k in 8..<length { buffer[k] = UInt8(truncatingIfNeeded: high &>> UInt64(truncatingIfNeeded: (k &- 8) &* 8)) }
                    return length
                }
            }
        }
        // Lowercase: 0x20 added to each uppercase byte (its mask bit is 0x80).
        let keyLow = low | upperLow &>> 2, keyHigh = high | upperHigh &>> 2
        // `Token.longHash` of the key, from its bytes.
        var hash = FNV1a()
        for k in 0..<8 { hash.add(UInt8(truncatingIfNeeded: keyLow &>> UInt64(truncatingIfNeeded: k &* 8))) }
        for k in 8..<length { hash.add(UInt8(truncatingIfNeeded: keyHigh &>> UInt64(truncatingIfNeeded: (k &- 8) &* 8))) }
        let text = string(low, high)
        let key = upperCount == 0 ? text : string(keyLow, keyHigh)
        return Token(start: i, end: j, text: text, key: key, longHash: hash.value, flags: flags)
    }

    /// The token of any word, by one pass over its scalars (out of line: the short words'
    /// path stays small).
    @inline(never)
    private static func makeOtherWord(
        _ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ j: Int, _ base: Token.Flags, _ shortStrings: ShortStrings
    ) -> Token {
        var flags = base
        flags.insert(.word)
        let length = j - i
        // One pass over the scalars: the counts for the flags and, for ASCII words (nearly
        // all), the bytes of the text and of the key.
        var upper = 0, lower = 0, digits = 0, periods = 0
        var nonASCII = false
        // The key's bytes (lowercased, without periods) as `Token.code` packs them.
        var code: UInt64 = 0
        var keyLength = 0
        for k in i..<j {
            let value = s[k].value
            if value < 0x80 {
                var byte = UInt8(truncatingIfNeeded: value)
                if byte >= 65 && byte <= 90 {
                    upper += 1
                    byte += 32
                } else if byte >= 48 && byte <= 57 {
                    digits += 1
                } else if byte >= 97 && byte <= 122 {
                    lower += 1
                } else if byte == UInt8(ascii: ".") {
                    periods += 1
                    continue
                }
                if keyLength < 8 { code |= UInt64(byte) &<< UInt64(truncatingIfNeeded: keyLength &* 8) }
                keyLength += 1
            } else {
                nonASCII = true
                let scalar = s[k]
                if isUpper(scalar) { upper += 1 } else if isLetter(scalar) { lower += 1 }
            }
        }
        if isUpper(s[i]) { flags.insert(.capitalized) }
        if upper >= 2 && lower == 0 { flags.insert(.allCaps) }
        if digits == length { flags.insert(.number) }
        // An initial or acronym with its periods ("S.", "U.S.") counts as capitalized.
        if flags.contains(.dotted) && periods > 0 {
            flags.insert(.capitalized)
            if isUpper(s[i]) { flags.insert(.allCaps) }
        }
        if !nonASCII {
            if keyLength > 8 { code = Token.longKey }
            // ASCII words: text and key written straight from the scalars (short ones found
            // among those already made on this thread).
            func makeText() -> String {
                String(unsafeUninitializedCapacity: length) { buffer in
                    for k in 0..<length { buffer[k] = UInt8(truncatingIfNeeded: s[i + k].value) }
                    return length
                }
            }
            let text: String
            if length <= 8 {
                var textCode: UInt64 = 0
                for k in 0..<length { textCode |= UInt64(s[i + k].value) &<< UInt64(truncatingIfNeeded: k &* 8) }
                text = shortStrings.string(code: textCode, make: makeText)
            } else {
                text = makeText()
            }
            // Most words are already lowercase, without periods: their key is their text.
            if upper == 0 && periods == 0 { return Token(start: i, end: j, text: text, key: text, code: code, flags: flags) }
            let key: String
            if keyLength <= 8 {
                // The key is in the code already.
                key = shortStrings.string(code: code) {
                    withUnsafeBytes(of: code.littleEndian) { bytes in
                        String(unsafeUninitializedCapacity: keyLength) { buffer in
                            for k in 0..<keyLength { buffer[k] = bytes[k] }
                            return keyLength
                        }
                    }
                }
            } else {
                key = String(unsafeUninitializedCapacity: keyLength) { buffer in
                    var n = 0
                    for k in i..<j {
                        var b = UInt8(truncatingIfNeeded: s[k].value)
                        if b == UInt8(ascii: ".") { continue }
                        if b >= 65 && b <= 90 { b += 32 }
                        buffer[n] = b
                        n += 1
                    }
                    return n
                }
            }
            return Token(start: i, end: j, text: text, key: key, code: code, flags: flags)
        }
        let text = ArticleText.string(UnsafeBufferPointer(rebasing: s[i..<j]))
        return Token(start: i, end: j, text: text, key: fold(text, ascii: false), flags: flags)
    }

    /// The token of an ASCII word of at most eight bytes without periods, from its bytes
    /// packed as `Token.code` packs a key (`textCode`).
    ///
    /// Each byte's class is a bit of a mask, for all eight bytes at once: a byte `b` (below
    /// 0x80) is at least `lo` when `b + (0x80 - lo)` has its high bit set, and no byte's sum
    /// carries into the next.
    @inline(__always)
    private static func makeShortWord(
        _ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ j: Int, textCode: UInt64, _ base: Token.Flags,
        _ shortStrings: ShortStrings
    ) -> Token {
        let length = j - i
        @inline(__always) func bytes(from lo: UInt64, through hi: UInt64) -> UInt64 {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            return (textCode &+ (0x80 &- lo) &* ones) & ~(textCode &+ (0x7F &- hi) &* ones) & highs
        }
        // The flags need no counts: two or more uppercase bytes is a mask with more than one
        // bit, and digits only is the mask of every byte of the word.
        let upperBytes = bytes(from: 65, through: 90)
        let lowerBytes = bytes(from: 97, through: 122)
        let digitBytes = bytes(from: 48, through: 57)
        let wordBytes = 0x8080_8080_8080_8080 &>> UInt64(truncatingIfNeeded: (8 &- length) &* 8)
        var flags = base
        flags.insert(.word)
        if upperBytes & 0x80 != 0 { flags.insert(.capitalized) }
        if upperBytes & (upperBytes &- 1) != 0 && lowerBytes == 0 { flags.insert(.allCaps) }
        if digitBytes == wordBytes { flags.insert(.number) }
        let text = shortStrings.string(code: textCode) {
            String(unsafeUninitializedCapacity: length) { buffer in
                for k in 0..<length { buffer[k] = UInt8(truncatingIfNeeded: textCode &>> UInt64(truncatingIfNeeded: k &* 8)) }
                return length
            }
        }
        // Most words are already lowercase: their key is their text.
        if upperBytes == 0 { return Token(start: i, end: j, text: text, key: text, shortCode: textCode, flags: flags) }
        // Lowercase: 0x20 added to each uppercase byte (its mask bit is 0x80).
        let code = textCode | upperBytes &>> 2
        let key = shortStrings.string(code: code) {
            String(unsafeUninitializedCapacity: length) { buffer in
                for k in 0..<length { buffer[k] = UInt8(truncatingIfNeeded: code &>> UInt64(truncatingIfNeeded: k &* 8)) }
                return length
            }
        }
        return Token(start: i, end: j, text: text, key: key, shortCode: code, flags: flags)
    }

    /// Lowercase, without diacritics, periods or apostrophe variants.
    static func fold(_ text: String, ascii: Bool? = nil) -> String {
        let isASCII = ascii ?? text.utf8.allSatisfy { $0 < 0x80 }
        if isASCII {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for b in text.utf8 where b != UInt8(ascii: ".") {
                bytes.append(b >= 65 && b <= 90 ? b + 32 : b)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return Folding.tokenKey(ofNonASCII: text)
    }

    static func isPossessive(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ j: Int) -> Bool {
        guard isApostrophe(s[j]), j + 1 < s.count, s[j + 1] == "s" || s[j + 1] == "S" else { return false }
        return j + 2 >= s.count || !isWordScalar(s[j + 2])
    }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\u{00A0}" || c == "\u{2009}" || c == "\u{202F}" || c == "\u{200B}"
            || c == "\u{3000}" || c == "\u{2002}" || c == "\u{2003}" || c == "\u{FEFF}" || c == "\u{000B}" || c == "\u{000C}"
    }
    @inline(__always) static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}" || c == "\u{02BC}"
    }
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 65 && c.value <= 90 }
        return c.properties.isUppercase
    }
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value | 0x20) >= 97 && (c.value | 0x20) <= 122 }
        return c.properties.isAlphabetic
    }
    /// Whether `v` is an ASCII letter or digit (letters first: most are), for any scalar value.
    @inline(__always) static func isASCIIWordValue(_ v: UInt32) -> Bool {
        (v | 0x20) &- 97 < 26 || v &- 48 < 10
    }
    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return isASCIIWordValue(c.value) }
        if c.properties.isAlphabetic { return true }
        let category = c.properties.generalCategory
        return category == .nonspacingMark || category == .spacingMark || category == .decimalNumber
    }
}
