/// Finds quotations: the tokens between an opening and a closing double quote.
///
/// A quote may span sentences. A closing quote without an opening one (a paragraph
/// that continues a quote) starts its quote at the paragraph's start; an opening
/// quote without a closing one runs to the end of its paragraph.
///
/// - Complexity: O(*n*) in the number of tokens.
enum QuoteFinder {
    static func run(_ doc: DocumentAnalysis) {
        let tokens = doc.tokens
        var paragraphStart = 0
        var open: Int? = nil
        func record(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            doc.quotes.append(Quote(tokens: range))
            let index = Int32(doc.quotes.count - 1)
            for t in range { doc.quoteOfToken[t] = index }
        }
        for i in tokens.indices {
            let token = tokens[i]
            if token.flags.contains(.paragraphStart) {
                if let o = open { record(o + 1..<i) }
                open = nil
                paragraphStart = i
            }
            if token.flags.contains(.excluded) { continue }
            if token.flags.contains(.openQuote) {
                if open == nil { open = i }
            } else if token.flags.contains(.closeQuote) {
                if let o = open {
                    record(o + 1..<i)
                    open = nil
                } else if i - paragraphStart > 3 {
                    record(paragraphStart..<i)
                }
            }
        }
        if let o = open { record(o + 1..<tokens.count) }
    }
}
