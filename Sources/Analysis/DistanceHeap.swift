/// A binary min-heap of (distance, node) pairs for Dijkstra's algorithm, with lazy
/// deletion: a node is pushed again when its distance improves and stale entries are
/// skipped when popped.
///
/// - Complexity: O(log *k*) per push and pop for *k* entries.
/// - Paper: J. W. J. Williams, "Algorithm 232: Heapsort", CACM 7(6), 1964.
struct DistanceHeap {
    private var keys: [Double] = []
    private var nodes: [Int32] = []

    var isEmpty: Bool { keys.isEmpty }

    /// Removes every entry, keeping the storage.
    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
    }

    mutating func push(_ key: Double, _ node: Int32) {
        keys.append(key)
        nodes.append(node)
        var i = keys.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if keys[parent] <= key { break }
            keys[i] = keys[parent]
            nodes[i] = nodes[parent]
            i = parent
        }
        keys[i] = key
        nodes[i] = node
    }

    /// The entry with the smallest distance, removed; nil when empty.
    mutating func pop() -> (distance: Double, node: Int32)? {
        guard let lastKey = keys.popLast(), let lastNode = nodes.popLast() else { return nil }
        guard !keys.isEmpty else { return (lastKey, lastNode) }
        let top = (keys[0], nodes[0])
        let count = keys.count
        var i = 0
        while true {
            var child = 2 * i + 1
            if child >= count { break }
            if child + 1 < count && keys[child + 1] < keys[child] { child += 1 }
            if keys[child] >= lastKey { break }
            keys[i] = keys[child]
            nodes[i] = nodes[child]
            i = child
        }
        keys[i] = lastKey
        nodes[i] = lastNode
        return top
    }
}
