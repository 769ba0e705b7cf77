import GraphModel

/// The ids of entity names already made on this thread, found by the name's bytes and kind.
///
/// `GraphBuilder` gives every entity outside the gazetteer (most persons, bodies named by
/// pattern) an id made from its name: a new string of more than fifteen bytes, so allocated,
/// written and later freed, several times a look-up here. The same persons recur across a
/// corpus. One table per thread (thread-specific storage), so that no lock is taken; a slot
/// holds the last name that hashed to it. An id is returned only for exactly the name's bytes
/// and kind, so the graphs are the same as without the table.
///
/// - Complexity: `id(kind:name:make:)` O(*n*) in the name's bytes.
final class LocalEntityIDCache {
    private static let slotBits = 11
    // Buffers rather than arrays: no bounds or uniqueness check per look-up.
    private let hashes: UnsafeMutablePointer<UInt64>
    /// The kind of each slot's name; an empty kind (no entity's) marks an empty slot.
    private let kinds: UnsafeMutablePointer<EntityKind>
    private let names: UnsafeMutablePointer<String>
    private let ids: UnsafeMutablePointer<EntityID>

    init() {
        let count = 1 << LocalEntityIDCache.slotBits
        hashes = .allocate(filling: 0, count: count)
        kinds = .allocate(filling: EntityKind(rawValue: ""), count: count)
        names = .allocate(filling: "", count: count)
        ids = .allocate(filling: EntityID(rawValue: ""), count: count)
    }

    deinit {
        let count = 1 << LocalEntityIDCache.slotBits
        hashes.deallocate()
        kinds.deinitialize(count: count)
        kinds.deallocate()
        names.deinitialize(count: count)
        names.deallocate()
        ids.deinitialize(count: count)
        ids.deallocate()
    }

    /// The id of `name` of `kind`, made by `make` when not known.
    func id(kind: EntityKind, name: String, make: () -> EntityID) -> EntityID {
        var hash = FNV1a()
        LocalEntityIDCache.mix(kind.rawValue, into: &hash)
        LocalEntityIDCache.mix(name, into: &hash)
        let slot = Int(truncatingIfNeeded: (hash.value &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - LocalEntityIDCache.slotBits))
        if hashes[slot] == hash.value, kinds[slot] == kind, names[slot].hasSameBytes(as: name) {
            return ids[slot]
        }
        let made = make()
        hashes[slot] = hash.value
        kinds[slot] = kind
        names[slot] = name
        ids[slot] = made
        return made
    }

    /// Mixes the bytes of `text` into `hash`, then an end marker.
    private static func mix(_ text: String, into hash: inout FNV1a) {
        hash.add(bytesOf: text)
        hash.add(0x100 as UInt64)  // not a byte: the end of a field
    }

    private static let perThread = ThreadLocalTable<LocalEntityIDCache> { LocalEntityIDCache() }

    /// This thread's table.
    static var current: LocalEntityIDCache { perThread.current }
}
