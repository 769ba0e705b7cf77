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
    private var keys: [String] = []
    private var codes: [UInt64] = []
    private var scopes: [Int32] = []
    private var hashes: [UInt64] = []
    private(set) var values: [Value] = []
    /// Entry index per slot, -1 when empty; the count of slots is a power of two.
    private var slots: [Int32] = Array(repeating: -1, count: 16)

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

    /// The entry index of the key in `scope`, if present (the key is read only to tell
    /// apart long keys of equal hash).
    @inline(__always)
    private func index(_ key: @autoclosure () -> String, code: UInt64, scope: Int32, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var i = slot(of: hash)
        while true {
            let entry = Int(slots[i])
            if entry < 0 { return nil }
            if hashes[entry] == hash && codes[entry] == code && scopes[entry] == scope
                && (code != Token.longKey || keys[entry] == key())
            {
                return entry
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
        codes.append(code)
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
