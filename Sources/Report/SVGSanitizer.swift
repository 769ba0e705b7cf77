import Foundation

/// Prepares Graphviz SVG for inlining into the page.
///
/// Graphviz escapes labels, but the drawing still carries text from articles, so it is
/// treated as untrusted: the XML prolog, doctype and comments go; `script`,
/// `foreignObject` and other embedding elements go with their content; event-handler
/// attributes (`on…`), links that leave the document and `url(…)` styles that fetch go.
/// What remains is the `<svg>` element with its shapes and text, re-serialised with
/// double-quoted attributes.
enum SVGSanitizer {
    /// Elements dropped together with everything inside them.
    private static let droppedElements: Set<String> = [
        "script", "foreignobject", "iframe", "object", "embed", "audio", "video", "style",
    ]

    /// The `<svg>` element of `svg`, sanitised; empty when `svg` is blank.
    ///
    /// - Throws: `ReportError.invalidDrawing` when there is no complete `<svg>` element.
    /// - Complexity: O(*n*) in the length of `svg`.
    static func sanitize(_ svg: String) throws -> String {
        let bytes = Array(svg.utf8)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return "" }
        guard let start = firstTag(named: "svg", in: bytes) else {
            throw ReportError.invalidDrawing("no <svg> element")
        }
        guard let close = lastIndex(of: Array("</svg>".utf8), in: bytes), close > start else {
            throw ReportError.invalidDrawing("the <svg> element is not closed")
        }
        var scanner = Scanner(bytes: bytes, position: start, end: close + 6)
        return String(decoding: try scanner.run(), as: UTF8.self)
    }

    private static func firstTag(named name: String, in bytes: [UInt8]) -> Int? {
        let pattern = Array("<\(name)".utf8)
        var index = 0
        while let found = firstIndex(of: pattern, in: bytes, from: index) {
            let next = found + pattern.count
            if next < bytes.count, isSpace(bytes[next]) || bytes[next] == UInt8(ascii: ">") { return found }
            index = found + 1
        }
        return nil
    }

    static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard pattern.count <= bytes.count, start <= bytes.count - pattern.count else { return nil }
        for index in start...(bytes.count - pattern.count)
        where bytes[index] == pattern[0] && bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
            return index
        }
        return nil
    }

    private static func lastIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        for index in stride(from: bytes.count - pattern.count, through: 0, by: -1)
        where bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
            return index
        }
        return nil
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C
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

    /// A single pass over the bytes of the `<svg>` element, copying what is kept.
    private struct Scanner {
        let bytes: [UInt8]
        var position: Int
        let end: Int
        var output: [UInt8] = []
        /// The dropped element being skipped, and how deeply it nests in itself.
        var skipping: (name: String, depth: Int)?

        init(bytes: [UInt8], position: Int, end: Int) {
            self.bytes = bytes
            self.position = position
            self.end = end
        }

        private static let commentOpen = Array("<!--".utf8), cdataOpen = Array("<![CDATA[".utf8)
        private static let declarationOpen = Array("<!".utf8), instructionOpen = Array("<?".utf8)
        private static let endTagOpen = Array("</".utf8)

        mutating func run() throws -> [UInt8] {
            output.reserveCapacity(end - position)
            while position < end {
                // Copy the text up to the next tag in one go.
                let next = bytes[position..<end].firstIndex(of: UInt8(ascii: "<")) ?? end
                if skipping == nil { output.append(contentsOf: bytes[position..<next]) }
                position = next
                guard position < end else { break }
                if starts(with: Self.commentOpen) {
                    try skip(past: "-->", what: "comment")
                } else if starts(with: Self.cdataOpen) {
                    let from = position
                    try skip(past: "]]>", what: "CDATA section")
                    if skipping == nil { output += bytes[from..<position] }
                } else if starts(with: Self.declarationOpen) || starts(with: Self.instructionOpen) {
                    try skip(past: ">", what: "declaration")
                } else if starts(with: Self.endTagOpen) {
                    try endTag()
                } else {
                    try startTag()
                }
            }
            return output
        }

        private func starts(with pattern: [UInt8]) -> Bool {
            position + pattern.count <= end
                && bytes[position..<(position + pattern.count)].elementsEqual(pattern)
        }

        private mutating func skip(past terminator: String, what: String) throws {
            guard let found = SVGSanitizer.firstIndex(of: Array(terminator.utf8), in: bytes, from: position),
                  found < end
            else { throw ReportError.invalidDrawing("unterminated \(what)") }
            position = found + terminator.utf8.count
        }

        private mutating func name() -> String {
            let from = position
            while position < end, !SVGSanitizer.isSpace(bytes[position]),
                  bytes[position] != UInt8(ascii: ">"), bytes[position] != UInt8(ascii: "/"),
                  bytes[position] != UInt8(ascii: "=")
            {
                position += 1
            }
            return String(decoding: bytes[from..<position], as: UTF8.self)
        }

        private mutating func skipSpace() {
            while position < end, SVGSanitizer.isSpace(bytes[position]) { position += 1 }
        }

        private mutating func endTag() throws {
            position += 2
            let tag = name()
            try skip(past: ">", what: "end tag")
            if let current = skipping {
                if tag.lowercased() == current.name {
                    skipping = current.depth == 1 ? nil : (current.name, current.depth - 1)
                }
                return
            }
            output.append(contentsOf: "</\(tag)>".utf8)
        }

        private mutating func startTag() throws {
            position += 1
            let tag = name()
            guard !tag.isEmpty else {
                // A lone `<` in text: Graphviz never writes one, so escape it.
                if skipping == nil { output.append(contentsOf: "&lt;".utf8) }
                return
            }
            var attributes: [(String, String)] = []
            var selfClosing = false
            while true {
                skipSpace()
                guard position < end else { throw ReportError.invalidDrawing("unterminated <\(tag)> tag") }
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
                if attribute.isEmpty { position += 1; continue }
                skipSpace()
                var value = ""
                if position < end, bytes[position] == UInt8(ascii: "=") {
                    position += 1
                    skipSpace()
                    value = try attributeValue()
                }
                selfClosing = false
                attributes.append((attribute, value))
            }
            let lowered = tag.lowercased()
            if let current = skipping {
                if lowered == current.name && !selfClosing { skipping = (current.name, current.depth + 1) }
                return
            }
            if SVGSanitizer.droppedElements.contains(lowered) {
                if !selfClosing { skipping = (lowered, 1) }
                return
            }
            output.append(UInt8(ascii: "<"))
            output.append(contentsOf: tag.utf8)
            for (attribute, value) in attributes
            where SVGSanitizer.keepsAttribute(attribute.lowercased(), value: value) {
                output.append(UInt8(ascii: " "))
                output.append(contentsOf: attribute.utf8)
                output.append(contentsOf: "=\"".utf8)
                for byte in value.utf8 {
                    if byte == UInt8(ascii: "\"") { output.append(contentsOf: "&quot;".utf8) } else { output.append(byte) }
                }
                output.append(UInt8(ascii: "\""))
            }
            output.append(contentsOf: (selfClosing ? "/>" : ">").utf8)
        }

        private mutating func attributeValue() throws -> String {
            guard position < end else { return "" }
            let quote = bytes[position]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let from = position + 1
                var index = from
                while index < end, bytes[index] != quote { index += 1 }
                guard index < end else { throw ReportError.invalidDrawing("unterminated attribute value") }
                position = index + 1
                return String(decoding: bytes[from..<index], as: UTF8.self)
            }
            let from = position
            while position < end, !SVGSanitizer.isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") {
                position += 1
            }
            return String(decoding: bytes[from..<position], as: UTF8.self)
        }
    }
}
