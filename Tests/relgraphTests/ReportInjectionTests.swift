import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Names and sentences from articles reach report.html, graph.svg and the CSV tables
/// that `relgraph report` writes: each must stay text there.
@Suite struct ReportInjectionTests {
    static let payloads = [
        "<script>alert(1)</script>",
        "\" onmouseover=\"alert(1)",
        "<img src=x onerror=alert(1)>",
        "</script><script>alert(2)</script>",
        "=HYPERLINK(\"http://evil.example\")",
    ]

    /// A graph whose names, sentences and documents are the payloads.
    static var hostileGraphJSON: Data {
        let entities = payloads.enumerated().map { index, payload in
            ["id": "person/p\(index)", "kind": "person", "name": payload, "aliases": [payload + "!"]] as [String: Any]
        }
        let relations = payloads.indices.map { index in
            [
                "kind": "meeting", "source": "person/p\(index)", "target": "person/p\((index + 1) % payloads.count)",
                "evidence": [["document": payloads[index], "sentence": payloads[index], "start": 0, "end": 5]],
            ] as [String: Any]
        }
        return try! JSONSerialization.data(withJSONObject: ["entities": entities, "relations": relations])
    }

    @Test func reportKeepsPayloadsAsText() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("hostile.json")
        try Self.hostileGraphJSON.write(to: input)
        let result = try CLIRunner.run(["report", input.path, "-o", directory.appendingPathComponent("report").path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = String(decoding: try Data(contentsOf: directory.appendingPathComponent("report/report.html")), as: UTF8.self)
        // None of the payloads appears as markup: every `<` and `"` of them is escaped.
        for payload in Self.payloads where payload.contains("<") || payload.contains("\"") {
            #expect(!html.contains(payload), "raw payload in report.html: \(payload)")
        }
        #expect(!html.contains("onmouseover=\"alert"))
        #expect(!html.contains("onerror=alert") || !html.contains("<img src=x"))
        let svg = try Data(contentsOf: directory.appendingPathComponent("report/graph.svg"))
        let scan = try SVGText(svg)
        #expect(!scan.elements.contains("script") && !scan.elements.contains("img"))
        #expect(!scan.attributes.contains { $0.lowercased().hasPrefix("on") })
        // Spreadsheet formulas are neutralised in the plain CSV tables.
        let nodes = String(decoding: try Data(contentsOf: directory.appendingPathComponent("report/nodes.csv")), as: UTF8.self)
        #expect(!nodes.contains(",=HYPERLINK") && !nodes.contains(",\"=HYPERLINK"))
    }
}

/// Element and attribute names of an SVG, read with Foundation's XML parser.
struct SVGText {
    var elements: Set<String> = []
    var attributes: Set<String> = []

    init(_ data: Data) throws {
        final class Collector: NSObject, XMLParserDelegate {
            var elements: Set<String> = []
            var attributes: Set<String> = []
            func parser(
                _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes attributeDict: [String: String] = [:]
            ) {
                elements.insert(elementName.lowercased())
                attributes.formUnion(attributeDict.keys)
            }
        }
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else { throw CocoaError(.fileReadCorruptFile) }
        elements = collector.elements
        attributes = collector.attributes
    }
}
