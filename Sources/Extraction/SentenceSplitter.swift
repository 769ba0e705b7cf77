/// Splits tokens into sentences at `.`, `!` and `?`, and at paragraph breaks.
///
/// A period after an abbreviation ("Mr.", "Gen.", "No.") or inside a dotted
/// token ("U.S.", "S.") does not end a sentence; a period followed by a
/// lowercase word does not either. Closing quotes and brackets after the mark
/// stay with the sentence. Excluded tokens (datelines, credits) end a sentence
/// and belong to none.
///
/// - Complexity: O(*n*) in the number of tokens.
struct SentenceSplitter: Sendable {
    let abbreviations: Set<String>

    func split(_ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
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
            let token = tokens[i]
            if token.flags.contains(.paragraphStart) {
                close(i)
                paragraph += 1
            }
            if token.flags.contains(.excluded) {
                close(i)
                i += 1
                continue
            }
            if start == nil { start = i }
            if token.key == "." || token.key == "!" || token.key == "?" || token.key == "\u{2026}" {
                var end = i + 1
                while end < tokens.count, tokens[end].flags.contains(.closeQuote) || tokens[end].key == ")"
                    || tokens[end].key == "'" , !tokens[end].flags.contains(.paragraphStart)
                {
                    end += 1
                }
                if end >= tokens.count || tokens[end].flags.contains(.paragraphStart) {
                    close(end)
                    i = end
                    continue
                }
                let next = tokens[end]
                let previous = i > 0 ? tokens[i - 1] : nil
                let abbreviated = token.key == "." && previous.map {
                    $0.isWord && !token.flags.contains(.spaceBefore) && abbreviations.contains($0.key)
                } ?? false
                let nextStarts = next.isCapitalized || next.flags.contains(.number) || next.flags.contains(.openQuote)
                    || next.key == "(" || next.key == "\"" || !next.isWord && next.key != ","
                if nextStarts && !(abbreviated && (next.isCapitalized || next.flags.contains(.number))) {
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
}
