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
}
