/// Prepares Graphviz SVG for inlining into the page.
///
/// Graphviz escapes labels, but the drawing still carries text from articles, so it is
/// treated as untrusted: the XML prolog, doctype and comments go; `script`,
/// `foreignObject` and other embedding elements go with their content; event-handler
/// attributes (`on…`), links that leave the document and `url(…)` styles that fetch go.
/// What remains is the `<svg>` element with its shapes and text, re-serialised with
/// double-quoted attributes.
///
/// The pass works on the UTF-8 bytes and copies what it keeps without building strings
/// (a 2,000-entity drawing is 3.6 MB): names are compared ASCII-lowercased, as an HTML
/// parser compares them, and only a link, or a value that could hold `url(` or
/// `javascript:` (`mayFetchOrRun`), is looked at as text.
enum SVGSanitizer {
    /// Elements dropped together with everything inside them (lowercase).
    private static let droppedElements: [[UInt8]] = [
        "script", "foreignobject", "iframe", "object", "embed", "audio", "video", "style",
    ].map { Array($0.utf8) }

    /// The `<svg>` element of `svg`, sanitised; empty when `svg` is blank.
    ///
    /// - Throws: `ReportError.invalidDrawing` when there is no complete `<svg>` element.
    /// - Complexity: O(*n*) in the length of `svg`.
    static func sanitize(_ svg: String) throws -> String {
        var svg = svg
        let output = try svg.withUTF8 { try sanitize(bytes: $0) }
        return String(decoding: output, as: UTF8.self)
    }

