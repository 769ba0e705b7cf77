/// The place and date line that opens a wire story ("BAKU, Azerbaijan, November 23.",
/// "TOKYO, June 21 (KUNA) --", "Ulaanbaatar/MONTSAME/"), and the other lines that are
/// not part of the story: bylines ("By ..."), date and time lines, e-mail lines, credit
/// lines ("(Reporting by ...)", "Source: ...", "–IANS", "(end) mk.hb").
///
/// `Dateline.mark(_:months:)` flags those tokens `.excluded` so that no entity is read
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
    static func mark(_ tokens: inout [Token], lexicon: Lexicon) -> Dateline? {
        let paragraphs = paragraphRanges(tokens)
        var dateline: Dateline? = nil
        var storyStarted = false
        for (index, range) in paragraphs.enumerated() {
            // Counted in place: copying each paragraph's words cost more than the tests.
            var wordCount = 0, hasLower = false, hasDigit = false
            for t in range where tokens[t].isWord {
                wordCount += 1
                if tokens[t].flags.contains(.number) { hasDigit = true }
                if !hasLower, !tokens[t].isCapitalized, !tokens[t].flags.contains(.number), !lexicon.has(tokens[t].key, .month), tokens[t].key != "pm", tokens[t].key != "am" { hasLower = true }
            }
            // Byline "By Name", e-mail lines, date/time lines, short credit lines.
            let first = tokens[range.lowerBound]
            let isByline = first.key == "by" && wordCount <= 6 && !tokens[range].contains { $0.key == "." && false }
            let isMail = wordCount <= 8 && tokens[range].contains { $0.key == "@" }
            let isDateLine = !hasLower && hasDigit && wordCount <= 12
            let isShortCredit = !hasLower && wordCount <= 4 && (index > 0 || storyStarted)
            let isSource = (first.key == "source" || first.key == "photo" || first.key == "credit" || first.key == "reporting")
                && range.count > 1 && tokens[range.lowerBound + 1].key == ":"
            if isByline || isMail || isDateLine || isShortCredit || isSource
                || (storyStarted && index == paragraphs.count - 1 && wordCount > 0 && wordCount <= 2
                    && (!hasLower || tokens[range].contains { $0.key == "/" || $0.key == "--" || $0.key == "-" }))
            {
                for i in range { tokens[i].flags.insert(.excluded) }
                if isDateLine && dateline == nil && !storyStarted {
                    dateline = Dateline(place: nil, date: dateText(tokens, range, lexicon), tokens: range)
                }
                continue
            }
            if !storyStarted && index > 0, let found = leadingDateline(tokens, range, lexicon) {
                for i in found.tokens { tokens[i].flags.insert(.excluded) }
                if dateline?.date == nil || found.date != nil { dateline = found }
            }
            if index > 0 { storyStarted = true }
            markCredits(&tokens, range, isLast: index == paragraphs.count - 1)
        }
        return dateline
    }

    /// The token ranges of the paragraphs.
    static func paragraphRanges(_ tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
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
    private static func leadingDateline(_ tokens: [Token], _ range: Range<Int>, _ lexicon: Lexicon) -> Dateline? {
        var terminator: Int? = nil
        var i = range.lowerBound
        let limit = min(range.upperBound, range.lowerBound + 16)
        var sawMonthDay = false, sawCaps = false, sawAgency = false
        while i < limit {
            let t = tokens[i]
            if t.isWord && !t.isCapitalized && !t.flags.contains(.number) { break }
            if t.flags.contains(.allCaps) && t.key.count >= 2 { sawCaps = true }
            if lexicon.has(t.key, .month), i + 1 < limit, tokens[i + 1].flags.contains(.number) { sawMonthDay = true }
            if t.flags.contains(.number), i + 1 < limit, lexicon.has(tokens[i + 1].key, .month) { sawMonthDay = true }
            let prefixLength = i - range.lowerBound
            switch t.key {
            case "--":
                if prefixLength <= 12 && (sawMonthDay || sawCaps || prefixLength <= 5) { terminator = i }
            case "-":
                if i + 1 < limit, tokens[i + 1].key == "-" { i += 1; if prefixLength <= 12 { terminator = i } }
                else if i > range.lowerBound, tokens[i - 1].key == ".", prefixLength <= 8 { terminator = i }
            case "/":
                if prefixLength <= 4 && i + 1 < range.upperBound
                    && (tokens[i + 1].isCapitalized || tokens[i + 1].flags.contains(.spaceBefore))
                    && !(i + 1 < range.upperBound && tokens[i + 1].flags.contains(.number))
                {
                    terminator = i
                }
            case ")":
                if sawAgency && (sawMonthDay || sawCaps) { terminator = i }
            case "(":
                if i + 2 < limit, tokens[i + 1].isCapitalized, tokens[i + 2].key == ")" { sawAgency = true }
            case ".":
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
        while end + 1 < range.upperBound, ["-", "--", ":"].contains(tokens[end + 1].key), end - range.lowerBound < 16 { end += 1 }
        let span = range.lowerBound..<(end + 1)
        return Dateline(place: nil, date: dateText(tokens, span, lexicon), tokens: span)
    }

    /// "Month Day" or "Day Month" as written in `range`, if present ("Sept. 24", "27 February").
    static func dateText(_ tokens: [Token], _ range: Range<Int>, _ lexicon: Lexicon) -> String? {
        for i in range where lexicon.has(tokens[i].key, .month) && tokens[i].isCapitalized {
            var d = i + 1
            var month = tokens[i].text
            if d < range.upperBound, tokens[d].key == ".", !tokens[d].flags.contains(.spaceBefore) {
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
    private static func markCredits(_ tokens: inout [Token], _ range: Range<Int>, isLast: Bool) {
        var i = range.lowerBound
        while i < range.upperBound {
            if tokens[i].key == "(", i + 1 < range.upperBound {
                let next = tokens[i + 1].key
                if next == "reporting" || next == "editing" || next == "writing" || next == "compiled"
                    || next == "source" || next == "end" || next == "additional" || next == "photo"
                {
                    var j = i
                    if next == "end" {
                        j = range.upperBound
                    } else {
                        while j < range.upperBound && tokens[j].key != ")" { j += 1 }
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
            tokens[last - 1].key == "."
        {
            tokens[last].flags.insert(.excluded)
        }
    }
}
