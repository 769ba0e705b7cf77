/// A map from integers to integers for a handful of entries (a meeting's participants'
/// sides, and the sentences where they joined it): one array searched in order, where a `Dictionary`
/// allocated a table and hashed every key.
///
/// - Complexity: look-up and update O(*n*) in the number of entries.
struct SmallIntMap: Sendable {
    private struct Entry: Sendable {
        var key: Int
        var value: Int
    }

    private var entries: [Entry] = []

    init() {}

    /// Number of entries.
    var count: Int { entries.count }

    var isEmpty: Bool { entries.isEmpty }

    /// The keys whose value is `value`, in the order they were added.
    func keys(withValue value: Int) -> [Int] {
        entries.compactMap { $0.value == value ? $0.key : nil }
    }

    /// Whether the values are of exactly two distinct numbers (a meeting's two sides).
    ///
    /// - Complexity: O(*n*).
    var hasTwoDistinctValues: Bool {
        var first: Int? = nil, second: Int? = nil
        for entry in entries where entry.value != first && entry.value != second {
            if first == nil {
                first = entry.value
            } else if second == nil {
                second = entry.value
            } else {
                return false
            }
        }
        return second != nil
    }

    /// The value for `key`; setting nil removes the entry.
    subscript(key: Int) -> Int? {
        get {
            for entry in entries where entry.key == key { return entry.value }
            return nil
        }
        set {
            if let i = entries.firstIndex(where: { $0.key == key }) {
                if let newValue {
                    entries[i].value = newValue
                } else {
                    entries.remove(at: i)
                }
            } else if let newValue {
                // Room for four at the first entry: a meeting has two to four participants,
                // and growing from one entry reallocated twice on the way.
                if entries.capacity == 0 { entries.reserveCapacity(4) }
                entries.append(Entry(key: key, value: newValue))
            }
        }
    }
}