    /// The sanitised `<svg>` element of the UTF-8 text `bytes`, as UTF-8; empty when blank.
    ///
    /// - Throws: `ReportError.invalidDrawing` when there is no complete `<svg>` element.
    static func sanitize(bytes: UnsafeBufferPointer<UInt8>) throws -> [UInt8] {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return [] }
        guard let start = firstTag(named: "svg", in: bytes) else {
            throw ReportError.invalidDrawing("no <svg> element")
        }
        guard let close = lastIndex(of: Array("</svg>".utf8), in: bytes), close > start else {
            throw ReportError.invalidDrawing("the <svg> element is not closed")
        }
        var scanner = Scanner(bytes: bytes, position: start, end: close + 6)
        return try scanner.run()
    }

    private static func firstTag(named name: String, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let pattern = Array("<\(name)".utf8)
        var index = 0
        while let found = firstIndex(of: pattern, in: bytes, from: index, end: bytes.count) {
            let next = found + pattern.count
            if next < bytes.count, isSpace(bytes[next]) || bytes[next] == UInt8(ascii: ">") { return found }
            index = found + 1
        }
        return nil
    }

    /// The first place at or after `start` where `pattern` occurs wholly before `end`.
    static func firstIndex(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int)
        -> Int?
    {
        guard let first = pattern.first, pattern.count <= end, start <= end - pattern.count else { return nil }
        var index = start
        let last = end - pattern.count
        while index <= last {
            guard let found = bytes[index...last].firstIndex(of: first) else { return nil }
            if matches(pattern, in: bytes, at: found) { return found }
            index = found + 1
        }
        return nil
    }

    private static func lastIndex(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        for index in stride(from: bytes.count - pattern.count, through: 0, by: -1)
        where matches(pattern, in: bytes, at: index) {
            return index
        }
        return nil
    }

    private static func matches(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in pattern.indices where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C
    }

    /// `byte` lowercased if it is an ASCII capital letter.
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    /// Whether the bytes in `range` equal the lowercase ASCII `name`, ignoring ASCII case.
    static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ name: [UInt8]) -> Bool {
        guard range.count == name.count else { return false }
        for (offset, byte) in name.enumerated() where lowercased(bytes[range.lowerBound + offset]) != byte {
            return false
        }
        return true
    }

    /// Whether an attribute named `name` (lowercased) with `value` may stay.
    static func keepsAttribute(_ name: String, value: String) -> Bool {
        if name.hasPrefix("on") { return false }
        let isLink = name == "href" || name.hasSuffix(":href") || name == "src"
        // Most values (coordinates, colours) have neither `(` nor `:` and need no closer look.
        guard isLink || value.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ":") }) else {
            return true
        }
        let folded = value.lowercased().filter { !$0.isWhitespace }
        if isLink { return folded.hasPrefix("#") }
        if folded.contains("url(") && !folded.contains("url(#") { return false }
        if folded.contains("javascript:") { return false }
        return true
    }

    /// `keepsAttribute` on bytes: the name and value are made strings only when the
    /// value needs a closer look (a link, or a `(` or `:` in it).
    static func keepsAttribute(
        _ bytes: UnsafeBufferPointer<UInt8>, name: Range<Int>, value: Range<Int>
    ) -> Bool {
        let count = name.count
        func lower(_ offset: Int) -> UInt8 { lowercased(bytes[name.lowerBound + offset]) }
        if count >= 2, lower(0) == UInt8(ascii: "o"), lower(1) == UInt8(ascii: "n") { return false }
        let isLink =
            equalsIgnoringCase(bytes, name, Self.href) || equalsIgnoringCase(bytes, name, Self.src)
            || (count >= 5 && equalsIgnoringCase(bytes, (name.upperBound - 5)..<name.upperBound, Self.colonHref))
        if !isLink, !mayFetchOrRun(bytes, value) { return true }
        return keepsAttribute(
            String(decoding: bytes[name], as: UTF8.self).lowercased(),
            value: String(decoding: bytes[value], as: UTF8.self))
    }

    private static let href = Array("href".utf8), src = Array("src".utf8), colonHref = Array(":href".utf8)

    /// Whether the value in `range` may hold `url(` or `javascript:` once lowercased and
    /// stripped of whitespace, which `keepsAttribute(_:value:)` then decides: that needs
    /// an `l` before a `(`, or a `t` before a `:`, with only whitespace between. Any
    /// byte of a non-ASCII character is passed over as if it were whitespace, so the
    /// test never says no where the closer look could say yes. Graphviz's tooltips
    /// ("Ando — Anelqi: cooperation") hold `:` and `(` but seldom after `t` or `l`.
    static func mayFetchOrRun(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ":") {
                let wanted = byte == UInt8(ascii: "(") ? UInt8(ascii: "l") : UInt8(ascii: "t")
                var before = index - 1
                while before >= range.lowerBound, isSpace(bytes[before]) || bytes[before] >= 0x80 || bytes[before] == 0x0B {
                    before -= 1
                }
                if before >= range.lowerBound, lowercased(bytes[before]) == wanted { return true }
            }
            index += 1
        }
        return false
    }

    /// A single pass over the bytes of the `<svg>` element, copying what is kept.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var position: Int
        let end: Int
        var output: [UInt8] = []
        /// The dropped element being skipped (an index into `droppedElements`), and how
        /// deeply it nests in itself.
        var skipping: (element: Int, depth: Int)?
        /// The attributes of the start tag being read: name and value ranges.
        var attributes: [(name: Range<Int>, value: Range<Int>)] = []

        init(bytes: UnsafeBufferPointer<UInt8>, position: Int, end: Int) {
            self.bytes = bytes
            self.position = position
            self.end = end
        }

        private static let commentOpen = Array("<!--".utf8), cdataOpen = Array("<![CDATA[".utf8)
        private static let commentClose = Array("-->".utf8), cdataClose = Array("]]>".utf8)
        private static let tagClose = Array(">".utf8)

        mutating func run() throws -> [UInt8] {
            output.reserveCapacity(end - position)
            while position < end {
                // Copy the text up to the next tag in one go.
                let next = bytes[position..<end].firstIndex(of: UInt8(ascii: "<")) ?? end
                if skipping == nil { append(position..<next) }
                position = next
                guard position < end else { break }
                let following = position + 1 < end ? bytes[position + 1] : 0
                if following == UInt8(ascii: "!") {
                    if starts(with: Self.commentOpen) {
                        try skip(past: Self.commentClose, what: "comment")
                    } else if starts(with: Self.cdataOpen) {
                        let from = position
                        try skip(past: Self.cdataClose, what: "CDATA section")
                        if skipping == nil { append(from..<position) }
                    } else {
                        try skip(past: Self.tagClose, what: "declaration")
                    }
                } else if following == UInt8(ascii: "?") {
                    try skip(past: Self.tagClose, what: "declaration")
                } else if following == UInt8(ascii: "/") {
                    try endTag()
                } else {
                    try startTag()
                }
            }
            return output
        }

        private mutating func append(_ range: Range<Int>) {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
        }

        private mutating func append(_ text: StaticString) {
            text.withUTF8Buffer { output.append(contentsOf: $0) }
        }

        private func starts(with pattern: [UInt8]) -> Bool {
            position + pattern.count <= end && SVGSanitizer.matches(pattern, in: bytes, at: position)
        }

        private mutating func skip(past terminator: [UInt8], what: String) throws {
            guard let found = SVGSanitizer.firstIndex(of: terminator, in: bytes, from: position, end: end) else {
                throw ReportError.invalidDrawing("unterminated \(what)")
            }
            position = found + terminator.count
        }

        /// Reads a tag or attribute name: up to a space, `>`, `/` or `=`.
        private mutating func name() -> Range<Int> {
            let from = position
            while position < end {
                let byte = bytes[position]
                if SVGSanitizer.isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
                    || byte == UInt8(ascii: "=")
                {
                    break
                }
                position += 1
            }
            return from..<position
        }

        private mutating func skipSpace() {
            while position < end, SVGSanitizer.isSpace(bytes[position]) { position += 1 }
        }

        /// The index in `droppedElements` of the element named by `range`, if dropped.
        private func droppedElement(_ range: Range<Int>) -> Int? {
            SVGSanitizer.droppedElements.firstIndex { SVGSanitizer.equalsIgnoringCase(bytes, range, $0) }
        }

        private mutating func endTag() throws {
            position += 2
            let tag = name()
            try skip(past: Self.tagClose, what: "end tag")
            if let current = skipping {
                if SVGSanitizer.equalsIgnoringCase(bytes, tag, SVGSanitizer.droppedElements[current.element]) {
                    skipping = current.depth == 1 ? nil : (current.element, current.depth - 1)
                }
                return
            }
            append("</")
            append(tag)
            append(">")
        }

        private mutating func startTag() throws {
            position += 1
            let tag = name()
            guard !tag.isEmpty else {
                // A lone `<` in text: Graphviz never writes one, so escape it.
                if skipping == nil { append("&lt;") }
                return
            }
            attributes.removeAll(keepingCapacity: true)
            var selfClosing = false
            while true {
                skipSpace()
                guard position < end else {
                    throw ReportError.invalidDrawing(
                        "unterminated <\(String(decoding: bytes[tag], as: UTF8.self))> tag")
                }
                if bytes[position] == UInt8(ascii: ">") {
                    position += 1
                    break
                }
                if bytes[position] == UInt8(ascii: "/") {
                    selfClosing = true
                    position += 1
                    continue
                }
                let attribute = name()
                if attribute.isEmpty {
                    position += 1
                    continue
                }
                skipSpace()
                var value = position..<position
                if position < end, bytes[position] == UInt8(ascii: "=") {
                    position += 1
                    skipSpace()
                    value = try attributeValue()
                }
                selfClosing = false
                attributes.append((attribute, value))
            }
            if let current = skipping {
                if !selfClosing,
                    SVGSanitizer.equalsIgnoringCase(bytes, tag, SVGSanitizer.droppedElements[current.element])
                {
                    skipping = (current.element, current.depth + 1)
                }
                return
            }
            if let dropped = droppedElement(tag) {
                if !selfClosing { skipping = (dropped, 1) }
                return
            }
            output.append(UInt8(ascii: "<"))
            append(tag)
            for (attribute, value) in attributes
            where SVGSanitizer.keepsAttribute(bytes, name: attribute, value: value) {
                output.append(UInt8(ascii: " "))
                append(attribute)
                append("=\"")
                var from = value.lowerBound
                while let quote = bytes[from..<value.upperBound].firstIndex(of: UInt8(ascii: "\"")) {
                    append(from..<quote)
                    append("&quot;")
                    from = quote + 1
                }
                append(from..<value.upperBound)
                output.append(UInt8(ascii: "\""))
            }
            if selfClosing { append("/>") } else { append(">") }
        }

        /// Reads an attribute value, quoted or bare; returns the range of its text.
        private mutating func attributeValue() throws -> Range<Int> {
            guard position < end else { return position..<position }
            let quote = bytes[position]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let from = position + 1
                guard let closing = bytes[from..<end].firstIndex(of: quote) else {
                    throw ReportError.invalidDrawing("unterminated attribute value")
                }
                position = closing + 1
                return from..<closing
            }
            let from = position
            while position < end, !SVGSanitizer.isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") {
                position += 1
            }
            return from..<position
        }
    }
}
