/// Quoting of names and text for the DOT language.
///
/// Graphviz's lexer keeps `\\` inside a quoted string as two backslashes, turns `\"`
/// into `"`, and drops a backslash before a newline; NUL ends a C string, and SVG
/// output cannot hold most control characters. So relgraph writes every string in
/// one of two forms:
///
/// - *data* (`quotedData`): lossless. The text Graphviz parses is the original with
///   `\` as `\\`, a newline as `\n`, and every other control character (U+0000–U+001F,
///   U+007F) and U+FFFE, U+FFFF as `\uXXXX`, as is a leading `%` (cgraph takes names
///   starting with `%` for its own anonymous ids). Graphviz's DOTReader reverses it.
///   Used for node names (entity ids) and the `relgraph_*` attributes.
/// - *display* (`quotedLabel`): what Graphviz should draw. `\` is `\\` and a newline
///   `\n` (Graphviz's label escapes), `&` is `&amp;` (Graphviz decodes entities in
///   labels), and control characters are drawn as their Unicode control pictures
///   (U+2400…). Used for `label` and `tooltip`.
///
/// Bare IDs are written only for ASCII identifiers that are not DOT keywords (`node`,
/// `edge`, `graph`, `digraph`, `subgraph`, `strict`, in any case) and for numerals;
/// everything else, HTML-like `<…>` text included, is quoted.
public enum DOTQuoting {
    /// The DOT keywords, which Graphviz matches ignoring case.
    public static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// `text` as a DOT ID: bare when it is a plain identifier or a numeral, otherwise
    /// a quoted data string.
    public static func id(_ text: String) -> String {
        isBareID(text) ? text : quotedData(text)
    }

    /// Whether `text` can be written without quotes.
    public static func isBareID(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if first == "_" || isASCIILetter(first) {
            return text.unicodeScalars.allSatisfy { $0 == "_" || isASCIILetter($0) || isASCIIDigit($0) }
                && !keywords.contains(text.lowercased())
        }
        return isNumeral(text)
    }

    /// `text` as a quoted DOT string that Graphviz parses into the lossless data form.
    public static func quotedData(_ text: String) -> String {
        if !text.hasPrefix("%"), !text.unicodeScalars.contains(where: isSpecialInData) { return "\"" + text + "\"" }
        return quoted(text) { bytes, i, result in
            switch bytes[i] {
            case 0x25 where i == 0: appendEscape(0x25, to: &result)
            case 0x00..<0x20, 0x7F: appendEscape(UInt32(bytes[i]), to: &result)
            case 0xEF where isNonCharacter(bytes, at: i):
                appendEscape(0xFF00 | (UInt32(bytes[i + 2]) + 0x40), to: &result)
                return 3
            default: result.append(bytes[i])
            }
            return 1
        }
    }

    /// `text` as a quoted DOT label or tooltip that Graphviz draws as `text`.
    public static func quotedLabel(_ text: String) -> String {
        if !text.unicodeScalars.contains(where: isSpecialInLabel) { return "\"" + text + "\"" }
        return quoted(text) { bytes, i, result in
            switch bytes[i] {
            case 0x26: result += Array("&amp;".utf8)
            case 0x00..<0x20: result += [0xE2, 0x90, 0x80 + bytes[i]]  // U+2400 + byte: its control picture
            case 0x7F: result += [0xE2, 0x90, 0xA1]  // U+2421
            case 0xC2 where i + 1 < bytes.count && bytes[i + 1] <= 0x9F:  // C1 controls
                result += replacementCharacter
                return 2
            case 0xEF where isNonCharacter(bytes, at: i):
                result += replacementCharacter
                return 3
            default: result.append(bytes[i])
            }
            return 1
        }
    }

    /// `text` in double quotes with `"`, `\\` and newlines escaped as DOT escapes them and
    /// every other byte handed to `escape`, which appends what stands for the character
    /// starting at that byte and returns how many bytes it took.
    ///
    /// Everything either quoting changes is ASCII, a C1 control or U+FFFE/U+FFFF, so the
    /// work is done on the UTF-8 bytes.
    private static func quoted(
        _ text: String, escape: (UnsafeBufferPointer<UInt8>, Int, inout [UInt8]) -> Int
    ) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var result: [UInt8] = [0x22]
            result.reserveCapacity(bytes.count + bytes.count / 8 + 8)
            var i = 0
            while i < bytes.count {
                switch bytes[i] {
                case 0x22: result += [0x5C, 0x22]
                case 0x5C: result += [0x5C, 0x5C]
                case 0x0A: result += [0x5C, 0x6E]
                default:
                    i += escape(bytes, i, &result)
                    continue
                }
                i += 1
            }
            result.append(0x22)
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Whether U+FFFE or U+FFFF (EF BF BE, EF BF BF) starts at `i`.
    private static func isNonCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 2 < bytes.count && bytes[i] == 0xEF && bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE
    }

    /// U+FFFD in UTF-8.
    private static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Appends `\uXXXX` (upper-case hex) for `value`.
    private static func appendEscape(_ value: UInt32, to result: inout [UInt8]) {
        let digits = Array("0123456789ABCDEF".utf8)
        result += [0x5C, 0x75]
        for shift in stride(from: 12, through: 0, by: -4) { result.append(digits[Int((value >> UInt32(shift)) & 0xF)]) }
    }

    /// `text` escaped for an HTML-like label (`<…>`): `&`, `<`, `>` and `"` as entities,
    /// control characters as their control pictures (Graphviz parses these labels as
    /// XML, which cannot hold them).
    public static func escapedHTML(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: appendDisplayable(scalar, to: &result)
            }
        }
        return result
    }

    /// Appends `scalar`, drawing control characters as control pictures (U+2400…) and
    /// characters XML cannot hold as U+FFFD.
    private static func appendDisplayable(_ scalar: Unicode.Scalar, to result: inout String) {
        switch scalar.value {
        case 0..<0x20: result.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: result += "\u{2421}"
        case 0x80...0x9F, 0xFFFE, 0xFFFF: result += "\u{FFFD}"
        default: result.unicodeScalars.append(scalar)
        }
    }

    /// Whether `scalar` is written other than as itself in a quoted data string.
    private static func isSpecialInData(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "\\" || needsDataEscape(scalar)
    }

    /// Whether `scalar` is written other than as itself in a quoted label.
    private static func isSpecialInLabel(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
        default: scalar == "\"" || scalar == "\\" || scalar == "&"
        }
    }

    private static func needsDataEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// DOT numerals: `-?(.[0-9]+ | [0-9]+(.[0-9]*)?)`.
    private static func isNumeral(_ text: String) -> Bool {
        var digits = 0
        var seenDot = false
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "-" && offset == 0 { continue }
            if scalar == "." {
                if seenDot { return false }
                seenDot = true
                continue
            }
            // Most text fails at its first character: no copy, no split.
            guard isASCIIDigit(scalar) else { return false }
            digits += 1
        }
        // "5." and ".5" are numerals; "." and "-" alone are not.
        return digits > 0
    }
}
