import GraphModel

/// Folding of names for table look-ups, shared with the graph model's ids.
enum Folding {
    /// `text` lowercased, without diacritics, with typographic apostrophes as `'`.
    static func fold(_ text: String) -> String { NameFolding.fold(text) }
}
