/// Strings of up to sixteen ASCII bytes already made on this thread, found by their bytes
/// packed into one integer, or two (first byte lowest, as `Token.code` packs a key).
///
/// The tokenizer makes a string for the text of every word, and another for the key of a
/// capitalized one; making a string validates its bytes and costs several times a look-up
/// here, and the same short words recur. One table per thread (thread-specific storage),
/// so that no lock is taken; a slot holds the last string that hashed to it. A string is
/// returned only for exactly its bytes, so the tokens are the same as without the table.
///
/// - Complexity: `string(code:make:)` O(1).
final class ShortStrings {
    private static let slotBits = 14
    // Buffers rather than arrays: no bounds or uniqueness check per look-up.
    private let codes: UnsafeMutablePointer<UInt64>
    private let strings: UnsafeMutablePointer<String>
    /// Strings of nine to sixteen bytes, by the codes of their first eight bytes and the rest.
    private let longCodes: UnsafeMutablePointer<(UInt64, UInt64)>
    private let longStrings: UnsafeMutablePointer<String>

    init() {
        let count = 1 << ShortStrings.slotBits
        codes = .allocate(filling: 0, count: count)
        strings = .allocate(filling: "", count: count)
        longCodes = .allocate(filling: (0, 0), count: count)
        longStrings = .allocate(filling: "", count: count)
    }

    deinit {
        strings.deinitialize(count: 1 << ShortStrings.slotBits)
        strings.deallocate()
        codes.deallocate()
        longStrings.deinitialize(count: 1 << ShortStrings.slotBits)
        longStrings.deallocate()
        longCodes.deallocate()
    }

    /// The string of nine to sixteen ASCII bytes whose first eight pack to `low` and the
    /// rest to `high` (neither 0), made by `make` when not known.
    @inline(__always)
    func string(low: UInt64, high: UInt64, make: () -> String) -> String {
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
        let slot = Int(truncatingIfNeeded: mixed >> UInt64(64 - ShortStrings.slotBits))
        if longCodes[slot] == (low, high) { return longStrings[slot] }
        let made = make()
        longCodes[slot] = (low, high)
        longStrings[slot] = made
        return made
    }

    /// The string whose bytes pack to `code` (not 0), made by `make` when not known.
    @inline(__always)
    func string(code: UInt64, make: () -> String) -> String {
        let slot = Int(truncatingIfNeeded: (code &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - ShortStrings.slotBits))
        if codes[slot] == code { return strings[slot] }
        let made = make()
        codes[slot] = code
        strings[slot] = made
        return made
    }

    private static let perThread = ThreadLocalTable<ShortStrings> { ShortStrings() }

    /// This thread's table.
    static var current: ShortStrings { perThread.current }
}
