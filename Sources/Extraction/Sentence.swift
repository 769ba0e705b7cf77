/// A sentence of an article: a run of tokens within one paragraph.
struct Sentence: Sendable {
    /// The tokens of the sentence.
    var tokens: Range<Int>
    /// The paragraph the sentence belongs to (0 is the first).
    var paragraph: Int
    /// Offset of the first scalar.
    var start: Int
    /// Offset past the last scalar.
    var end: Int
    /// The article's headline (its first line, without a final period).
    var isHeadline = false
}
