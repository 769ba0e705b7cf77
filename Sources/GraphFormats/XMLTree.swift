import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML element read into memory, with the line it starts on: what the GraphML
/// and GEXF readers walk.
struct XMLElementNode: Sendable {
    /// The local name (`y:NodeLabel` → `NodeLabel`).
    var name: String
    /// The attributes by qualified name, as written.
    var attributes: [String: String]
    var children: [XMLElementNode]
    /// The element's own character data (not its children's), untrimmed.
    var text: String
    /// 1-based line of the start tag.
    var line: Int

    /// The children named `name`.
    func children(named name: String) -> [XMLElementNode] {
        children.filter { $0.name == name }
    }

    /// The first child named `name`.
    func child(named name: String) -> XMLElementNode? {
        children.first { $0.name == name }
    }

    /// The text of the element and all its descendants, in document order.
    var allText: String {
        children.reduce(text) { $0 + $1.allText }
    }
}

/// Reads XML safely: no DTD, no entity declarations, no external entities.
///
/// A document type declaration is refused outright, before the parser sees it,
/// because internal entities allow exponential expansion ("billion laughs") and
/// external ones read local files or URLs (XXE). Graph formats never need one.
enum XMLTree {
    /// Parses `data` into its root element.
    ///
    /// - Parameters:
    ///   - format: the format name errors use (`GraphML`).
    ///   - source: the file name errors use.
    /// - Throws: `GraphFormatError.malformed` with the line of the problem.
    static func parse(_ data: Data, format: String, source: String) throws(GraphFormatError) -> XMLElementNode {
        func fail(_ line: Int?, _ message: String) -> GraphFormatError {
            .malformed(format: format, source: source, line: line, message: message)
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            throw fail(1, "UTF-16 input is not supported; save the file as UTF-8")
        }
        // FoundationXML traps (crashes the process) on an element or attribute name
        // that is not UTF-8, which libxml2 lets through when the bytes are declared as
        // UTF-8 but are not: so only well-formed UTF-8 reaches the parser.
        if let (line, message) = encodingProblem(in: data) {
            throw fail(line, message)
        }
        let start = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        if let first = start.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), first != UInt8(ascii: "<") {
            let line = 1 + start.prefix { $0 != first }.filter { $0 == 0x0A }.count
            throw fail(line, "not XML: expected '<', found '\(Character(Unicode.Scalar(first)))'")
        }
        if let (line, message) = unsafeDeclaration(in: data) {
            throw fail(line, message)
        }
        let builder = TreeBuilder()
        // A stream, not `XMLParser(data:)`: Foundation hands a data buffer to libxml2 in
        // one chunk, which libxml2 refuses past 10 MB ("huge input lookup").
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.delegate = builder
        builder.parser = parser
        let ok = parser.parse()
        if let refusal = builder.refusal {
            throw fail(refusal.line, refusal.message)
        }
        guard ok, let root = builder.root else {
            let line = parser.lineNumber > 0 ? parser.lineNumber : nil
            let reason = (parser.parserError as NSError?).map(describe) ?? "not well-formed XML"
            throw fail(line, reason)
        }
        return root
    }

    /// A readable reason for a libxml2 error, without Foundation's boilerplate.
    private static func describe(_ error: NSError) -> String {
        if let reason = error.userInfo[NSLocalizedDescriptionKey] as? String, !reason.contains("couldn’t be completed"),
            !reason.contains("couldn't be completed")
        {
            return reason
        }
        let code = error.code
        let known: [Int: String] = [
            4: "document is empty", 5: "document ends too early", 9: "invalid character",
            23: "'&' or entity reference not terminated", 26: "undefined entity",
            38: "attribute value not in quotes", 39: "malformed attribute", 41: "attribute without value",
            64: "an XML declaration is allowed only at the start", 68: "malformed name",
            73: "'>' expected", 76: "mismatched end tag", 77: "tag name expected", 85: "premature end of data",
        ]
        return known[code].map { "not well-formed XML: \($0)" } ?? "not well-formed XML (libxml2 error \(code))"
    }

    /// The line and message of input that is not UTF-8 although it declares no other
    /// encoding. A file that declares one (`encoding="ISO-8859-1"`) is left to libxml2,
    /// which converts it to UTF-8 before FoundationXML sees any name.
    static func encodingProblem(in data: Data) -> (Int, String)? {
        guard String(validating: data, as: UTF8.self) == nil else { return nil }
        let prolog = String(decoding: data.prefix(200), as: UTF8.self)
        if prolog.hasPrefix("<?xml"), let end = prolog.range(of: "?>"),
            let label = prolog[..<end.lowerBound].range(of: "encoding")
        {
            let rest = prolog[label.upperBound..<end.lowerBound].drop { $0 == " " || $0 == "=" }
            if let quote = rest.first, quote == "\"" || quote == "'" {
                let name = rest.dropFirst().prefix { $0 != quote }.lowercased()
                if !["utf-8", "utf8", "us-ascii", "ascii"].contains(name) { return nil }
            }
        }
        var line = 1
        for lineBytes in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if String(validating: lineBytes, as: UTF8.self) == nil { break }
            line += 1
        }
        return (line, "not UTF-8 text (and no other encoding declared); save the file as UTF-8")
    }

    /// The line and message of a DOCTYPE (or any `<!…>` declaration) in the prolog.
    ///
    /// Only the prolog can hold one; after the root element starts, `<!DOCTYPE`
    /// and `<!ENTITY` are syntax errors the parser reports itself.
    static func unsafeDeclaration(in data: Data) -> (Int, String)? {
        let bytes = [UInt8](data.prefix(1 << 20))
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        func skip(past terminator: [UInt8]) {
            while index < bytes.count {
                if bytes[index] == 0x0A { line += 1 }
                if bytes[index...].starts(with: terminator) {
                    index += terminator.count
                    return
                }
                index += 1
            }
        }
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A: line += 1; index += 1
            case 0x20, 0x09, 0x0D: index += 1
            case UInt8(ascii: "<"):
                let rest = bytes[index...]
                if rest.starts(with: Array("<?".utf8)) {
                    skip(past: Array("?>".utf8))
                } else if rest.starts(with: Array("<!--".utf8)) {
                    skip(past: Array("-->".utf8))
                } else if rest.starts(with: Array("<!".utf8)) {
                    return (line, "DOCTYPE and ENTITY declarations are refused (they allow entity expansion and external entities)")
                } else {
                    return nil
                }
            default:
                return nil
            }
        }
        return nil
    }
}

