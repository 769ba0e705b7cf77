import Foundation
import GraphFormats
import GraphModel
import Graphviz
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct GraphvizRendererTests {
    static let smallDOT = "digraph { a -> b; b -> c; c -> a }"

    /// Counts `<g … class="node">` elements, checking that the SVG is well-formed XML.
    final class SVGNodeCounter: NSObject, XMLParserDelegate {
        var nodes = 0
        var clusters = 0
        var titles: [String] = []
        private var inTitle = false

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if name == "g", attributes["class"] == "node" { nodes += 1 }
            if name == "g", attributes["class"] == "cluster" { clusters += 1 }
            if name == "title" {
                inTitle = true
                titles.append("")
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inTitle { titles[titles.count - 1] += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "title" { inTitle = false }
        }

        static func count(_ svg: Data) throws -> SVGNodeCounter {
            let counter = SVGNodeCounter()
            let parser = XMLParser(data: svg)
            parser.delegate = counter
            guard parser.parse() else {
                throw XMLError(message: String(describing: parser.parserError))
            }
            return counter
        }
    }

    struct XMLError: Error { var message: String }

    @Test(arguments: ExampleGraphs.names)
    func svgIsXMLWithOneNodePerEntity(name: String) throws {
        let graph = try ExampleGraphs.graph(name)
        let svg = try GraphvizRenderer().render(dot: DOTWriter().write(graph), engine: .dot, format: .svg)
        let counter = try SVGNodeCounter.count(svg)
        #expect(counter.nodes == graph.entityCount)
        #expect(Set(counter.titles).isSuperset(of: graph.entities.map(\.id.rawValue)))
    }

    @Test func legendAndClustersAreDrawn() throws {
        let graph = try ExampleGraphs.graph("south-caucasus-week")
        let dot = DOTWriter(options: .init(clusterBy: .country, showsLegend: true)).write(graph)
        let counter = try SVGNodeCounter.count(GraphvizRenderer().render(dot: dot))
        #expect(counter.nodes == graph.entityCount + 1)
        // Every country with an affiliated person (Iran has none).
        let countries = Set(
            graph.relations.filter { $0.kind == .affiliation && graph[$0.target]?.kind == .country }.map(\.target))
        #expect(countries.count == 8)
        #expect(counter.clusters == countries.count)
    }

    @Test func svgOfHostileNamesIsStillXML() throws {
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<40 {
            var graph = Graph()
            for _ in 0..<4 {
                graph.add(
                    Entity(
                        id: EntityID(rawValue: RandomNames.name(using: &generator)), kind: .person,
                        name: RandomNames.name(using: &generator)))
            }
            let ids = graph.entities.map(\.id)
            try graph.add(
                Relation(
                    kind: .statement, source: ids[0], target: ids.last!,
                    evidence: [
                        Evidence(
                            document: RandomNames.name(using: &generator),
                            sentence: RandomNames.name(using: &generator), start: 0, end: 1)
                    ]))
            let svg = try GraphvizRenderer().render(dot: DOTWriter().write(graph))
            #expect(try SVGNodeCounter.count(svg).nodes == graph.entityCount)
        }
    }

    @Test func pngAndPDFHaveTheirSignatures() throws {
        let png = try GraphvizRenderer().render(dot: Self.smallDOT, format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try GraphvizRenderer().render(dot: Self.smallDOT, format: .pdf)
        #expect(pdf.starts(with: Data("%PDF".utf8)))
    }

    @Test func plainAndJSONGiveCoordinates() throws {
        let plain = String(decoding: try GraphvizRenderer().render(dot: Self.smallDOT, format: .plain), as: UTF8.self)
        #expect(plain.hasPrefix("graph "))
        #expect(plain.split(separator: "\n").filter { $0.hasPrefix("node ") }.count == 3)
        let json = try GraphvizRenderer().render(dot: Self.smallDOT, format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect((object["objects"] as? [Any])?.count == 3)
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineRenders(engine: LayoutEngine) throws {
        let graph = try ExampleGraphs.graph("sweden-nato-accession")
        let options = DOTWriter.Options(graphAttributes: engine.suggestedGraphAttributes)
        let svg = try GraphvizRenderer().render(dot: DOTWriter(options: options).write(graph), engine: engine)
        #expect(try SVGNodeCounter.count(svg).nodes == graph.entityCount)
    }

    @Test func malformedDOTGivesGraphvizMessageAndLine() throws {
        let dot = "digraph {\n  a -> b\n  b -> c [color=red\n  c -> d }\n"
        do {
            _ = try GraphvizRenderer().render(dot: dot, source: "broken.dot")
            Issue.record("expected a syntax error")
        } catch let GraphvizError.syntax(source, line, message) {
            #expect(source == "broken.dot")
            #expect(line == 4)
            #expect(message.hasPrefix("syntax error in line 4"))
        }
        #expect(throws: GraphvizError.syntax(source: "-", line: 1, message: "NUL character in DOT text")) {
            try GraphvizRenderer().render(dot: "digraph { a\0 }")
        }
        #expect(throws: GraphvizError.self) { try GraphvizRenderer().render(dot: "") }
    }

    @Test func warningsDoNotFailARender() throws {
        // Graphviz warns about an unknown overlap value and an unknown shape, then draws.
        let svg = try GraphvizRenderer().render(
            dot: "graph G { overlap=bogus; a [shape=blob]; a -- b }", engine: .neato)
        #expect(try SVGNodeCounter.count(svg).nodes == 2)
        // …and the next call starts with no messages left over.
        #expect(try GraphvizRenderer().render(dot: Self.smallDOT).count > 0)
    }

    @Test func unknownNamesFailBeforeGraphviz() throws {
        #expect(
            throws: GraphvizError.unknownEngine("spring", valid: ["dot", "neato", "fdp", "sfdp", "circo", "twopi"])
        ) {
            try LayoutEngine(parsing: "spring")
        }
        #expect(throws: GraphvizError.unknownFormat("gif", valid: ["svg", "png", "pdf", "plain", "json"])) {
            try RenderFormat(parsing: "gif")
        }
        #expect(try LayoutEngine(parsing: "SFDP") == .sfdp)
        #expect(try RenderFormat(parsing: "PNG") == .png)
        let message = GraphvizError.unknownEngine("spring", valid: ["dot", "neato"]).description
        #expect(message == "unknown layout engine 'spring' (valid: dot, neato)")
    }

    @Test func suggestedEngineDependsOnSize() {
        #expect(LayoutEngine.suggested(nodeCount: 25, edgeCount: 45) == .dot)
        #expect(LayoutEngine.suggested(nodeCount: 300, edgeCount: 600) == .neato)
        #expect(LayoutEngine.suggested(nodeCount: 2_000, edgeCount: 5_000) == .sfdp)
        #expect(LayoutEngine.suggested(nodeCount: 80, edgeCount: 1_000) == .neato)
    }

    @Test func concurrentRendersAllSucceedWithIdenticalBytes() async throws {
        let dot = DOTWriter().write(try ExampleGraphs.graph("south-caucasus-week"))
        let expected = try GraphvizRenderer().render(dot: dot, engine: .neato)
        let results = await withTaskGroup(of: Data?.self) { group in
            for index in 0..<48 {
                group.addTask {
                    // Interleave parses and failing parses with the renders.
                    if index % 4 == 3 { _ = try? DOTParser.parse("digraph { -> }") }
                    return try? GraphvizRenderer().render(dot: dot, engine: .neato)
                }
            }
            var all: [Data?] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 48)
        #expect(results.allSatisfy { $0 == expected })
    }

    /// Clusters are laid out and drawn in the order the DOT names them, whatever the
    /// allocator does: cgraph's default ID for a name is its address, and Graphviz 2.42
    /// keeps subgraphs in ID order, so with mimalloc (which this process uses, as the
    /// executable does) and other threads allocating meanwhile, the order changed between
    /// runs. The shim's ID discipline numbers names in turn.
    @Test func clustersAreDrawnInTheOrderTheDOTNamesThem() async throws {
        let names = ["zeta", "alpha", "mu", "beta", "omega", "kappa"]
        let dot = "graph G {\n" + names.enumerated().map { index, name in
            "subgraph \"cluster_\(name)\" { label=\"\(name)\"; \(name)1 -- \(name)2 }\n" + (index > 0 ? "\(names[index - 1])1 -- \(name)1\n" : "")
        }.joined() + "}"
        let results = await withTaskGroup(of: Data?.self) { group in
            for index in 0..<24 {
                group.addTask {
                    // Other tasks allocate strings of the names' sizes while the renders run.
                    if index % 2 == 1 {
                        var kept: [String] = []
                        for k in 0..<2_000 { kept.append("cluster_\(k)\(index)") }
                        return kept.isEmpty ? nil : Data()
                    }
                    return try? GraphvizRenderer().render(dot: dot, engine: .dot)
                }
            }
            var all: [Data?] = []
            for await result in group { all.append(result) }
            return all
        }
        let drawings = results.compactMap { $0 }.filter { !$0.isEmpty }
        #expect(drawings.count == 12)
        #expect(Set(drawings).count == 1)
        let svg = String(decoding: try #require(drawings.first), as: UTF8.self)
        let titles = svg.matches(of: /<title>cluster_(\w+)<\/title>/).map { String($0.1) }
        #expect(titles == names)
    }

    @Test func sfdpIsReproducibleWithThePinnedSeed() throws {
        let dot = DOTWriter().write(try ExampleGraphs.graph("south-caucasus-week"))
        let first = try GraphvizRenderer().render(dot: dot, engine: .sfdp)
        let second = try GraphvizRenderer().render(dot: dot, engine: .sfdp)
        #expect(first == second)
        _ = try GraphvizRenderer().render(dot: "graph { x -- y -- z }", engine: .neato)
        #expect(try GraphvizRenderer().render(dot: dot, engine: .sfdp) == first)
        // Raw DOT without `start` is seeded by the renderer, whatever ran before. (An
        // anonymous graph would not do: cgraph names it from a process-wide counter,
        // `%3`, `%17`…, which SVG shows as its title.)
        let raw = "graph G { a -- b -- c -- d -- a; b -- d; e -- a }"
        #expect(
            try GraphvizRenderer().render(dot: raw, engine: .sfdp) == GraphvizRenderer().render(dot: raw, engine: .sfdp)
        )
        #expect(
            try GraphvizRenderer().render(dot: raw, engine: .neato)
                == GraphvizRenderer().render(dot: raw, engine: .neato))
    }
}
