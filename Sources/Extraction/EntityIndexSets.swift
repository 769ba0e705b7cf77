/// Set operations on the few entity indices of a meeting or a clause, kept in arrays.
///
/// A meeting has a handful of parties: building a `Set` of them to test one inclusion
/// allocates and hashes more than comparing the arrays element by element.
extension Array where Element == Int {
    /// Whether every element is in `other`: `Set(self).isSubset(of: Set(other))`.
    ///
    /// - Complexity: O(*n* × *m*).
    func isContained(in other: [Int]) -> Bool {
        allSatisfy { other.contains($0) }
    }

    /// Whether an element is in `other`: `!Set(self).isDisjoint(with: other)`.
    ///
    /// - Complexity: O(*n* × *m*).
    func sharesElement(with other: [Int]) -> Bool {
        contains { other.contains($0) }
    }

    /// The number of distinct elements: `Set(self).count`.
    ///
    /// - Complexity: O(*n*²).
    var distinctCount: Int {
        var count = 0
        for i in indices where !self[..<i].contains(self[i]) { count += 1 }
        return count
    }
}
