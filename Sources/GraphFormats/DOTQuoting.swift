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
        var result = "\""
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "%" where offset == 0: result += "\\u0025"
            case _ where needsDataEscape(scalar): result += "\\u" + hex4(scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// `text` as a quoted DOT label or tooltip that Graphviz draws as `text`.
    public static func quotedLabel(_ text: String) -> String {
        if !text.unicodeScalars.contains(where: isSpecialInLabel) { return "\"" + text + "\"" }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "&": result += "&amp;"
            default: appendDisplayable(scalar, to: &result)
            }
        }
        return result + "\""
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

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// DOT numerals: `-?(.[0-9]+ | [0-9]+(.[0-9]*)?)`.
    private static func isNumeral(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        let parts = String(String.UnicodeScalarView(scalars)).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts.joined().isEmpty else { return false }
        guard parts.allSatisfy({ $0.unicodeScalars.allSatisfy(isASCIIDigit) }) else { return false }
        // "5." and ".5" are numerals; "." alone is not (caught by the emptiness check).
        return parts.count == 1 ? !parts[0].isEmpty : true
    }
}
