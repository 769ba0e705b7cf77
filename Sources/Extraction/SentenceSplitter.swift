/// Splits tokens into sentences at `.`, `!` and `?`, and at paragraph breaks.
///
/// A period after an abbreviation ("Mr.", "Gen.", "No.") or inside a dotted
/// token ("U.S.", "S.") does not end a sentence; a period followed by a
/// lowercase word does not either. Closing quotes and brackets after the mark
/// stay with the sentence. Excluded tokens (datelines, credits) end a sentence
/// and belong to none.
///
/// A run of more than `maximumLength` tokens without a sentence end (a table, a
/// list, a file with no punctuation) is cut at a comma or semicolon near the limit,
/// so that the rules, which look around each word within its sentence, stay linear.
///
/// - Complexity: O(*n*) in the number of tokens.
struct SentenceSplitter: Sendable {
    let abbreviations: KeySet
    /// The longest sentence the rules read; real sentences are far shorter.
    var maximumLength = 160

    func split(_ tokens: TokenList) -> [Sentence] {
        var sentences: [Sentence] = []
        // News sentences run to some twenty-five tokens: room for the article's sentences at
        // once, rather than growing the array by doubling from one.
        sentences.reserveCapacity(tokens.count / 16 + 4)
        var paragraph = -1
        var start: Int? = nil
        func close(_ end: Int) {
            if let s = start, s < end {
                sentences.append(Sentence(
                    tokens: s..<end, paragraph: paragraph, start: tokens[s].start, end: tokens[end - 1].end))
            }
            start = nil
        }
        var i = 0
        while i < tokens.count {
            // Inside a sentence (most tokens): nothing below applies, so such tokens are passed
            // over in a loop of their own, up to the sentence's length limit. Flags and key
            // codes are read in place: copying the token would retain its strings.
            if let s = start {
                let limit = min(tokens.count, s + maximumLength)
                while i < limit {
                    let flags = tokens[i].flags
                    if flags.contains(.paragraphStart) || flags.contains(.excluded) || SentenceSplitter.isSentenceEnd(code: tokens[i].code) { break }
                    i += 1
                }
                if i == tokens.count { break }
            }
            let flags = tokens[i].flags
            if flags.contains(.paragraphStart) {
                close(i)
                paragraph += 1
            }
            if flags.contains(.excluded) {
                close(i)
                i += 1
                continue
            }
            if start == nil { start = i }
            if let s = start, i - s >= maximumLength {
                // Cut an over-long run at the last comma or semicolon, else here.
                var cut = i
                var k = i
                while k > s + maximumLength / 2 {
                    if tokens[k].hasKey(",") || tokens[k].hasKey(";") { cut = k + 1; break }
                    k -= 1
                }
                close(cut)
                start = cut
            }
            if SentenceSplitter.isSentenceEnd(code: tokens[i].code) {
                var end = i + 1
                while end < tokens.count, tokens[end].flags.contains(.closeQuote) || tokens[end].hasKey(")")
                    || tokens[end].hasKey("'"), !tokens[end].flags.contains(.paragraphStart)
                {
                    end += 1
                }
                if end >= tokens.count || tokens[end].flags.contains(.paragraphStart) {
                    close(end)
                    i = end
                    continue
                }
                let next = tokens[end].flags
                let abbreviated = tokens[i].hasKey(".") && i > 0 && tokens[i - 1].isWord && !flags.contains(.spaceBefore)
                    && abbreviations.contains(tokens[i - 1])
                let nextStarts = next.contains(.capitalized) || next.contains(.number) || next.contains(.openQuote)
                    || tokens[end].hasKey("(") || tokens[end].hasKey("\"") || !next.contains(.word) && !tokens[end].hasKey(",")
                if nextStarts && !(abbreviated && (next.contains(.capitalized) || next.contains(.number))) {
                    close(end)
                    i = end
                    continue
                }
            }
            i += 1
        }
        close(tokens.count)
        return sentences
    }

    /// Whether a token key is `.`, `!`, `?` or `…`.
    static func isSentenceEnd(_ key: String) -> Bool {
        isSentenceEnd(code: Token.code(of: key))
    }

    /// Whether a key code (`Token.code`) is that of `.`, `!`, `?` or `…`: integer
    /// comparisons, where comparing every token with the non-ASCII `…` as a string takes
    /// the standard library's slow path.
    @inline(__always)
    static func isSentenceEnd(code: UInt64) -> Bool {
        code == Token.code(".") || code == Token.code("!") || code == Token.code("?") || code == Token.code("\u{2026}")
    }
}
