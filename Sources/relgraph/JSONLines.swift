import Foundation
import GraphModel

/// One compact JSON graph per line, for map/reduce pipelines: `{"document": ...,
/// "entities": [...], "relations": [...]}` with the fields of the graph JSON, keys
/// sorted, no white space, so the same graph always gives the same line.
///
/// Written by hand rather than with `JSONEncoder`: the line is the hot path of
/// `relgraph extract --format jsonl` over large corpora, whose output is several times
/// the size of its input.
enum JSONLines {
    /// The line for `graph` of article `document`, newline included.
    ///
    /// - Complexity: O(*n*) in the size of the output.
    static func encode(_ graph: Graph, document: String) -> Data {
        let out = Buffer()
        encode(graph, document: document, into: out)
        return out.withBytes { Data($0) }
    }

    /// Appends the line for `graph` of article `document`, newline included, to `out`.
    ///
    /// Entities and relations are read in place (by index), not copied out one by one:
    /// each copy would retain every string and array the value holds. The strings a line
    /// repeats (an evidence sentence shared by relations, the document's name in every
    /// evidence, an entity's id at the ends of its relations, the kinds) are escaped once per
    /// line and copied from where they were first written after that (`WrittenStrings`).
    ///
    /// - Complexity: O(*n*) in the size of the output.
    static func encode(_ graph: Graph, document: String, into out: Buffer) {
        let entities = graph.entities
        let relations = graph.relations
        var repeated = 1 + 2 * entities.count + 3 * relations.count
        for index in relations.indices { repeated += 2 * relations[index].evidence.count }
        WrittenStrings.with(room: repeated) { written in
            out.append(#"{"document":"#)
            written.string(document, out)
            out.append(#","entities":["#)
            for index in entities.indices {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(#"{"aliases":["#)
                let aliases = entities[index].aliases
                for i in aliases.indices {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    string(aliases[i], out)
                }
                out.append(UInt8(ascii: "]"))
                if !entities[index].attributes.isEmpty {
                    out.append(#","attributes":"#)
                    dictionary(entities[index].attributes, out)
                }
                out.append(#","id":"#)
                written.string(entities[index].id.rawValue, out)
                out.append(#","kind":"#)
                written.string(entities[index].kind.rawValue, out)
                out.append(#","name":"#)
                string(entities[index].name, out)
                out.append(UInt8(ascii: "}"))
            }
            out.append(#"],"relations":["#)
            for index in relations.indices {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "{"))
                if !relations[index].attributes.isEmpty {
                    out.append(#""attributes":"#)
                    dictionary(relations[index].attributes, out)
                    out.append(UInt8(ascii: ","))
                }
                out.append(relations[index].isDirected ? #""directed":true,"evidence":["# : #""directed":false,"evidence":["#)
                let evidence = relations[index].evidence
                for i in evidence.indices {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    out.append(UInt8(ascii: "{"))
                    if let date = evidence[i].date {
                        out.append(#""date":"#)
                        string(date, out)
                        out.append(UInt8(ascii: ","))
                    }
                    out.append(#""document":"#)
                    written.string(evidence[i].document, out)
                    out.append(#","end":"#)
                    integer(evidence[i].end, out)
                    out.append(#","sentence":"#)
                    written.string(evidence[i].sentence, out)
                    out.append(#","start":"#)
                    integer(evidence[i].start, out)
                    out.append(UInt8(ascii: "}"))
                }
                out.append(#"],"kind":"#)
                written.string(relations[index].kind.rawValue, out)
                out.append(#","source":"#)
                written.string(relations[index].source.rawValue, out)
                out.append(#","target":"#)
                written.string(relations[index].target.rawValue, out)
                out.append(#","weight":"#)
                number(relations[index].weight, out)
                out.append(UInt8(ascii: "}"))
            }
            out.append("]}\n")
        }
    }

    /// The string literals written in one line, found by the bits of their `String`: a
    /// string of up to 15 bytes is its bits, and a longer one refers to its storage, which
    /// the graph holds while the line is written, so equal bits are equal strings. (Two
    /// strings of equal bytes stored apart are written twice: the same bytes.) An
    /// open-addressed table on the stack, never more than half full.
    private struct WrittenStrings {
        struct Slot {
            var bits: (UInt64, UInt64)
            /// Where the literal is in the buffer; -1 for an empty slot.
            var offset: Int
            var length: Int
        }

        let slots: UnsafeMutableBufferPointer<Slot>

        /// Calls `body` with a table for `room` strings.
        static func with(room: Int, _ body: (WrittenStrings) -> Void) {
            guard MemoryLayout<String>.size == 16 else {
                body(WrittenStrings(slots: UnsafeMutableBufferPointer(start: nil, count: 0)))
                return
            }
            var capacity = 16
            while capacity < 2 * room { capacity *= 2 }
            withUnsafeTemporaryAllocation(of: Slot.self, capacity: capacity) { slots in
                slots.initialize(repeating: Slot(bits: (0, 0), offset: -1, length: 0))
                body(WrittenStrings(slots: slots))
            }
        }

        /// `JSONLines.string(text, out)`, or a copy of the literal written for `text` before.
        /// `text` must be held by the graph (not a temporary) until the line is written.
        func string(_ text: String, _ out: Buffer) {
            guard slots.count > 0 else {
                JSONLines.string(text, out)
                return
            }
            let bits = withUnsafeBytes(of: text) { ($0.load(as: UInt64.self), $0.load(fromByteOffset: 8, as: UInt64.self)) }
            let mask = slots.count - 1
            var hash = (bits.0 ^ (bits.1 &* 0x9E37_79B9_7F4A_7C15)) &* 0xff51_afd7_ed55_8ccd
            hash ^= hash >> 32
            var i = Int(truncatingIfNeeded: hash) & mask
            while slots[i].offset >= 0 {
                if slots[i].bits == bits {
                    out.appendCopy(from: slots[i].offset, count: slots[i].length)
                    return
                }
                i = (i + 1) & mask
            }
            let offset = out.count
            JSONLines.string(text, out)
            slots[i] = Slot(bits: bits, offset: offset, length: out.count - offset)
        }
    }

    /// An object of string values, keys sorted.
    ///
    /// The pairs are sorted in a buffer on the stack (attributes hold a handful): sorting
    /// the keys and looking each one up again would hash every key, and an array would be
    /// allocated for every entity and relation. Graphs share their attribute dictionaries
    /// (`GraphBuilder` makes one per distinct set of values), so the object written for a
    /// dictionary's storage is remembered and copied when it comes again.
    private static func dictionary(_ values: [String: String], _ out: Buffer) {
        let slot = out.literalSlot(of: values)
        if let slot, let known = out.literals[slot], known.identity == Buffer.identity(of: values) {
            out.append(known.bytes)
            return
        }
        let start = out.count
        object(values, out)
        if let slot {
            out.literals[slot] = Buffer.Literal(dictionary: values, identity: Buffer.identity(of: values), bytes: out.bytes(from: start))
        }
    }

    private static func object(_ values: [String: String], _ out: Buffer) {
        out.append(UInt8(ascii: "{"))
        withUnsafeTemporaryAllocation(of: (key: String, value: String).self, capacity: values.count) { pairs in
            var count = 0
            for pair in values {
                // Insertion into the sorted prefix: keys are distinct.
                var k = count
                while k > 0, pair.key < pairs[k - 1].key { k -= 1 }
                if k < count {
                    (pairs.baseAddress! + k + 1).moveInitialize(from: pairs.baseAddress! + k, count: count - k)
                }
                (pairs.baseAddress! + k).initialize(to: pair)
                count += 1
            }
            for i in 0..<count {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                string(pairs[i].key, out)
                out.append(UInt8(ascii: ":"))
                string(pairs[i].value, out)
            }
            pairs.baseAddress!.deinitialize(count: count)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// Appends an integer in decimal, as `String(value)` writes it.
    private static func integer(_ value: Int, _ out: Buffer) {
        if value < 0 {
            out.append(UInt8(ascii: "-"))
            if value == Int.min {
                for byte in String(value).utf8.dropFirst() { out.append(byte) }
                return
            }
        }
        var magnitude = value < 0 ? -value : value
        // Offsets and sentence numbers (most integers written) have up to four digits: appended
        // one by one, without the copy of a buffer below.
        if magnitude < 10_000 {
            if magnitude >= 1000 { out.append(UInt8(ascii: "0") + UInt8(magnitude / 1000)) }
            if magnitude >= 100 { out.append(UInt8(ascii: "0") + UInt8(magnitude / 100 % 10)) }
            if magnitude >= 10 { out.append(UInt8(ascii: "0") + UInt8(magnitude / 10 % 10)) }
            out.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits
        let count = withUnsafeMutableBytes(of: &digits) { buffer -> Int in
            var n = 0
            repeat {
                buffer[23 - n] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                n += 1
            } while magnitude > 0
            return n
        }
        withUnsafeBytes(of: &digits) { buffer in
            out.append(UnsafeRawBufferPointer(rebasing: buffer[(24 - count)...]))
        }
    }

    private static func number(_ value: Double, _ out: Buffer) {
        if value == value.rounded(), abs(value) < 1e15 {
            integer(Int(Int64(value)), out)
        } else {
            var text = "\(value)"
            text.withUTF8 { out.append(UnsafeRawBufferPointer($0)) }
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func string(_ text: String, _ out: Buffer) {
        var text = text
        text.withUTF8 { bytes in
            let count = bytes.count
            out.reserve(count + 2)
            out.appendReserved(UInt8(ascii: "\""))
            // Runs of bytes that need no escape are copied whole; the scan tests eight
            // bytes at a time (evidence sentences are most of a line's bytes).
            var runStart = 0
            var i = 0
            while i < count {
                // Eight bytes at a time, then the rest (padded with a letter, which needs no escape).
                if i + 8 <= count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if !needsEscape(word) {
                        i += 8
                        continue
                    }
                } else {
                    var word: UInt64 = 0x4141_4141_4141_4141
                    withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[i..<count])) }
                    if !needsEscape(word) {
                        i = count
                        continue
                    }
                }
                let byte = bytes[i]
                if needsEscape(byte) {
                    out.append(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[runStart..<i]))
                    escape(byte, out)
                    runStart = i + 1
                    out.reserve(count - runStart + 1)
                }
                i += 1
            }
            out.appendReserved(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[runStart..<count]))
            out.appendReserved(UInt8(ascii: "\""))
        }
    }

    /// Whether `byte` cannot stand in a JSON string as it is: a control character, a quote or
    /// a backslash. (Writing escapes such a byte; reading ends a run of plain bytes at it.)
    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Whether any of eight bytes needs an escape: is below 0x20, a quote or a backslash (a bit
    /// trick: a byte's high bit is set in `x - 0x01..` where the byte was zero, and in
    /// `x - 0x20..` where it was below 0x20).
    ///
    /// The three tests share their mask: a byte's high bit is the same in the word and in
    /// the word xored with a quote or a backslash (both below 0x80), and without a byte that
    /// matches no subtraction borrows, so their union is exact as a yes-or-no answer.
    @inline(__always)
    static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        return ((word &- ones &* 0x20) | (quote &- ones) | (backslash &- ones)) & ~word & highs != 0
    }

    private static func escape(_ byte: UInt8, _ out: Buffer) {
        switch byte {
        case UInt8(ascii: "\""): out.append(#"\""#)
        case UInt8(ascii: "\\"): out.append(#"\\"#)
        case UInt8(ascii: "\n"): out.append(#"\n"#)
        case UInt8(ascii: "\r"): out.append(#"\r"#)
        case UInt8(ascii: "\t"): out.append(#"\t"#)
        default:
            let hex: StaticString = "0123456789abcdef"
            out.append(#"\u00"#)
            out.append(hex.utf8Start[Int(byte >> 4)])
            out.append(hex.utf8Start[Int(byte & 0xF)])
        }
    }
}

extension JSONLines {
    /// A growable byte buffer that appends by `memcpy`: the encoder appends a few bytes at
    /// a time, millions of times, where `Array.append(contentsOf:)` costs a call and its
    /// checks each time.
    final class Buffer {
        @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>
        @exclusivity(unchecked) private var capacity: Int
        /// The number of bytes written.
        @exclusivity(unchecked) private(set) var count = 0

        init(capacity: Int = 1 << 16) {
            self.capacity = max(16, capacity)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }

        /// Makes room for `extra` more bytes.
        @inline(__always)
        func reserve(_ extra: Int) {
            if count + extra > capacity { grow(count + extra) }
        }

        private func grow(_ needed: Int) {
            var newCapacity = capacity * 2
            while newCapacity < needed { newCapacity *= 2 }
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            grown.update(from: base, count: count)
            base.deallocate()
            base = grown
            capacity = newCapacity
        }

        @inline(__always)
        func append(_ byte: UInt8) {
            reserve(1)
            appendReserved(byte)
        }

        /// Appends a byte the buffer has room for (`reserve`).
        @inline(__always)
        func appendReserved(_ byte: UInt8) {
            base[count] = byte
            count += 1
        }

        @inline(__always)
        func append(_ bytes: UnsafeRawBufferPointer) {
            reserve(bytes.count)
            appendReserved(bytes)
        }

        /// Appends bytes the buffer has room for (`reserve`).
        @inline(__always)
        func appendReserved(_ bytes: UnsafeRawBufferPointer) {
            guard let source = bytes.baseAddress, bytes.count > 0 else { return }
            UnsafeMutableRawPointer(base + count).copyMemory(from: source, byteCount: bytes.count)
            count += bytes.count
        }

        /// An attribute dictionary's object as written, held with the dictionary so that its
        /// storage is not reused for another while the bytes are remembered.
        struct Literal {
            var dictionary: [String: String]
            var identity: UInt
            var bytes: [UInt8]
        }

        private static let literalBits = 8
        /// Objects written, by the identity of their dictionary's storage.
        @exclusivity(unchecked) var literals: [Literal?] = []

        /// The storage of a dictionary (one reference), which equal copies share.
        @inline(__always)
        static func identity(of dictionary: [String: String]) -> UInt {
            unsafeBitCast(dictionary, to: UInt.self)
        }

        /// The slot of `dictionary` in `literals`, nil where a dictionary is not one reference.
        func literalSlot(of dictionary: [String: String]) -> Int? {
            guard MemoryLayout<[String: String]>.size == MemoryLayout<UInt>.size else { return nil }
            if literals.isEmpty { literals = Array(repeating: nil, count: 1 << Buffer.literalBits) }
            let identity = UInt64(Buffer.identity(of: dictionary))
            return Int(truncatingIfNeeded: (identity &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - Buffer.literalBits))
        }

        /// The bytes written from `offset`.
        func bytes(from offset: Int) -> [UInt8] {
            Array(UnsafeBufferPointer(start: base + offset, count: count - offset))
        }

        @inline(__always)
        func append(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { append($0) }
        }

        /// Appends a copy of `count` bytes written before, from `offset`.
        func appendCopy(from offset: Int, count bytes: Int) {
            reserve(bytes)
            UnsafeMutableRawPointer(base + count).copyMemory(from: base + offset, byteCount: bytes)
            count += bytes
        }

        /// Appends the bytes of a literal.
        @inline(__always)
        func append(_ text: StaticString) {
            append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }

        /// Calls `body` with the bytes written.
        func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
            try body(UnsafeRawBufferPointer(start: base, count: count))
        }

        /// Forgets the bytes written, keeping the memory.
        func removeAll() { count = 0 }
    }
}
