/// The tokens of one article, read in place (`DocumentAnalysis.tokens`).
///
/// The rules subscript the tokens many times per token. With `[Token]`, where the
/// optimizer does not inline the array's getter (in the long rules it often does not),
/// each `tokens[t].code` copies the whole token out, retaining and releasing its two
/// strings. This list's subscript is an address, so reading a field loads that field.
///
/// It reads as an array of tokens (a random-access collection indexed from 0, trapping on
/// an index out of range). The tokenizer writes the tokens straight into its storage
/// (`TokenList.Builder`), and every copy shares them: `Dateline.mark(_:classes:)` flags
/// tokens while the analysis is built, and nothing changes them after that.
///
/// - Complexity: subscript O(1).
struct TokenList: RandomAccessCollection {
    /// Owns the tokens; frees them with the last list that shares it.
    fileprivate final class Storage {
        @exclusivity(unchecked) var base: UnsafeMutablePointer<Token>
        @exclusivity(unchecked) var count = 0
        @exclusivity(unchecked) var capacity: Int

        init(capacity: Int) {
            self.capacity = Swift.max(1, capacity)
            base = .allocate(capacity: self.capacity)
        }

        deinit {
            // One token at a time, moved out and dropped: `deinitialize(count:)` goes through
            // the runtime's generic destruction, a witness call per token. A token whose
            // strings are both immortal (nearly all) is left as it is: releasing them would
            // call the runtime twice to do nothing.
            for k in 0..<count where !Token.holdsOnlyImmortalStrings(base + k) { _ = (base + k).move() }
            base.deallocate()
        }
    }

    /// Appends tokens to a list's storage, then hands out the list.
    ///
    /// The address, count and capacity are kept here, in the tokenizer's registers, and
    /// written to the storage once, by `list`: appending read and wrote the storage's
    /// fields for every token.
    struct Builder {
        fileprivate let storage: Storage
        private var base: UnsafeMutablePointer<Token>
        private(set) var count = 0
        private var capacity: Int

        /// An empty list with room for `capacity` tokens.
        init(capacity: Int) {
            storage = Storage(capacity: capacity)
            base = storage.base
            self.capacity = storage.capacity
        }

        /// The last token appended.
        var last: Token? { count > 0 ? base[count - 1] : nil }

        /// The key code of the last token appended (nil when none), read in place.
        var lastCode: UInt64? { count > 0 ? base[count - 1].code : nil }

        /// Appends `token`.
        ///
        /// - Complexity: amortized O(1).
        @inline(__always)
        mutating func append(_ token: consuming Token) {
            if count == capacity {
                let grown = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
                grown.moveInitialize(from: base, count: count)
                base.deallocate()
                base = grown
                capacity *= 2
                storage.base = grown
                storage.capacity = capacity
            }
            (base + count).initialize(to: consume token)
            count += 1
        }

        /// The tokens appended (append no more after this).
        var list: TokenList {
            storage.count = count
            return TokenList(storage: storage)
        }
    }

    private let storage: Storage
    /// `storage.base` and `storage.count`, kept here so that a subscript reads no class field.
    private let base: UnsafeMutablePointer<Token>
    let count: Int

    fileprivate init(storage: Storage) {
        self.storage = storage
        base = storage.base
        count = storage.count
    }

    /// A list of `tokens`.
    init(_ tokens: [Token]) {
        var builder = Builder(capacity: tokens.count)
        for token in tokens { builder.append(token) }
        self = builder.list
    }

    typealias Index = Int
    typealias Indices = Range<Int>
    typealias SubSequence = Slice<TokenList>

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    @inline(__always)
    subscript(position: Int) -> Token {
        // One unsigned comparison for both bounds: a negative position is a huge unsigned one.
        unsafeAddress {
            precondition(UInt(bitPattern: position) < UInt(bitPattern: count), "TokenList: index out of range")
            return UnsafePointer(base + position)
        }
        nonmutating unsafeMutableAddress {
            precondition(UInt(bitPattern: position) < UInt(bitPattern: count), "TokenList: index out of range")
            return base + position
        }
    }
}
