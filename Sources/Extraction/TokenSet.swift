/// A set of small non-negative integers (token indices) as a bit array.
///
/// The rules ask "is this token part of a title?" for many tokens of every sentence;
/// a bit test answers that without hashing, where `Set<Int>` hashes each query.
/// It answers as `Set<Int>` would for any integer: values outside `0..<capacity`
/// are never members.
///
/// - Complexity: `contains` and `insert` O(1); memory O(*capacity* / 64) words.
struct TokenSet: Sendable {
    private var words: [UInt64]
    /// The values the set can hold: `0..<capacity`.
    let capacity: Int

    /// An empty set for the values `0..<capacity`.
    init(capacity: Int) {
        self.capacity = max(0, capacity)
        words = Array(filling: 0, count: (self.capacity + 63) / 64)
    }

    /// Whether `value` is a member.
    @inline(__always)
    func contains(_ value: Int) -> Bool {
        guard value >= 0, value < capacity else { return false }
        return words[value >> 6] & (1 << UInt64(value & 63)) != 0
    }

    /// Adds `value` (which must be in `0..<capacity`).
    ///
    /// - Returns: whether it was new, and the member, as `Set.insert` does.
    @discardableResult
    @inline(__always)
    mutating func insert(_ value: Int) -> (inserted: Bool, memberAfterInsert: Int) {
        precondition(value >= 0 && value < capacity, "TokenSet: \(value) is outside 0..<\(capacity)")
        let bit: UInt64 = 1 << UInt64(value & 63)
        let inserted = words[value >> 6] & bit == 0
        words[value >> 6] |= bit
        return (inserted, value)
    }

    /// Whether some member satisfies `predicate` (members visited in increasing order).
    ///
    /// - Complexity: O(*capacity* / 64 + *count*).
    func contains(where predicate: (Int) throws -> Bool) rethrows -> Bool {
        for (index, word) in words.enumerated() where word != 0 {
            var rest = word
            while rest != 0 {
                if try predicate(index << 6 + rest.trailingZeroBitCount) { return true }
                rest &= rest - 1
            }
        }
        return false
    }

    /// The number of members.
    var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// Whether the set has no members.
    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }
}
