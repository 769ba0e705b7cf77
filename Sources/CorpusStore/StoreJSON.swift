import Foundation

/// The small JSON values the store keeps in text columns (aliases, attributes),
/// written with sorted keys so equal values are equal strings.
enum StoreJSON {
    static func encode(_ list: [String]) -> String {
        guard !list.isEmpty else { return "[]" }
        let data = try! JSONSerialization.data(withJSONObject: list, options: [.withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    static func encode(_ object: [String: String]) -> String {
        guard !object.isEmpty else { return "{}" }
        let data = try! JSONSerialization.data(
            withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
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
