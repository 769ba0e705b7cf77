/// The word classes of keys of up to eight bytes, by their code (`Token.code`), in an
/// open-addressing table: the analysis looks every token's classes up (`Lexicon.classes(of:)`),
/// and a probe here compares the token's code with one or two slots, where `KeyTable` reads
/// an entry index, then the entry's hash, code and scope from four arrays.
///
/// Written while the lexicon loads and only read after that; a lexicon copied while loading
/// copies its table first (`Lexicon.add` checks), so lexicons stay values.
///
/// - Complexity: look-up O(1) expected (linear probing, at most a quarter full).
final class ShortKeyClasses: @unchecked Sendable {
    /// 0 marks an empty slot: the code of the empty key, whose classes are `emptyKey`.
    private var codes: UnsafeMutablePointer<UInt64>
    private var values: UnsafeMutablePointer<Lexicon.WordClass>
    private var mask: Int
    private var shift: UInt64
    private var count = 0
    private var emptyKey: Lexicon.WordClass = []

    init() {
        (codes, values, mask, shift) = ShortKeyClasses.allocate(bits: 6)
    }

    /// A copy of `other`.
    init(copying other: ShortKeyClasses) {
        (codes, values, mask, shift) = ShortKeyClasses.allocate(bits: 64 - Int(other.shift))
        codes.update(from: other.codes, count: other.mask + 1)
        values.update(from: other.values, count: other.mask + 1)
        count = other.count
        emptyKey = other.emptyKey
    }

    deinit {
        codes.deallocate()
        values.deallocate()
    }

    private static func allocate(bits: Int) -> (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<Lexicon.WordClass>, Int, UInt64) {
        let size = 1 << bits
        let codes = UnsafeMutablePointer<UInt64>.allocate(capacity: size)
        codes.initialize(repeating: 0, count: size)
        let values = UnsafeMutablePointer<Lexicon.WordClass>.allocate(capacity: size)
        values.initialize(repeating: [], count: size)
        return (codes, values, size - 1, UInt64(64 - bits))
    }

    /// The first slot to probe for `code` (Fibonacci hashing: the product's high bits).
    @inline(__always)
    private func slot(of code: UInt64) -> Int {
        Int(truncatingIfNeeded: (code &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// The classes of the key with code `code` (not `Token.longKey`); none when unknown.
    @inline(__always)
    func classes(of code: UInt64) -> Lexicon.WordClass {
        if code == 0 { return emptyKey }
        var i = slot(of: code)
        while true {
            let found = codes[i]
            if found == code { return values[i] }
            if found == 0 { return [] }
            i = (i &+ 1) & mask
        }
    }

    /// Sets the classes of the key with code `code` (not `Token.longKey`).
    func set(_ classes: Lexicon.WordClass, of code: UInt64) {
        if code == 0 {
            emptyKey = classes
            return
        }
        if (count + 1) * 4 > mask + 1 { grow() }
        var i = slot(of: code)
        while codes[i] != 0 && codes[i] != code { i = (i &+ 1) & mask }
        if codes[i] == 0 { count += 1 }
        codes[i] = code
        values[i] = classes
    }

    private func grow() {
        let (oldCodes, oldValues, oldSize) = (codes, values, mask + 1)
        (codes, values, mask, shift) = ShortKeyClasses.allocate(bits: 64 - Int(shift) + 1)
        for k in 0..<oldSize where oldCodes[k] != 0 {
            var i = slot(of: oldCodes[k])
            while codes[i] != 0 { i = (i &+ 1) & mask }
            codes[i] = oldCodes[k]
            values[i] = oldValues[k]
        }
        oldCodes.deallocate()
        oldValues.deallocate()
    }
}
