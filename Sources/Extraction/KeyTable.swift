/// A hash table from token keys (optionally within a numbered scope, such as a
/// trie node) to values, for the look-ups the extraction makes for every token.
///
/// `Dictionary<String, _>` hashes with per-process-seeded SipHash through the
/// generic `Hashable` machinery; token keys are short, so FNV-1a over their UTF-8
/// bytes with linear probing costs a fraction of that. It answers exactly as a
/// dictionary would; only the speed differs (and iteration is not offered).
///
/// - Complexity: look-up and insertion O(*k*) in the length of the key, expected.
struct KeyTable<Value: Sendable>: Sendable {
    private var keys: [String] = []
    private var scopes: [Int32] = []
    private var hashes: [UInt64] = []
    private(set) var values: [Value] = []
    /// Entry index per slot, -1 when empty; the count of slots is a power of two.
    private var slots: [Int32] = Array(repeating: -1, count: 16)

    init() {}

    /// The number of entries.
    var count: Int { keys.count }

    /// FNV-1a over the UTF-8 bytes of `key`, mixed with `scope`.
    @inline(__always)
    static func hash(_ key: String, scope: Int32) -> UInt64 {
        let basis: UInt64 = 0xcbf2_9ce4_8422_2325 ^ (UInt64(UInt32(bitPattern: scope)) &* 0x9E37_79B9_7F4A_7C15)
        if let h = key.utf8.withContiguousStorageIfAvailable({ bytes -> UInt64 in
            var h = basis
            for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return h
        }) {
            return h
        }
        var h = basis
        for byte in key.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h
    }

    @inline(__always)
    private func slot(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 31)) & (slots.count - 1)
    }

    /// The entry index of `key` in `scope`, if present.
    @inline(__always)
    private func index(_ key: String, scope: Int32, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var i = slot(of: hash)
        while true {
            let entry = Int(slots[i])
            if entry < 0 { return nil }
            if hashes[entry] == hash && scopes[entry] == scope && keys[entry] == key { return entry }
            i = (i + 1) & mask
        }
    }

    /// The value of `key` in `scope`, if present.
    @inline(__always)
    subscript(key: String, scope scope: Int32 = 0) -> Value? {
        guard !keys.isEmpty, let entry = index(key, scope: scope, hash: KeyTable.hash(key, scope: scope)) else { return nil }
        return values[entry]
    }

    /// Sets the value of `key` in `scope`.
    mutating func set(_ key: String, scope: Int32 = 0, _ value: Value) {
        let hash = KeyTable.hash(key, scope: scope)
        if let entry = index(key, scope: scope, hash: hash) {
            values[entry] = value
            return
        }
        keys.append(key)
        scopes.append(scope)
        hashes.append(hash)
        values.append(value)
        if keys.count * 2 > slots.count {
            slots = Array(repeating: -1, count: slots.count * 2)
            for entry in keys.indices { place(entry) }
        } else {
            place(keys.count - 1)
        }
    }

    private mutating func place(_ entry: Int) {
        let mask = slots.count - 1
        var i = slot(of: hashes[entry])
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = Int32(entry)
    }
}
