import Foundation

/// Folds names for matching: case, diacritics, typographic apostrophes and spaces.
///
/// The same folding serves ids, name look-ups in the CLI and alias comparison, so
/// "Péter Szijjártó", "peter  szijjarto" and "PETER SZIJJARTO" are one name.
public enum NameFolding {
    /// `text` lowercased, without combining marks, with `’ ‘ \`` as `'` and
    /// runs of white space collapsed to one space, trimmed.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in decomposed(text).unicodeScalars {
            let category = scalar.properties.generalCategory
            if category == .nonspacingMark || category == .enclosingMark { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace && !out.isEmpty { out.append(" ") }
            pendingSpace = false
            switch scalar {
            case "\u{2019}", "\u{2018}", "`", "\u{02BC}": out.append("'")
            case "ß": out.append("s"); out.append("s")
            case "ø", "Ø": out.append("o")
            case "đ", "Đ": out.append("d")
            case "ł", "Ł": out.append("l")
            case "ı": out.append("i")
            case "æ", "Æ": out.append("a"); out.append("e")
            default:
                // One scalar at a time: `UnicodeScalarView.append(contentsOf:)` copies the
                // whole view each call, which made a 20 MB name take hours.
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars { out.append(lowered) }
            }
        }
        return String(out)
    }

    /// `text` in canonical decomposition (NFD), a few kilobytes at a time.
    ///
    /// Foundation's `decomposedStringWithCanonicalMapping` takes quadratic time on
    /// Linux (200,000 characters: 15 s), so a long name would never finish. Cutting
    /// at character boundaries is exact: a character holds its whole combining
    /// sequence, the only span that decomposition and reordering look at.
    static func decomposed(_ text: String) -> String {
        if text.utf8.count <= 4096 { return text.decomposedStringWithCanonicalMapping }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var chunk = ""
        for character in text {
            chunk.append(character)
            if chunk.utf8.count >= 4096 {
                result += chunk.decomposedStringWithCanonicalMapping
                chunk = ""
            }
        }
        return result + chunk.decomposedStringWithCanonicalMapping
    }
}
