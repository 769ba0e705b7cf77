import Testing
@testable import Extraction

@Suite struct MentionIndicesTests {
    /// Every token range of an article with nested mentions (a demonym inside a person's
    /// title), adjacent ones and gaps gives the mentions `mentions(in:)` gives, in order.
    @Test func visitsWhatMentionsInGives() {
        let doc = analyze("""
            Azerbaijani Defence Minister Zakir Hasanov met Latvian Defence Minister Raimonds Bergmanis in Baku.

            Hasanov and Bergmanis discussed cooperation between Azerbaijan and Latvia, NATO and the EU.
            """)
        #expect(doc.mentions.count >= 8)
        var ranges = 0
        for lower in 0...doc.tokens.count {
            for upper in lower...min(doc.tokens.count, lower + 30) {
                let visited = doc.mentionIndices(in: lower..<upper)
                #expect(Array(visited) == doc.mentions(in: lower..<upper), "\(lower)..<\(upper)")
                #expect(visited.first == doc.mentions(in: lower..<upper).first)
                ranges += 1
            }
        }
        #expect(ranges > 400)
    }

    @Test func anEmptyRangeHasNone() {
        let doc = analyze("Hasanov met Bergmanis.")
        #expect(doc.mentionIndices(in: 0..<0).isEmpty)
        #expect(doc.mentionIndices(in: doc.tokens.count..<doc.tokens.count).isEmpty)
    }
}
