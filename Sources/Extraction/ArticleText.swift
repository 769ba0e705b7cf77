/// The text of one article, validated and held as Unicode scalars.
///
/// Offsets everywhere in the extraction count Unicode scalars, the unit of
/// `Evidence.start`/`end`, so the text is stored as an array of scalars once.
struct ArticleText: Sendable {
    /// The article's name in evidence (its file name, or `-`).
    let document: String
    /// The text as scalars.
    let scalars: [Unicode.Scalar]

    /// Decodes `bytes` as UTF-8, rejecting invalid input.
    ///
    /// Invalid bytes are an error, not repaired: a silently repaired name would
    /// become a wrong entity id. A leading byte-order mark is dropped.
    ///
    /// - Throws: `ExtractionError.invalidUTF8` or `.binary`, naming the line of the
    ///   first bad byte.
    /// - Complexity: O(*n*) in the number of bytes.
    init(bytes: some Collection<UInt8>, document: String) throws {
        self.document = document
        // Contiguous bytes (files, standard input) are decoded in one tight loop
        // with an ASCII fast path; the generic decoder below gives the same scalars.
        if let decoded = try bytes.withContiguousStorageIfAvailable({ try ArticleText.decode($0, document: document) }) {
            self.scalars = decoded
            return
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var line = 1
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                if scalar.value == 0 { throw ExtractionError.binary(document: document, line: line) }
                scalars.append(scalar)
            case .emptyInput:
                break decoding
            case .error:
                throw ExtractionError.invalidUTF8(document: document, line: line)
            }
        }
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
    }

    /// The scalars of contiguous UTF-8 bytes, with the errors of `init(bytes:document:)`.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, document: String) throws -> [Unicode.Scalar] {
        // Written straight into the array's storage: appending checks capacity per scalar.
        var scalars = try [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
            // The line of an error is counted only when there is one (newlines before it).
            func line(at i: Int) -> Int {
                1 + UnsafeBufferPointer(rebasing: bytes[..<i]).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            }
            var i = 0
            var n = 0
            let count = bytes.count
            let highs: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
            while i < count {
                // Eight ASCII bytes at a time while none is 0 or above 0x7F (a bit trick: a
                // byte's high bit is set in `x - 0x01..` where the byte was zero).
                while i + 8 <= count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & highs != 0 || (word &- ones) & ~word & highs != 0 { break }
                    ArticleText.widen(word, into: buffer.baseAddress! + n)
                    i += 8
                    n += 8
                }
                guard i < count else { break }
                let byte = bytes[i]
                if byte < 0x80 {
                    if byte == 0 {
                        initialized = n
                        throw ExtractionError.binary(document: document, line: line(at: i))
                    }
                    buffer[n] = Unicode.Scalar(byte)
                    n += 1
                    i += 1
                    continue
                }
                // A multi-byte sequence: the standard decoder validates it.
                var length = 0
                if byte & 0xE0 == 0xC0 { length = 2 } else if byte & 0xF0 == 0xE0 { length = 3 } else if byte & 0xF8 == 0xF0 { length = 4 }
                guard length > 0, i + length <= count else {
                    initialized = n
                    throw ExtractionError.invalidUTF8(document: document, line: line(at: i))
                }
                var decoder = UTF8()
                var iterator = UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]).makeIterator()
                guard case .scalarValue(let scalar) = decoder.decode(&iterator), iterator.next() == nil else {
                    initialized = n
                    throw ExtractionError.invalidUTF8(document: document, line: line(at: i))
                }
                buffer[n] = scalar
                n += 1
                i += length
            }
            // Counted once at the end (and before each throw), not per scalar.
            initialized = n
        }
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        return scalars
    }

    /// Stores eight ASCII bytes (`word`, the first lowest) as eight scalars at `scalars`, as
    /// vectors: one widening and one store where a loop stored a scalar at a time.
    @inline(__always)
    private static func widen(_ word: UInt64, into scalars: UnsafeMutablePointer<Unicode.Scalar>) {
        let bytes = unsafeBitCast(word.littleEndian, to: SIMD8<UInt8>.self)
        UnsafeMutableRawPointer(scalars).storeBytes(of: SIMD8<UInt32>(truncatingIfNeeded: bytes), as: SIMD8<UInt32>.self)
    }

    /// Wraps text that is already a Swift string (and so already valid).
    init(text: String, document: String) {
        self.document = document
        var text = text
        // A string's UTF-8 is valid: decoded directly, which costs a fraction of
        // `Array(text.unicodeScalars)`.
        var scalars = text.withUTF8 { ArticleText.decodeValid($0) }
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
    }

    /// The scalars of valid UTF-8 (a Swift string's bytes).
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    private static func decodeValid(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            var i = 0
            var n = 0
            let end = bytes.count
            let highs: UInt64 = 0x8080_8080_8080_8080
            while i < end {
                // Eight ASCII bytes at a time (most text): each is its scalar.
                while i + 8 <= end {
                    let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & highs != 0 { break }
                    ArticleText.widen(word, into: buffer.baseAddress! + n)
                    i += 8
                    n += 8
                }
                guard i < end else { break }
                let byte = UInt32(bytes[i])
                var value: UInt32
                if byte < 0x80 {
                    value = byte
                    i += 1
                } else if byte < 0xE0 {
                    value = (byte & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if byte < 0xF0 {
                    value = (byte & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else {
                    value = (byte & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                        | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                }
                buffer[n] = Unicode.Scalar(value) ?? "\u{FFFD}"
                n += 1
            }
            count = n
        }
    }

    /// The text between two scalar offsets.
    func text(_ start: Int, _ end: Int) -> String {
        scalars.withUnsafeBufferPointer { ArticleText.string(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// `scalars` as a string, encoded to UTF-8 in one pass (appending to a
    /// `String.UnicodeScalarView` one scalar at a time costs several times more).
    ///
    /// - Complexity: O(*n*) in the number of scalars.
    static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        // Most text is ASCII: one OR over the scalars (which vectorizes) tells, and its bytes
        // are then the scalars narrowed.
        var bits: UInt32 = 0
        for scalar in scalars { bits |= scalar.value }
        if bits < 0x80 {
            return String(unsafeUninitializedCapacity: scalars.count) { buffer in
                for k in 0..<scalars.count { buffer[k] = UInt8(truncatingIfNeeded: scalars[k].value) }
                return scalars.count
            }
        }
        var length = 0
        for scalar in scalars {
            let value = scalar.value
            length += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x1_0000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var n = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[n] = UInt8(truncatingIfNeeded: value)
                    n += 1
                } else if value < 0x800 {
                    buffer[n] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    n += 2
                } else if value < 0x1_0000 {
                    buffer[n] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    n += 3
                } else {
                    buffer[n] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
                    buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    buffer[n + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    n += 4
                }
            }
            return n
        }
    }
}
