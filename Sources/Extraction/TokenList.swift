/// The tokens of one article, read in place (`DocumentAnalysis.tokens`).
///
/// The rules subscript the tokens many times per token. With `[Token]`, where the
/// optimizer does not inline the array's getter (in the long rules it often does not),
/// each `tokens[t].code` copies the whole token out, retaining and releasing its two
/// strings. This list's subscript is an address, so reading a field loads that field.
/// It behaves as the array it is made from (a random-access collection indexed from 0,
/// trapping on an index out of range), and it is immutable.
///
/// - Complexity: subscript O(1); making one copies the array's tokens, O(*n*).
struct TokenList: RandomAccessCollection {
    /// Owns the tokens; frees them with the last list that shares it.
    private final class Storage {
        let base: UnsafeMutablePointer<Token>
        let count: Int

        init(base: UnsafeMutablePointer<Token>, count: Int) {
            self.base = base
            self.count = count
        }

        deinit {
            base.deinitialize(count: count)
            base.deallocate()
        }
    }

    private let storage: Storage
    /// `storage.base`, kept here so that a subscript reads no class field.
    private let base: UnsafeMutablePointer<Token>
    let count: Int

    /// The tokens of `tokens`.
    init(_ tokens: [Token]) {
        let count = tokens.count
        let base = UnsafeMutablePointer<Token>.allocate(capacity: Swift.max(1, count))
        tokens.withUnsafeBufferPointer { source in
            if let start = source.baseAddress { base.initialize(from: start, count: count) }
        }
        storage = Storage(base: base, count: count)
        self.base = base
        self.count = count
    }

    typealias Index = Int
    typealias Indices = Range<Int>
    typealias SubSequence = Slice<TokenList>

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    @inline(__always)
    subscript(position: Int) -> Token {
        unsafeAddress {
            precondition(position >= 0 && position < count, "TokenList: index out of range")
            return UnsafePointer(base + position)
        }
    }
}
