/// Writes compact JSON as UTF-8 bytes, safe to place inside a `<script>` element.
///
/// Strings are escaped as JSON requires (`"`, `\`, control characters) and, for the
/// page, `<`, `>` and `&` become `\u003c`, `\u003e`, `\u0026` and U+2028/U+2029
/// become escapes (as `HTMLEscaping.escapeJSONForScript` does), so that no `</script>`
/// or `<!--` can end or confuse the element; the JSON still parses to the same values.
/// Writing the bytes directly rather than through `JSONEncoder` and a second escaping
/// pass keeps a 2,000-entity page's data (5 MB) a matter of milliseconds.
struct ScriptJSONWriter {
    /// The JSON written so far.
    private(set) var bytes: [UInt8] = []
    /// Whether the current object or array has had a member yet.
    private var needsComma = false

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Opens an object (`{`).
    mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    /// Closes an object (`}`).
    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Opens an array (`[`).
    mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    /// Closes an array (`]`).
    mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes the key of the next object member; its value follows.
    mutating func key(_ key: String) {
        string(key)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes a string value.
    mutating func string(_ value: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { text in
            var from = 0
            for index in text.indices {
                let byte = text[index]
                let escape: StaticString
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case UInt8(ascii: "<"): escape = "\\u003c"
                case UInt8(ascii: ">"): escape = "\\u003e"
                case UInt8(ascii: "&"): escape = "\\u0026"
                case 0xE2 where index + 2 < text.count && text[index + 1] == 0x80
                    && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9):
                    // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR: the escape
                    // replaces all three bytes, so skip the two that follow.
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[from..<index]))
                    bytes.append(contentsOf: (text[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    from = index + 3
                    continue
                case 0..<0x20:
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[from..<index]))
                    bytes.append(contentsOf: "\\u00".utf8)
                    bytes.append(Self.hexDigits[Int(byte >> 4)])
                    bytes.append(Self.hexDigits[Int(byte & 0xF)])
                    from = index + 1
                    continue
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[from..<index]))
                escape.withUTF8Buffer { bytes.append(contentsOf: $0) }
                from = index + 1
            }
            if from < text.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[from...])) }
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// Writes an integer.
    mutating func number(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    /// Writes a finite number: integral values without a fraction (`2`, as
    /// `JSONEncoder` writes them), others in Swift's shortest exact form (`0.25`, `1e-05`).
    ///
    /// - Throws: `ReportError.unencodableNumber` for NaN or an infinity, which JSON lacks.
    mutating func number(_ value: Double, of what: @autoclosure () -> String) throws(ReportError) {
        guard value.isFinite else { throw .unencodableNumber("\(what()) is \(value)") }
        separate()
        if value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int64(value)).utf8)
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
        needsComma = true
    }

    /// Writes `true` or `false`.
    mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
