/// Attribute dictionaries already made on this thread, found by their values.
///
/// A graph's attributes are dictionaries, and making one (allocating its storage, seeding
/// and hashing its keys) costs more than the rest of a relation; the same few values (a
/// tone and a CAMEO code, a country's ISO code, a minister's role) recur across a corpus,
/// and equal dictionaries share their storage. One table per thread (thread-specific
/// storage), so that no lock is taken; a slot holds the last dictionary whose values hashed
/// to it. Values are found first by the bits of their three strings: a string of up to 15
/// bytes (a tone, a CAMEO code, an ISO code) is its bits, and a longer one is a reference to
/// its storage, which the table holds, so equal bits are equal strings. Values with a longer
/// string made anew (a role) are then found by their bytes, in a second table keyed by an
/// FNV-1a hash of them. A dictionary is returned only for exactly its values' bytes, so the
/// graphs are the same as without the table.
///
/// - Complexity: `attributes(_:)` O(1), O(*n*) in the values' bytes for values of new strings.
final class AttributesCache {
    /// `date`, `tone` and `cameo`.
    let relations = Table(names: ("date", "tone", "cameo"))
    /// `iso`, `role` and `affiliation`.
    let entities = Table(names: ("iso", "role", "affiliation"))

    /// The values of the three attributes (nil: absent). Strings that are merely canonically
    /// equivalent must not share a dictionary, or one article's spelling would appear in
    /// another's output: values are compared by their bits, never with `==`.
    struct Values {
        var first: String?
        var second: String?
        var third: String?

        init(_ first: String?, _ second: String?, _ third: String?) {
            self.first = first
            self.second = second
            self.third = third
        }

        /// FNV-1a over the three values' bytes, with a marker per value.
        var hash: UInt64 {
            var h = FNV1a()
            Values.mix(first, into: &h)
            Values.mix(second, into: &h)
            Values.mix(third, into: &h)
            return h.value
        }

        func hasSameBytes(as other: Values) -> Bool {
            Values.same(first, other.first) && Values.same(second, other.second) && Values.same(third, other.third)
        }

        private static func mix(_ value: String?, into h: inout FNV1a) {
            guard let value else {
                h.add(0x100 as UInt64)  // not a byte: absent
                return
            }
            h.add(bytesOf: value)
            h.add(0x101 as UInt64)  // the end of a value
        }

        private static func same(_ a: String?, _ b: String?) -> Bool {
            guard let a, let b else { return a == nil && b == nil }
            return a.hasSameBytes(as: b)
        }

        /// The values' bits, as six words.
        var bits: Bits {
            withUnsafeBytes(of: self) { $0.loadUnaligned(as: Bits.self) }
        }
    }

    /// The bits of three optional strings.
    struct Bits: Equatable {
        var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

        static func == (a: Bits, b: Bits) -> Bool {
            a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2
                && a.words.3 == b.words.3 && a.words.4 == b.words.4 && a.words.5 == b.words.5
        }

        var hash: UInt64 {
            @inline(__always) func mix(_ h: UInt64, _ word: UInt64) -> UInt64 {
                let m = (h ^ word) &* 0x9E37_79B9_7F4A_7C15
                return m ^ (m >> 29)
            }
            return mix(mix(mix(mix(mix(mix(0, words.0), words.1), words.2), words.3), words.4), words.5)
        }
    }

    /// The dictionaries of one set of three names.
    final class Table {
        private static let slotBits = 10
        private let names: (String, String, String)
        @exclusivity(unchecked) private var bits = [Bits?](repeating: nil, count: 1 << slotBits)
        /// The values of each slot, held so that the storage of their strings is not reused.
        @exclusivity(unchecked) private var values = [Values?](repeating: nil, count: 1 << slotBits)
        @exclusivity(unchecked) private var dictionaries = [[String: String]](repeating: [:], count: 1 << slotBits)
        /// The second table, by the values' bytes.
        @exclusivity(unchecked) private var hashes = [UInt64](repeating: 0, count: 1 << slotBits)
        @exclusivity(unchecked) private var byteValues = [Values?](repeating: nil, count: 1 << slotBits)
        @exclusivity(unchecked) private var byteDictionaries = [[String: String]](repeating: [:], count: 1 << slotBits)

        init(names: (String, String, String)) {
            precondition(MemoryLayout<Values>.size == MemoryLayout<Bits>.size, "AttributesCache: three strings are not six words")
            self.names = names
        }

        /// The dictionary of `values` under the three names.
        func attributes(_ values: Values) -> [String: String] {
            if values.first == nil && values.second == nil && values.third == nil { return [:] }
            let key = values.bits
            let slot = Int(truncatingIfNeeded: key.hash >> UInt64(64 - Table.slotBits))
            if bits[slot] == key { return dictionaries[slot] }
            let hash = values.hash
            let byteSlot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - Table.slotBits))
            if hashes[byteSlot] == hash, let known = byteValues[byteSlot], known.hasSameBytes(as: values) {
                let attributes = byteDictionaries[byteSlot]
                bits[slot] = key
                self.values[slot] = values
                dictionaries[slot] = attributes
                return attributes
            }
            let count = (values.first == nil ? 0 : 1) + (values.second == nil ? 0 : 1) + (values.third == nil ? 0 : 1)
            var attributes = [String: String](minimumCapacity: count)
            if let value = values.first { attributes[names.0] = value }
            if let value = values.second { attributes[names.1] = value }
            if let value = values.third { attributes[names.2] = value }
            bits[slot] = key
            self.values[slot] = values
            dictionaries[slot] = attributes
            hashes[byteSlot] = hash
            byteValues[byteSlot] = values
            byteDictionaries[byteSlot] = attributes
            return attributes
        }
    }

    private static let perThread = ThreadLocalTable<AttributesCache> { AttributesCache() }

    /// This thread's tables.
    static var current: AttributesCache { perThread.current }
}
