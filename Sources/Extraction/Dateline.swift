/// The place and date line that opens a wire story ("BAKU, Azerbaijan, November 23.",
/// "TOKYO, June 21 (KUNA) --", "Ulaanbaatar/MONTSAME/"), and the other lines that are
/// not part of the story: bylines ("By ..."), date and time lines, e-mail lines, credit
/// lines ("(Reporting by ...)", "Source: ...", "–IANS", "(end) mk.hb").
///
/// `Dateline.mark(_:classes:)` flags those tokens `.excluded` so that no entity is read
/// from them, and returns the dateline (its date resolves "on Tuesday" later).
struct Dateline: Sendable, Equatable {
    /// The place as written ("BAKU, Azerbaijan"), when the dateline names one.
    var place: String?
    /// The date as written ("November 23"), when the dateline gives one.
    var date: String?
    /// The tokens of the dateline.
    var tokens: Range<Int>

    /// Marks dateline, byline and credit tokens as excluded; returns the dateline.
    ///
    /// - Complexity: O(*n*) in the number of tokens.
    /// - Parameter classes: the word classes of each token (`Lexicon.classes(of:)`).
    static func mark(_ tokens: TokenList, classes: [Lexicon.WordClass]) -> Dateline? {
        // The most words a headline has: a first paragraph with more is the story itself. The
        // word count stops just past it, so the two tests below must read the same bound.
        let headlineWords = 20
        let paragraphs = paragraphRanges(tokens)
        var dateline: Dateline? = nil
        var storyStarted = false
        for (index, range) in paragraphs.enumerated() {
            // Counted in place: copying each paragraph's words cost more than the tests.
            var wordCount = 0, hasLower = false, hasDigit = false
            for t in range where tokens[t].isWord {
                wordCount += 1
                if tokens[t].flags.contains(.number) { hasDigit = true }
                if !hasLower, !tokens[t].isCapitalized, !tokens[t].flags.contains(.number), !classes[t].contains(.month), !tokens[t].hasKey("pm"), !tokens[t].hasKey("am") { hasLower = true }
                // A paragraph of more than a headline's words with a lowercase one is none of the
                // lines below and no headline, whatever its other words: the rest is not counted.
                if hasLower && wordCount > headlineWords { break }
            }
            // Byline "By Name", e-mail lines, date/time lines, short credit lines.
            let first = tokens[range.lowerBound]
            let isByline = first.hasKey("by") && wordCount <= 6
            let isMail = wordCount <= 8 && range.contains { tokens[$0].hasKey("@") }
            let isDateLine = !hasLower && hasDigit && wordCount <= 12
            let isShortCredit = !hasLower && wordCount <= 4 && (index > 0 || storyStarted)
            let isSource = (first.hasKey("source") || first.hasKey("photo") || first.hasKey("credit") || first.hasKey("reporting"))
                && range.count > 1 && tokens[range.lowerBound + 1].hasKey(":")
            if isByline || isMail || isDateLine || isShortCredit || isSource
                || (storyStarted && index == paragraphs.count - 1 && wordCount > 0 && wordCount <= 2
                    && (!hasLower || range.contains { tokens[$0].hasKey("/") || tokens[$0].hasKey("--") || tokens[$0].hasKey("-") }))
            {
                for i in range { tokens[i].flags.insert(.excluded) }
                if isDateLine && dateline == nil && !storyStarted {
                    dateline = Dateline(place: nil, date: dateText(tokens, range, classes), tokens: range)
                }
                continue
            }
            // (A first paragraph of more than a headline's words is the story itself: "ANKARA (AA) - ...".)
            if !storyStarted && (index > 0 || wordCount > headlineWords), let found = leadingDateline(tokens, range, classes) {
                for i in found.tokens { tokens[i].flags.insert(.excluded) }
                if dateline?.date == nil || found.date != nil { dateline = found }
            }
            if index > 0 { storyStarted = true }
            markCredits(tokens, range, isLast: index == paragraphs.count - 1)
        }
        return dateline
    }

