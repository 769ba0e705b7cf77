/// A trie over sequences of token keys, for longest-match look-up of names and
/// titles that span several tokens ("United Nations Security Council").
struct PhraseTrie<Value: Sendable>: Sendable {
    /// The child of each node by token key: one table for all nodes, scoped by node.
    private var children = KeyTable<Int32>()
    private var values: [[Value]] = [[]]

    init() {}

    /// The token keys of `phrase`, tokenized like an article.
    static func keys(_ phrase: String) -> [String] {
        // Remembered per thread: the same roles and names are tokenized again and again.
        PhraseKeysCache.current.keys(of: phrase) { Tokenizer.tokenize(ArticleText(text: $0, document: "")).map(\.key) }
    }

    /// Adds `value` under `keys`.
    mutating func insert(_ keys: [String], value: Value) {
        var node = 0
        for key in keys {
            if let next = children[key, scope: Int32(node)] {
                node = Int(next)
            } else {
                values.append([])
                let next = values.count - 1
                children.set(key, scope: Int32(node), Int32(next))
                node = next
            }
        }
        values[node].append(value)
    }

    /// The longest phrase starting at `start` whose values pass `accept`: its end
    /// (exclusive) and values.
    ///
    /// - Complexity: O(*k*) in the length of the longest phrase.
    func longestMatch(
        in tokens: TokenList, from start: Int, limit: Int? = nil, accept: (Value, Range<Int>) -> Bool = { _, _ in true }
    ) -> (end: Int, values: [Value])? {
        var node = 0
        var best: (Int, [Value])? = nil
        var i = start
        let end = limit ?? tokens.count
        while i < end, let next = children[code: tokens[i].code, longHash: tokens[i].longHash, key: tokens[i].key, scope: Int32(node)] {
            node = Int(next)
            i += 1
            guard !values[node].isEmpty else { continue }
            let accepted = values[node].filter { accept($0, start..<i) }
            if !accepted.isEmpty { best = (i, accepted) }
        }
        return best.map { (end: $0.0, values: $0.1) }
    }

    /// The longest phrase starting at `start` with a value that passes `accept`: its end
    /// (exclusive) and the first such value, as `longestMatch(in:from:limit:accept:)`
    /// gives them without gathering every value into an array.
    ///
    /// - Complexity: O(*k*) in the length of the longest phrase.
    func firstOfLongestMatch(
        in tokens: TokenList, from start: Int, limit: Int, accept: (Value, Range<Int>) -> Bool
    ) -> (end: Int, value: Value)? {
        var node = 0
        var best: (end: Int, value: Value)? = nil
        var i = start
        while i < limit, let next = children[code: tokens[i].code, longHash: tokens[i].longHash, key: tokens[i].key, scope: Int32(node)] {
            node = Int(next)
            i += 1
            for k in values[node].indices where accept(values[node][k], start..<i) {
                best = (i, values[node][k])
                break
            }
        }
        return best
    }
}
