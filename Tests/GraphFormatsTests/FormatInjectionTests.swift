import Foundation
import GraphFormats
import GraphModel
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Entity names and evidence sentences come from scraped articles: none of them may
/// break out of a GraphML or GEXF element or attribute, or a CSV cell, and no CSV
/// text cell may start a spreadsheet formula (see docs/csv.md).
@Suite struct FormatInjectionTests {
    static let payloads = [
        "<script>alert(1)</script>",
        "\" onmouseover=\"alert(1)",
        "' onload='alert(1)",
        "</data></node><node id=\"injected\"/><node id=\"x\"><data key=\"d0\">",
        "\"/><node id=\"injected2\"/><x a=\"",
        "]]><injected/><![CDATA[",
        "<!-- comment --><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;",
        "&amp;&lt;&#0;&#x41;&unknown;",
        "a,b\",\"c\r\nd,e",
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=1+1",
        "\r=1+1",
        "'=1+1",
        "''-1",
        "=\u{301}SUM(1)",
        "-\u{20DD}1",
    ]

    /// One entity per payload (name, alias, role), each meeting the next with the
    /// payload as sentence, document, date and tone.
    static var hostileGraph: Graph {
        var graph = Graph()
        var ids: [EntityID] = []
        for (index, payload) in payloads.enumerated() {
            let entity = Entity(
                id: EntityID("person/\(index)"), kind: .person, name: payload, aliases: [payload + "!"],
                attributes: ["role": payload, "affiliation": payload])
            graph.add(entity)
            ids.append(entity.id)
        }
        for (index, payload) in payloads.enumerated() {
            try! graph.add(
                Relation(
                    kind: .statement, source: ids[index], target: ids[(index + 1) % ids.count],
                    attributes: ["date": payload, "tone": payload],
                    evidence: [Evidence(document: payload, sentence: payload, start: 0, end: 1, date: payload)]))
        }
        return graph
    }

    @Test func graphMLHoldsEveryPayloadInsideItsElement() throws {
        let graph = Self.hostileGraph
        let text = try GraphMLWriter().write(graph)
        let scan = try XMLScan(Data(text.utf8))
        #expect(scan.count(of: "node") == graph.entityCount)
        #expect(scan.count(of: "edge") == graph.relationCount)
        #expect(!scan.elementNames.contains("injected") && !scan.elementNames.contains("script"))
        #expect(scan.text.contains("<script>alert(1)</script>"))
        #expect(try GraphMLReader().read(Data(text.utf8)) == graph)
    }

    @Test func gexfHoldsEveryPayloadInsideItsElement() throws {
        let graph = Self.hostileGraph
        let text = try GEXFWriter().write(graph)
        let scan = try XMLScan(Data(text.utf8))
        #expect(scan.count(of: "node") == graph.entityCount)
        #expect(scan.count(of: "edge") == graph.relationCount)
        #expect(!scan.elementNames.contains("injected") && !scan.elementNames.contains("script"))
        #expect(scan.attributeValues.contains("\" onmouseover=\"alert(1)"))
        #expect(try GEXFReader().read(Data(text.utf8)) == graph)
    }

    @Test(arguments: CSVLayout.allCases)
    func csvCellsStayCellsAndReadBack(layout: CSVLayout) throws {
        let graph = Self.hostileGraph
        let tables = try CSVWriter(layout: layout).write(graph)
        let nodes = try CSVSplit.records(tables.nodes)
        let edges = try CSVSplit.records(tables.edges)
        #expect(nodes.count == graph.entityCount + 1)
        #expect(edges.count == graph.relationCount + 1)
        #expect(Set(nodes.map(\.count)).count == 1, "every nodes row has the header's cell count")
        #expect(Set(edges.map(\.count)).count == 1, "every edges row has the header's cell count")
        // Aliases are `; `-joined in one cell (docs/csv.md), so an alias holding `;`
        // splits; everything else reads back exactly.
        let read = try CSVReader().read(tables, nodesSource: "nodes.csv", edgesSource: "edges.csv")
        #expect(read.entities.map(\.id) == graph.entities.map(\.id))
        #expect(read.entities.map(\.name) == graph.entities.map(\.name))
        #expect(read.relations.map(\.key) == graph.relations.map(\.key))
        #expect(read.relations.map(\.evidence) == graph.relations.map(\.evidence))
    }

    /// In the plain layout (the one for spreadsheets) no cell starts with a formula
    /// trigger: `=`, `+`, `-`, `@`, tab or carriage return, judged by the first
    /// Unicode scalar as a spreadsheet does, however a combining mark follows it.
    @Test func plainCSVCellsNeverStartAFormula() throws {
        let graph = Self.hostileGraph
        let tables = try CSVWriter(layout: .plain).write(graph)
        let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
        for (table, text) in [("nodes", tables.nodes), ("edges", tables.edges)] {
            let records = try CSVSplit.records(text)
            let header = records[0]
            for record in records.dropFirst() {
                for (column, cell) in zip(header, record) where column != "weight" {
                    if let first = cell.unicodeScalars.first {
                        #expect(!triggers.contains(first), "\(table).\(column) cell \(cell.debugDescription) starts a formula")
                    }
                }
            }
        }
        // Neutralising is undone on reading.
        let read = try CSVReader().read(tables, nodesSource: "n", edgesSource: "e")
        #expect(read.entities.map(\.name) == graph.entities.map(\.name))
        #expect(read.entities.map(\.role) == graph.entities.map(\.role))
        #expect(read.relations.map(\.attributes) == graph.relations.map(\.attributes))
    }
}

/// Element names, counts, attribute values and text of an XML document, read with
/// Foundation's parser independently of relgraph's readers.
struct XMLScan {
    var elementNames: [String] = []
    var attributeValues: [String] = []
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
        attributeValues = collector.attributeValues
        text = collector.text
    }

    func count(of name: String) -> Int { elementNames.filter { $0 == name }.count }

    private final class Collector: NSObject, XMLParserDelegate {
        var elementNames: [String] = []
        var attributeValues: [String] = []
        var text = ""

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            elementNames.append(elementName)
            attributeValues.append(contentsOf: attributes.values)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }
}

/// An RFC 4180 splitter written apart from relgraph's, so the test does not trust the
/// code it checks: records of cells, quoted cells with doubled quotes, CRLF or LF.
enum CSVSplit {
    struct Unterminated: Error {}

    static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var cell = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        cell.unicodeScalars.append("\"")
                        scalars.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    cell.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",":
                record.append(cell)
                cell = ""
            case "\r" where scalars.first == "\n":
                break
            case "\n":
                record.append(cell)
                records.append(record)
                record = []
                cell = ""
            default: cell.unicodeScalars.append(scalar)
            }
        }
        if quoted { throw Unterminated() }
        if !cell.isEmpty || !record.isEmpty {
            record.append(cell)
            records.append(record)
        }
        return records
    }
}
