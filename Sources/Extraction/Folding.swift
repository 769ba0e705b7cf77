import GraphModel

/// Folding of names for table look-ups, shared with the graph model's ids.
enum Folding {
    /// `text` lowercased, without diacritics, with typographic apostrophes as `'`.
    static func fold(_ text: String) -> String { NameFolding.fold(text) }

    /// Whether folded text contains `part` (ASCII), compared byte by byte.
    ///
    /// Folded text has no diacritics or case left, so this answers as `String.contains`
    /// would, without Foundation's `range(of:)` (a bridge to `CFString`, costly when
    /// asked for every speaker of an article).
    ///
    /// - Complexity: O(*n* × *m*) in the lengths of the two strings.
    static func contains(_ folded: String, _ part: String) -> Bool {
        var folded = folded
        var part = part
        return folded.withUTF8 { text in
            part.withUTF8 { needle in
                guard !needle.isEmpty else { return true }
                guard text.count >= needle.count else { return false }
                for start in 0...(text.count - needle.count) where text[start] == needle[0] {
                    var k = 1
                    while k < needle.count && text[start + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
                return false
            }
        }
    }
}
