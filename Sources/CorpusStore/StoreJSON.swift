import Foundation

/// The small JSON values the store keeps in text columns (aliases, attributes),
/// written with sorted keys so equal values are equal strings.
///
/// Encoding is hand-written: it runs for every relation of every ingested document, and
/// JSONSerialization cost more than the rest of the store's work for a document.
enum StoreJSON {
    static func encode(_ list: [String]) -> String {
        guard !list.isEmpty else { return "[]" }
        var out = "["
        for (index, item) in list.enumerated() {
            if index > 0 { out += "," }
            appendString(item, to: &out)
        }
        return out + "]"
    }

    static func encode(_ object: [String: String]) -> String {
        guard !object.isEmpty else { return "{}" }
        var out = "{"
        for (index, key) in object.keys.sorted().enumerated() {
            if index > 0 { out += "," }
            appendString(key, to: &out)
            out += ":"
            appendString(object[key]!, to: &out)
        }
        return out + "}"
    }

    /// Appends `text` as a JSON string literal (RFC 8259: quote, backslash and control
    /// characters escaped, everything else as UTF-8).
    private static func appendString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    static func list(_ text: String?) -> [String] {
        guard let text, text != "[]", let data = text.data(using: .utf8) else { return [] }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String] ?? []
    }

    static func object(_ text: String?) -> [String: String] {
        guard let text, text != "{}", let data = text.data(using: .utf8) else { return [:] }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: String] ?? [:]
    }
}
