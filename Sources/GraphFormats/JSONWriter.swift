/// Writes `JSONValue`s as text: pretty-printed with two-space indents, or compact.
///
/// Object members are written in the order given; the format writers pass them
/// sorted, so the same graph always gives the same bytes.
enum JSONWriter {
    /// `value` pretty-printed, with a final newline.
    static func pretty(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, pretty: true, to: &out)
        out.append("\n")
        return out
    }

    /// `value` on one line, without spaces.
    static func compact(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, pretty: false, to: &out)
        return out
    }

    /// A finite number as JSON: integers without a fraction, others in Swift's
    /// shortest round-tripping form.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 9.007_199_254_740_992e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }

    private static func write(_ value: JSONValue, indent: Int, pretty: Bool, to out: inout String) {
        switch value.storage {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(_, let text): out += text
        case .string(let text): writeString(text, to: &out)
        case .array(let elements):
            if elements.isEmpty { out += "[]"; return }
            out += "["
            for (offset, element) in elements.enumerated() {
                if offset > 0 { out += "," }
                if pretty { newline(indent + 1, &out) }
                write(element, indent: indent + 1, pretty: pretty, to: &out)
            }
            if pretty { newline(indent, &out) }
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            for (offset, member) in members.enumerated() {
                if offset > 0 { out += "," }
                if pretty { newline(indent + 1, &out) }
                writeString(member.key, to: &out)
                out += pretty ? ": " : ":"
                write(member.value, indent: indent + 1, pretty: pretty, to: &out)
            }
            if pretty { newline(indent, &out) }
            out += "}"
        }
    }

    private static func newline(_ indent: Int, _ out: inout String) {
        out += "\n"
        out += String(repeating: "  ", count: indent)
    }

    private static func writeString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{00}"..."\u{1F}", "\u{2028}", "\u{2029}":
                // U+2028/2029 are valid JSON but break JavaScript string literals.
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
