internal import Digest

/// SHA-256 of a document's bytes, as the store's content hash.
///
/// The store skips a document whose hash is unchanged, so the hash must not collide
/// for different texts: SHA-256 (FIPS 180-4) rather than a fast non-cryptographic
/// hash, implemented in the Digest module because the package takes no crypto dependency. At a few
/// hundred MB/s per core, hashing a million 2 KB articles takes seconds.
public struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    /// The 32-byte digest.
    public let bytes: [UInt8]

    /// The SHA-256 digest of `data`.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    public init(of data: some Sequence<UInt8>) {
        // Contiguous bytes (Data, arrays) are hashed where they are, without a copy.
        if let digest = data.withContiguousStorageIfAvailable({ SHA256.digest(UnsafeRawBufferPointer($0)) }) {
            bytes = digest
            return
        }
        let buffer = Array(data)
        bytes = buffer.withUnsafeBytes { SHA256.digest($0) }
    }

    /// The SHA-256 digest of `text`'s UTF-8 bytes.
    public init(of text: String) {
        var text = text
        bytes = text.withUTF8 { SHA256.digest(UnsafeRawBufferPointer($0)) }
    }

    /// Lowercase hexadecimal, 64 characters.
    public var description: String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
