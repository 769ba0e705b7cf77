/// Decoding of the text `DOTWriter` (in GraphFormats) writes into DOT, and of the text
/// escapes of Graphviz's own labels.
///
/// `DOTWriter` writes every name and `relgraph_*` value so that the string Graphviz
/// parses is the text with `\` as `\\`, a newline as `\n`, and other control
/// characters (and U+FFFE, U+FFFF) as `\uXXXX`: lossless, and free of characters
/// C strings or XML cannot carry. `decodeData` reverses it. The two modules cannot
/// share code (Graphviz does not import GraphFormats), so the round-trip tests in
/// GraphvizTests hold them together.
enum DOTText {
    /// Reverses `DOTWriter`'s escaping: `\\`, `\n` and `\uXXXX`; any other backslash
    /// sequence is kept as it is.
    static func decodeData(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "\\", index + 1 < scalars.count else {
                result.append(scalar)
                index += 1
                continue
            }
            switch scalars[index + 1] {
            case "\\":
                result.append("\\")
                index += 2
            case "n":
                result.append("\n")
                index += 2
            case "u" where index + 5 < scalars.count:
                let hex = String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)]))
                if hex.allSatisfy(\.isHexDigit), let value = UInt32(hex, radix: 16),
                    let decoded = Unicode.Scalar(value)
                {
                    result.append(decoded)
                    index += 6
                } else {
                    result.append(scalar)
                    index += 1
                }
            default:
                result.append(scalar)
                index += 1
            }
        }
        return String(result)
    }

    /// The text a Graphviz label displays: `\n`, `\l`, `\r` are line breaks, `\N` the
    /// node's name, `\\` a backslash, other escaped characters themselves, and the
    /// XML entities Graphviz decodes in labels (`&amp;`, `&#233;`…) their characters.
    static func decodeLabel(_ label: String, nodeName: String) -> String {
        var result = ""
        var iterator = label.makeIterator()
        while let character = iterator.next() {
            guard character == "\\" else {
                result.append(character)
                continue
            }
            guard let next = iterator.next() else {
                result.append("\\")
                break
            }
            switch next {
            case "n", "l", "r": result.append("\n")
            case "N": result.append(nodeName)
            default: result.append(next)
            }
        }
        return decodeEntities(result).trimmingTrailingNewlines()
    }

    /// `text` with XML character and the five predefined entity references decoded.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";"),
                let decoded = entity(String(after[..<semicolon]))
            {
                result += decoded
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }

    private static func entity(_ name: String) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value =
                digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}

extension String {
    /// Graphviz ends a label line with `\l` or `\n`; the last one adds no line.
    fileprivate func trimmingTrailingNewlines() -> String {
        var result = self
        while result.hasSuffix("\n") { result.removeLast() }
        return result
    }
}
