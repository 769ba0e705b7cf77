import Foundation
import GraphFormats
import GraphModel
import Graphviz
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Entity names and evidence sentences come from scraped articles: none of them may
/// break out of a DOT string or an SVG attribute, add nodes or edges, or put script
/// into the SVG.
@Suite struct GraphvizInjectionTests {
    /// Strings written to escape DOT quoting, HTML-like labels, record labels, SVG
    /// attributes and elements, and Graphviz's escapes.
    static let payloads = [
        "<script>alert(1)</script>",
        "\" onmouseover=\"alert(1)",
        "' onload='alert(1)",
        "\"]; injected [label=\"x\"]; a -> injected; x [label=\"",
        "\\\"]; injected2; \\",
        "}; digraph evil { a -> b",
        "<<b>html</b>>",
        "<img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "]]><script>alert(2)</script><![CDATA[",
        "&lt;script&gt;alert(3)&lt;/script&gt;",
        "{a|<port>b}|c",
        "line\nbreak\\nescaped\\lleft\\N\\G\\E",
        "/* comment */ // line",
        "\u{1B}[31mred\u{7}",
        "trailing backslash\\",
    ]

    /// A graph with one person per payload, each meeting the next, with the payload
    /// as the evidence sentence, document name, role and date too.
    static var hostileGraph: Graph {
        var graph = Graph()
        var ids: [EntityID] = []
        for (index, payload) in payloads.enumerated() {
            let entity = Entity(
                kind: index % 2 == 0 ? .person : .organization, name: payload, aliases: [payload + " alias"],
                attributes: ["role": payload])
            graph.add(entity)
            ids.append(entity.id)
        }
        for (index, payload) in payloads.enumerated() {
            let evidence = Evidence(document: payload, sentence: payload, start: 0, end: 10, date: payload)
            try! graph.add(
                Relation(
                    kind: .meeting, source: ids[index], target: ids[(index + 1) % ids.count],
                    attributes: ["date": payload, "tone": payload], evidence: [evidence]))
        }
        return graph
    }

    @Test func dotWriterOutputParsesToExactlyTheGraphsNodesAndEdges() throws {
        let graph = Self.hostileGraph
        let dot = DOTWriter().write(graph)
        let document = try DOTParser.parse(dot, source: "hostile.dot")
        #expect(document.nodes.count == graph.entityCount)
        #expect(document.edges.count == graph.relationCount)
        #expect(!document.nodes.contains { $0.name.contains("injected") && !$0.name.hasPrefix("person/") && !$0.name.hasPrefix("organization/") })
        // No label became HTML-like: every name is plain text to Graphviz.
        #expect(document.nodes.allSatisfy { $0.htmlAttributes.isEmpty })
        #expect(document.edges.allSatisfy { $0.htmlAttributes.isEmpty })
        // Every name, sentence and attribute reads back exactly.
        let read = try DOTReader.read(dot, source: "hostile.dot")
        #expect(read == graph)
        #expect(Set(read.entities.map(\.name)) == Set(Self.payloads))
    }

    @Test(arguments: ["dot", "neato"])
    func svgHoldsNamesAsTextOnly(engine: String) throws {
        let graph = Self.hostileGraph
        let dot = DOTWriter().write(graph)
        let data = try GraphvizRenderer().render(dot: dot, engine: LayoutEngine(parsing: engine), format: .svg)
        let svg = try SVGScan(data)
        // Graphviz's own SVG has no script and no event handler; any would come from data.
        #expect(!svg.elementNames.contains("script"))
        #expect(!svg.elementNames.contains("img"))
        let handlers = svg.attributeNames.filter { $0.lowercased().hasPrefix("on") }
        #expect(handlers.isEmpty, "event handler attributes: \(handlers)")
        // DOTWriter sets no URL, so Graphviz writes no link a name could turn into javascript:.
        #expect(svg.linkTargets.isEmpty, "links: \(svg.linkTargets)")
        // The payloads are still there, as text: in <title> and tooltips.
        #expect(svg.text.contains("<script>alert(1)</script>"))
        #expect(svg.attributeValues.contains { $0.contains("\" onmouseover=\"alert(1)") })
    }
}

/// The element names, attribute names and values, and text of an SVG document, read
/// with Foundation's XML parser; throws when the SVG is not well-formed XML.
struct SVGScan {
    var elementNames: Set<String> = []
    var attributeNames: Set<String> = []
    var attributeValues: [String] = []
    /// The values of `href` and `xlink:href` attributes.
    var linkTargets: [String] = []
    var text = ""

    init(_ data: Data) throws {
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        guard parser.parse() else {
            throw CocoaError(.fileReadCorruptFile, userInfo: ["reason": "\(parser.parserError as Any)"])
        }
        elementNames = collector.elementNames
        attributeNames = collector.attributeNames
        attributeValues = collector.attributeValues
        linkTargets = collector.linkTargets
        text = collector.text
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elementNames: Set<String> = []
        var attributeNames: Set<String> = []
        var attributeValues: [String] = []
        var linkTargets: [String] = []
        var text = ""

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            elementNames.insert(elementName.lowercased())
            for (name, value) in attributes {
                attributeNames.insert(name)
                attributeValues.append(value)
                if name == "href" || name.hasSuffix(":href") { linkTargets.append(value) }
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }
    }
}
