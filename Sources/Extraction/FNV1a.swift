/// The 64-bit FNV-1a hash (Fowler, Noll and Vo), fed byte by byte: the extraction's tables
/// (`Token.longHash`, `AttributesCache`, `PhraseKeysCache`, `LocalEntityIDCache`) hash short
/// keys with it, where SipHash's per-call set-up would cost more than the key.
///
/// - Complexity: O(1) per byte.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Mixes one byte in; a value above 255 marks something that is not a byte (the end of a
    /// field, an absent field), so that fields cannot run into each other.
    @inline(__always)
    mutating func add(_ byte: UInt64) {
        value = (value ^ byte) &* 0x100_0000_01b3
    }

    @inline(__always)
    mutating func add(_ byte: UInt8) { add(UInt64(byte)) }

    /// Mixes in every byte of `bytes`.
    @inline(__always)
    mutating func add<Bytes: Sequence<UInt8>>(contentsOf bytes: Bytes) {
        for byte in bytes { add(byte) }
    }

    /// Mixes in the UTF-8 bytes of `text`, read in place.
    @inline(__always)
    mutating func add(bytesOf text: String) {
        var text = text
        text.withUTF8 { add(contentsOf: $0) }
    }
}
