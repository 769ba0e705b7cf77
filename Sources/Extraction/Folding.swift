import Foundation
import GraphModel

/// Folding of names for table look-ups, shared with the graph model's ids.
enum Folding {
    /// `text` lowercased, without diacritics, with typographic apostrophes as `'`.
    static func fold(_ text: String) -> String { NameFolding.fold(text) }

    /// Whether folded text contains `part` (ASCII), compared byte by byte.
    ///
    /// Folded text has no diacritics or case left, so this answers as `String.contains`
    /// would, without Foundation's `range(of:)` (a bridge to `CFString`, costly when
    /// asked for every speaker of an article).
    ///
    /// - Complexity: O(*n* × *m*) in the lengths of the two strings.
    static func contains(_ folded: String, _ part: String) -> Bool {
        var folded = folded
        var part = part
        return folded.withUTF8 { text in
            part.withUTF8 { needle in contains(text, needle) }
        }
    }

    /// Whether `Tokenizer.fold(text)` contains one of `parts` (ASCII): `contains(_:_:)` of
    /// the folded text, which for ASCII text (lowercased, without periods) is folded into a
    /// buffer on the stack rather than made a string.
    static func foldedContains(_ text: String, anyOf parts: StaticString...) -> Bool {
        var text = text
        let ascii = text.withUTF8 { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { buffer in
                var n = 0
                for byte in bytes where byte != UInt8(ascii: ".") {
                    buffer[n] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                    n += 1
                }
                let folded = UnsafeBufferPointer(rebasing: buffer[..<n])
                return parts.contains { contains(folded, UnsafeBufferPointer(start: $0.utf8Start, count: $0.utf8CodeUnitCount)) }
            }
        }
        if let ascii { return ascii }
        let folded = Tokenizer.fold(text)
        return parts.contains { contains(folded, $0.description) }
    }

    /// Whether `text` contains the bytes of `needle`.
    private static func contains(_ text: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !needle.isEmpty else { return true }
        guard text.count >= needle.count else { return false }
        for start in 0...(text.count - needle.count) where text[start] == needle[0] {
            var k = 1
            while k < needle.count && text[start + k] == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }
}

extension Folding {
    /// The key of a word with non-ASCII letters (`Tokenizer.fold(_:ascii:)`): folded through
    /// Unicode decomposition, which costs some twenty thousand instructions a word, so the
    /// keys are remembered, shared by every thread; the same names recur across a corpus.
    static func tokenKey(ofNonASCII text: String) -> String {
        TokenKeyCache.shared.key(of: text)
    }
}

/// The remembered keys of `Folding.tokenKey(ofNonASCII:)`.
private final class TokenKeyCache: @unchecked Sendable {
    static let shared = TokenKeyCache()

    private let lock = NSLock()
    private var keys: [String: String] = [:]
    /// Bounds memory on corpora with endless distinct words: the table starts over when full.
    private let limit = 100_000

    func key(of text: String) -> String {
        lock.lock()
        let known = keys[text]
        lock.unlock()
        if let known { return known }
        let key = String(String.UnicodeScalarView(Folding.fold(text).unicodeScalars.filter { $0 != "." }))
        lock.lock()
        if keys.count >= limit { keys.removeAll(keepingCapacity: true) }
        keys[text] = key
        lock.unlock()
        return key
    }
}
