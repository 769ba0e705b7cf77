/// The token keys of phrases already tokenized on this thread (`PhraseTrie.keys`).
///
/// Rules tokenize a person's role or an alias to compare its words ("Minister of Foreign
/// Affairs"), a few times per article, and tokenizing a short phrase costs thousands of
/// instructions; the same roles recur across a corpus. One table per thread (thread-specific
/// storage), so that no lock is taken; a slot holds the last phrase whose bytes hashed to it
/// (FNV-1a), and keys are returned only for exactly that phrase's bytes (canonically
/// equivalent spellings tokenize apart), so they are the keys tokenizing would give.
///
/// - Complexity: `keys(of:make:)` O(*n*) in the phrase's bytes when known.
final class PhraseKeysCache {
    private static let slotBits = 10
    @exclusivity(unchecked) private var hashes = [UInt64](repeating: 0, count: 1 << slotBits)
    @exclusivity(unchecked) private var phrases = [String?](repeating: nil, count: 1 << slotBits)
    @exclusivity(unchecked) private var keys = [[String]](repeating: [], count: 1 << slotBits)

    /// The keys of `phrase`, made by `make` when not known.
    func keys(of phrase: String, make: (String) -> [String]) -> [String] {
        var h = FNV1a()
        h.add(bytesOf: phrase)
        let hash = h.value
        let slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - PhraseKeysCache.slotBits))
        if hashes[slot] == hash, let known = phrases[slot], known.hasSameBytes(as: phrase) { return keys[slot] }
        let made = make(phrase)
        hashes[slot] = hash
        phrases[slot] = phrase
        keys[slot] = made
        return made
    }

    private static let perThread = ThreadLocalTable<PhraseKeysCache> { PhraseKeysCache() }

    /// This thread's table.
    static var current: PhraseKeysCache { perThread.current }
}
