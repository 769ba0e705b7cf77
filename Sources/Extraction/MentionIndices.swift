/// The mentions of a token range, in text order, found as they are visited: what
/// `DocumentAnalysis.mentions(in:)` returns, without making an array. For the rules that
/// only look through them ("is a person named before the verb?", the first mention after
/// it), which ran for most sentences and each allocated an array.
///
/// A position is a token where a mention other than the previous one found starts to
/// appear (a mention inside another, such as a demonym in a person's title, interrupts it).
///
/// - Complexity: visiting them all is O(*n*) in the length of the range.
struct MentionIndices: Collection {
    struct Index: Comparable {
        /// The token where the mention is found (the range's end for `endIndex`).
        fileprivate var token: Int

        static func < (a: Index, b: Index) -> Bool { a.token < b.token }
    }

    /// The mention index of every token (-1: none), as `DocumentAnalysis.mentionAtToken`.
    private let mentionAt: [Int32]
    private let end: Int
    let startIndex: Index

    /// The mentions of `range`, from `mentionAt`.
    init(range: Range<Int>, mentionAt: [Int32]) {
        precondition(range.lowerBound >= 0 && range.upperBound <= mentionAt.count, "MentionIndices: token range out of bounds")
        self.mentionAt = mentionAt
        end = range.upperBound
        var t = range.lowerBound
        while t < end, mentionAt[t] < 0 { t += 1 }
        startIndex = Index(token: t)
    }

    var endIndex: Index { Index(token: end) }

    subscript(position: Index) -> Int { Int(mentionAt[position.token]) }

    func index(after i: Index) -> Index {
        let current = mentionAt[i.token]
        var t = i.token + 1
        while t < end, mentionAt[t] < 0 || mentionAt[t] == current { t += 1 }
        return Index(token: t)
    }
}
