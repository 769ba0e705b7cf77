/// Escaping of untrusted text for the places the page puts it.
enum HTMLEscaping {
    /// `text` safe as HTML text or as a double- or single-quoted attribute value.
    ///
    /// - Complexity: O(*n*).
    static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// JSON text safe inside a `<script>` element.
    ///
    /// `<`, `>` and `&` become `\u003c`, `\u003e`, `\u0026` so that no `</script>` or
    /// `<!--` can end or confuse the element, and U+2028/U+2029 become escapes for
    /// old JavaScript parsers. These characters only occur inside JSON strings, where
    /// the escapes mean the same characters, so the JSON still parses to the same value.
    ///
    /// - Complexity: O(*n*).
    static func escapeJSONForScript(_ json: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(json.unicodeScalars.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
