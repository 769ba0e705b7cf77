/// A hash table from token keys (optionally within a numbered scope, such as a
/// trie node) to values, for the look-ups the extraction makes for every token.
///
/// `Dictionary<String, _>` hashes with per-process-seeded SipHash through the
/// generic `Hashable` machinery; token keys are short, so a key of up to eight bytes
/// is hashed and compared as its `Token.code` (one integer: the key's bytes), and a
/// longer key by FNV-1a over its UTF-8 bytes, with linear probing. A token brings its
/// code along, so looking a token up hashes nothing. Keys match when their bytes do
/// (as the byte hash always required). Iteration is not offered.
///
/// - Complexity: look-up and insertion O(1) for keys of up to eight bytes, O(*k*) in
///   the length of longer keys, expected.
struct KeyTable<Value: Sendable>: Sendable {
    /// What a look-up compares: the key's hash, code and scope, side by side (one cache line
    /// per entry compared, where three arrays were three).
    private struct Entry: Sendable {
        var hash: UInt64
        var code: UInt64
        var scope: Int32
    }

    private var keys: [String] = []
    private var entries: [Entry] = []
    private(set) var values: [Value] = []
    /// Per slot, the high half of its entry's hash and the entry's index + 1 (0: empty); the
    /// count of slots is a power of two. Most keys looked up are absent, and a probe tells
    /// most entries apart by the slot's half of the hash, without reading the entry.
    private var slots: [UInt64] = Array(repeating: 0, count: 16)

    init() {}

    /// The number of entries.
    var count: Int { keys.count }

    /// The hash of a key with code `code` (`Token.code(of: key)`) in `scope`.
    @inline(__always)
    static func hash(_ key: String, code: UInt64, scope: Int32) -> UInt64 {
        hash(code: code, longHash: code == Token.longKey ? Token.longHash(of: key) : 0, scope: scope)
    }

    /// The hash of a key with code `code` and, if longer than eight bytes, `Token.longHash`
    /// `longHash` (a token carries both: nothing to hash again).
    @inline(__always)
    static func hash(code: UInt64, longHash: UInt64, scope: Int32) -> UInt64 {
        let scopeBits = UInt64(UInt32(bitPattern: scope)) &* 0x9E37_79B9_7F4A_7C15
        var h = (code != Token.longKey ? code : longHash) ^ scopeBits
        // A finalizer (MurmurHash3's) so that every bit of the code reaches the slot bits.
        h = (h ^ (h >> 33)) &* 0xff51_afd7_ed55_8ccd
        return h ^ (h >> 33)
    }

    @inline(__always)
    private func slot(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash) & (slots.count - 1)
    }

    /// The high half of `hash`, as a slot holds it.
    @inline(__always)
    private static func tag(of hash: UInt64) -> UInt64 {
        hash & 0xFFFF_FFFF_0000_0000
    }

    /// The entry index of the key in `scope`, if present (the key is read only to tell
    /// apart long keys of equal hash).
    @inline(__always)
    private func index(_ key: @autoclosure () -> String, code: UInt64, scope: Int32, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        let tag = KeyTable.tag(of: hash)
        var i = slot(of: hash)
        while true {
            let found = slots[i]
            if found == 0 { return nil }
            if KeyTable.tag(of: found) == tag {
                let entry = Int(truncatingIfNeeded: found & 0xFFFF_FFFF) - 1
                if entries[entry].hash == hash && entries[entry].code == code && entries[entry].scope == scope
                    && (code != Token.longKey || keys[entry] == key())
                {
                    return entry
                }
            }
            i = (i + 1) & mask
        }
    }

    /// The value of `key` in `scope`, if present.
    @inline(__always)
    subscript(key: String, scope scope: Int32 = 0) -> Value? {
        self[key, code: Token.code(of: key), scope: scope]
    }

    /// The value of the key of `token` in `scope`, if present (its code is known: no hashing
    /// of the key's bytes for a short key).
    @inline(__always)
    subscript(token token: Token, scope scope: Int32 = 0) -> Value? {
        self[code: token.code, longHash: token.longHash, key: token.key, scope: scope]
    }

    /// The value of the key with code `code`, `Token.longHash` `longHash` and bytes `key`
    /// (read only for a long key whose hash is found), in `scope`, if present.
    @inline(__always)
    subscript(code code: UInt64, longHash longHash: UInt64, key key: @autoclosure () -> String, scope scope: Int32 = 0) -> Value? {
        guard !keys.isEmpty,
            let entry = index(key(), code: code, scope: scope, hash: KeyTable.hash(code: code, longHash: longHash, scope: scope))
        else { return nil }
        return values[entry]
    }

    /// The value of `key`, whose code is `code`, in `scope`, if present.
    @inline(__always)
    subscript(key: String, code code: UInt64, scope scope: Int32 = 0) -> Value? {
        guard !keys.isEmpty,
            let entry = index(key, code: code, scope: scope, hash: KeyTable.hash(key, code: code, scope: scope))
        else { return nil }
        return values[entry]
    }

    /// Sets the value of `key` in `scope`.
    mutating func set(_ key: String, scope: Int32 = 0, _ value: Value) {
        let code = Token.code(of: key)
        let hash = KeyTable.hash(key, code: code, scope: scope)
        if let entry = index(key, code: code, scope: scope, hash: hash) {
            values[entry] = value
            return
        }
        keys.append(key)
        entries.append(Entry(hash: hash, code: code, scope: scope))
        values.append(value)
        if keys.count * 2 > slots.count {
            slots = Array(repeating: 0, count: slots.count * 2)
            for entry in keys.indices { place(entry) }
        } else {
            place(keys.count - 1)
        }
    }

    private mutating func place(_ entry: Int) {
        let mask = slots.count - 1
        let hash = entries[entry].hash
        var i = slot(of: hash)
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = KeyTable.tag(of: hash) | UInt64(entry + 1)
    }
}
