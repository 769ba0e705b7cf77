#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Whether the two strings have the same UTF-8 bytes.
    ///
    /// The per-thread caches (`AttributesCache`, `PhraseKeysCache`, `LocalEntityIDCache`) find
    /// a value by its string's bytes, not with `==`, which also equates canonically equivalent
    /// strings ("é" composed and decomposed): those tokenize, fold and are written apart, so
    /// one must not be given what was made for the other.
    ///
    /// - Complexity: O(*n*) in the bytes.
    func hasSameBytes(as other: String) -> Bool {
        var a = self, b = other
        return a.withUTF8 { x in
            b.withUTF8 { y in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }
}
