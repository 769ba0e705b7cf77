/// The text that supports a relation: where it was said, and when.
///
/// Offsets count Unicode scalars (code points) from the start of the document, so
/// `text[start:end]` in Python gives back the sentence.
public struct Evidence: Hashable, Comparable, Codable, Sendable {
    /// The document's name (the article's file name, or `-` for stdin).
    public var document: String
    /// The sentence that states the relation.
    public var sentence: String
    /// Offset of the sentence's first scalar in the document.
    public var start: Int
    /// Offset just past the sentence's last scalar.
    public var end: Int
    /// The date of the event as the article gives it ("June 17"), when known.
    public var date: String?

    public init(document: String, sentence: String, start: Int, end: Int, date: String? = nil) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.date = date
    }

    /// Orders by document, then position, so merged evidence reads in article order.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        if lhs.document != rhs.document { return lhs.document < rhs.document }
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        if lhs.end != rhs.end { return lhs.end < rhs.end }
        if lhs.sentence != rhs.sentence { return lhs.sentence < rhs.sentence }
        return (lhs.date ?? "") < (rhs.date ?? "")
    }
}