/// Builds `XMLElementNode`s from parser events.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    static let maximumDepth = 256

    weak var parser: XMLParser?
    var stack: [XMLElementNode] = []
    var root: XMLElementNode?
    var refusal: (line: Int, message: String)?

    private var line: Int { parser?.lineNumber ?? 0 }

    private func refuse(_ message: String) {
        if refusal == nil { refusal = (line, message) }
        parser?.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        // Reading, walking and freeing the tree recurse, so a hostile depth would
        // overflow the stack; graph files nest about ten levels.
        guard stack.count < TreeBuilder.maximumDepth else {
            refuse("elements nest deeper than \(TreeBuilder.maximumDepth) levels")
            return
        }
        let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
        stack.append(XMLElementNode(name: local, attributes: attributes, children: [], text: "", line: line))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let element = stack.popLast() else { return }
        if stack.isEmpty {
            root = element
        } else {
            stack[stack.count - 1].children.append(element)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
    }

    // Belt and braces: the prolog check refuses these first.
    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        refuse("ENTITY declarations are refused")
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        refuse("external entities are refused")
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        if systemID == nil {
            // libxml2 asks here for any entity it does not know, such as an HTML
            // `&nbsp;` left in scraped text: name it rather than blame external entities.
            refuse("undefined entity '&\(name);' (XML predefines only &amp; &lt; &gt; &quot; &apos;; use the character or &#NNN;)")
        } else {
            refuse("external entities are refused")
        }
        return nil
    }
}

/// Escapes text for XML output.
enum XMLEscaping {
    /// `text` for an element's content. Throws for characters XML 1.0 cannot hold.
    static func text(_ text: String, format: String) throws(GraphFormatError) -> String {
        try escape(text, format: format, inAttribute: false)
    }

    /// `text` for a double-quoted attribute value; line breaks and tabs become
    /// character references so that attribute normalisation keeps them.
    static func attribute(_ text: String, format: String) throws(GraphFormatError) -> String {
        try escape(text, format: format, inAttribute: true)
    }

    private static func escape(_ text: String, format: String, inAttribute: Bool) throws(GraphFormatError) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where inAttribute: out += "&quot;"
            case "\r": out += "&#13;"
            case "\n" where inAttribute: out += "&#10;"
            case "\t" where inAttribute: out += "&#9;"
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}":
                throw GraphFormatError.unrepresentable(
                    format: format,
                    message: "control character U+\(String(format: "%04X", scalar.value)) in \(text.debugDescription) cannot be stored in XML")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