    /// The token ranges of the paragraphs.
    static func paragraphRanges(_ tokens: TokenList) -> [Range<Int>] {
        var result: [Range<Int>] = []
        // Room for the paragraphs of most articles at once: grown from empty, the array was
        // reallocated four or five times.
        result.reserveCapacity(16)
        var start = 0
        for i in tokens.indices where i > 0 && tokens[i].flags.contains(.paragraphStart) {
            result.append(start..<i)
            start = i
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    /// A dateline at the start of a paragraph: a short prefix ending in `--`, `.-`,
    /// `/`, `)` or a period, that names a place or a date.
    private static func leadingDateline(_ tokens: TokenList, _ range: Range<Int>, _ classes: [Lexicon.WordClass]) -> Dateline? {
        var terminator: Int? = nil
        var i = range.lowerBound
        let limit = min(range.upperBound, range.lowerBound + 16)
        var sawMonthDay = false, sawCaps = false, sawAgency = false
        while i < limit {
            let flags = tokens[i].flags
            // ("KAZAN, 22nd October, 2024 (WAM) --": an ordinal day is part of the date.)
            let ordinal = isOrdinal(tokens[i])
            if flags.contains(.word) && !flags.contains(.capitalized) && !flags.contains(.number) && !ordinal { break }
            if ordinal, i + 1 < limit, classes[i + 1].contains(.month) { sawMonthDay = true }
            if flags.contains(.allCaps) && tokens[i].key.count >= 2 { sawCaps = true }
            if classes[i].contains(.month), i + 1 < limit, tokens[i + 1].flags.contains(.number) { sawMonthDay = true }
            if flags.contains(.number), i + 1 < limit, classes[i + 1].contains(.month) { sawMonthDay = true }
            let prefixLength = i - range.lowerBound
            switch tokens[i].code {
            case Token.code("--"), Token.code("\u{2014}"), Token.code("\u{2013}"):
                if prefixLength <= 12 && (sawMonthDay || sawCaps || prefixLength <= 5) { terminator = i }
            case Token.code("-"):
                if i + 1 < limit, tokens[i + 1].hasKey("-") { i += 1; if prefixLength <= 12 { terminator = i } }
                else if i > range.lowerBound, tokens[i - 1].hasKey("."), prefixLength <= 8 { terminator = i }
                // "ADDIS ABABA, Ethiopia - Somalia's President ...": a spaced hyphen after a place in capitals.
                else if sawCaps, prefixLength <= 6, flags.contains(.spaceBefore), i + 1 < limit, tokens[i + 1].flags.contains(.spaceBefore) { terminator = i }
            case Token.code("/"):
                if prefixLength <= 4 && i + 1 < range.upperBound
                    && (tokens[i + 1].isCapitalized || tokens[i + 1].flags.contains(.spaceBefore))
                    && !(i + 1 < range.upperBound && tokens[i + 1].flags.contains(.number))
                {
                    terminator = i
                }
            case Token.code(")"):
                if sawAgency && (sawMonthDay || sawCaps) { terminator = i }
            case Token.code("("):
                if i + 2 < limit, tokens[i + 1].isCapitalized, tokens[i + 2].hasKey(")") { sawAgency = true }
            case Token.code("."):
                if i > range.lowerBound, sawMonthDay || tokens[i - 1].flags.contains(.allCaps),
                    prefixLength <= 10, i + 1 < range.upperBound, tokens[i + 1].isCapitalized
                {
                    terminator = i
                }
            default: break
            }
            i += 1
        }
        guard var end = terminator else { return nil }
        // "ANKARA (Reuters) - ...": the dash after the agency belongs to the dateline.
        while end + 1 < range.upperBound, (tokens[end + 1].hasKey("-") || tokens[end + 1].hasKey("--") || tokens[end + 1].hasKey("\u{2014}") || tokens[end + 1].hasKey("\u{2013}") || tokens[end + 1].hasKey(":")), end - range.lowerBound < 16 { end += 1 }
        let span = range.lowerBound..<(end + 1)
        return Dateline(place: nil, date: dateText(tokens, span, classes), tokens: span)
    }

    /// Whether `token` is an ordinal day ("22nd", "1st").
    private static func isOrdinal(_ token: Token) -> Bool {
        let key = token.key.utf8
        guard key.count >= 3, key.count <= 4, let first = key.first, (48...57).contains(first) else { return false }
        return token.key.hasSuffix("st") || token.key.hasSuffix("nd") || token.key.hasSuffix("rd") || token.key.hasSuffix("th")
    }

    /// "Month Day" or "Day Month" as written in `range`, if present ("Sept. 24", "27 February").
    static func dateText(_ tokens: TokenList, _ range: Range<Int>, _ classes: [Lexicon.WordClass]) -> String? {
        for i in range where classes[i].contains(.month) && tokens[i].isCapitalized {
            var d = i + 1
            var month = tokens[i].text
            if d < range.upperBound, tokens[d].hasKey("."), !tokens[d].flags.contains(.spaceBefore) {
                month += "."
                d += 1
            }
            if d < range.upperBound, tokens[d].flags.contains(.number), tokens[d].key.count <= 2 {
                return month + " " + tokens[d].text
            }
            if i > range.lowerBound, tokens[i - 1].flags.contains(.number), tokens[i - 1].key.count <= 2 {
                return tokens[i - 1].text + " " + month
            }
        }
        return nil
    }

    /// Credits inside a paragraph: "(Reporting by ...)", "(end) ...", a trailing
    /// all-caps initials token after the last period.
    private static func markCredits(_ tokens: TokenList, _ range: Range<Int>, isLast: Bool) {
        var i = range.lowerBound
        while i < range.upperBound {
            if tokens[i].hasKey("("), i + 1 < range.upperBound {
                let next = tokens[i + 1]
                if next.hasKey("reporting") || next.hasKey("editing") || next.hasKey("writing") || next.hasKey("compiled")
                    || next.hasKey("source") || next.hasKey("end") || next.hasKey("additional") || next.hasKey("photo")
                {
                    var j = i
                    if next.hasKey("end") {
                        j = range.upperBound
                    } else {
                        while j < range.upperBound && !tokens[j].hasKey(")") { j += 1 }
                        j = min(j + 1, range.upperBound)
                    }
                    for k in i..<j { tokens[k].flags.insert(.excluded) }
                    i = j
                    continue
                }
            }
            i += 1
        }
        let last = range.upperBound - 1
        if last > range.lowerBound, tokens[last].flags.contains(.allCaps), tokens[last].key.count <= 3,
            tokens[last - 1].hasKey(".")
        {
            tokens[last].flags.insert(.excluded)
        }
    }
}
