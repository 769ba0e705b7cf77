import Foundation
import GraphFormats
import GraphModel
import Testing

@Suite struct DOTWriterTests {
    /// Armenia, its foreign minister, and an oddly named node he met.
    static func smallGraph() throws -> Graph {
        let armenia = Entity(kind: .country, name: "Armenia", attributes: ["iso": "AM"])
        let mirzoyan = Entity(
            kind: .person, name: "Ararat Mirzoyan", aliases: ["Mirzoyan"], attributes: ["role": "Foreign Minister"])
        let odd = Entity(id: "strict", kind: .node, name: "say \"hi\"\\\n<b>")
        return try Graph(
            entities: [mirzoyan, odd, armenia],
            relations: [
                Relation(
                    kind: .affiliation, source: mirzoyan.id, target: armenia.id,
                    evidence: [
                        Evidence(document: "a.txt", sentence: "Mirzoyan is Armenia's minister.", start: 0, end: 31)
                    ]),
                Relation(
                    kind: .meeting, source: odd.id, target: mirzoyan.id, weight: 3, attributes: ["date": "May 10"]),
            ])
    }

    @Test func knownAnswer() throws {
        let expected = #"""
            digraph relgraph {
            	graph [fontname="Helvetica,Arial,sans-serif", outputorder=edgesfirst, relgraph_version=1, start=1];
            	node [fontname="Helvetica,Arial,sans-serif", fontsize=11];
            	edge [fontname="Helvetica,Arial,sans-serif", fontsize=9, arrowsize=0.7];
            	"country/armenia" [label="Armenia", tooltip="Armenia (country)", shape=box, style="rounded,filled", fillcolor="#dbe9f6", color="#2b6cb0", relgraph_kind=country, relgraph_name=Armenia, relgraph_attributes="{\"iso\":\"AM\"}"];
            	"person/ararat-mirzoyan" [label="Ararat Mirzoyan", tooltip="Ararat Mirzoyan (person)\nForeign Minister\nalso: Mirzoyan", shape=ellipse, style=filled, fillcolor="#fde9d9", color="#c05621", relgraph_kind=person, relgraph_name="Ararat Mirzoyan", relgraph_aliases="[\"Mirzoyan\"]", relgraph_attributes="{\"role\":\"Foreign Minister\"}"];
            	"strict" [label="say \"hi\"\\\n<b>", tooltip="say \"hi\"\\\n<b> (node)", shape=ellipse, style=filled, fillcolor="#edf2f7", color="#4a5568", relgraph_kind="node", relgraph_name="say \"hi\"\\\n<b>"];
            	"person/ararat-mirzoyan" -> "country/armenia" [color="#718096", style=dotted, penwidth=1, tooltip="Ararat Mirzoyan → Armenia: affiliation\n• Mirzoyan is Armenia's minister. [a.txt]", relgraph_kind=affiliation, relgraph_directed=true, relgraph_weight=1, relgraph_evidence="[{\"document\":\"a.txt\",\"end\":31,\"sentence\":\"Mirzoyan is Armenia's minister.\",\"start\":0}]"];
            	"person/ararat-mirzoyan" -> "strict" [dir=none, color="#2b6cb0", style=solid, penwidth=5, tooltip="Ararat Mirzoyan — say \"hi\"\\\n<b>: meeting (May 10)", relgraph_kind=meeting, relgraph_directed=false, relgraph_weight=3, relgraph_attributes="{\"date\":\"May 10\"}"];
            }

            """#
        let output = DOTWriter().write(try Self.smallGraph())
        #expect(output == expected)
    }

    @Test func sameGraphGivesSameBytes() throws {
        let graph = try Self.smallGraph()
        var reversed = Graph()
        for entity in graph.entities.reversed() { reversed.add(entity) }
        for relation in graph.relations.reversed() { try reversed.add(relation) }
        let options = DOTWriter.Options(
            nodeScores: ["strict": 2, "country/armenia": 1], clusterBy: .country, showsLegend: true,
            graphAttributes: ["splines": "true", "overlap": "prism"])
        #expect(DOTWriter(options: options).write(graph) == DOTWriter(options: options).write(reversed))
    }

    @Test func quotesIDs() {
        #expect(DOTQuoting.id("abc_1") == "abc_1")
        #expect(DOTQuoting.id("_x") == "_x")
        #expect(DOTQuoting.id("1.5") == "1.5")
        #expect(DOTQuoting.id("-.5") == "-.5")
        #expect(DOTQuoting.id("1e5") == "\"1e5\"")
        #expect(DOTQuoting.id(".") == "\".\"")
        #expect(DOTQuoting.id("-") == "\"-\"")
        #expect(DOTQuoting.id("5.") == "5.")
        #expect(DOTQuoting.id("1.2.3") == "\"1.2.3\"")
        #expect(DOTQuoting.id("--5") == "\"--5\"")
        #expect(DOTQuoting.id("5-") == "\"5-\"")
        #expect(DOTQuoting.id("") == "\"\"")
        for keyword in ["node", "edge", "graph", "digraph", "subgraph", "strict", "Node", "STRICT", "DiGraph"] {
            #expect(DOTQuoting.id(keyword) == "\"\(keyword)\"")
        }
        #expect(DOTQuoting.id("<b>html</b>") == "\"<b>html</b>\"")
        #expect(DOTQuoting.id("Türkiye") == "\"Türkiye\"")
        #expect(DOTQuoting.id("a b") == "\"a b\"")
    }

    @Test func quotesDataLosslessly() {
        #expect(DOTQuoting.quotedData(#"say "hi""#) == #""say \"hi\"""#)
        #expect(DOTQuoting.quotedData(#"a\b"#) == #""a\\b""#)
        #expect(DOTQuoting.quotedData(#"ends\"#) == #""ends\\""#)
        #expect(DOTQuoting.quotedData("two\nlines") == #""two\nlines""#)
        #expect(DOTQuoting.quotedData("nul\u{0}bell\u{7}del\u{7F}") == #""nul\u0000bell\u0007del\u007F""#)
        #expect(DOTQuoting.quotedData("%1") == #""\u00251""#)
        #expect(DOTQuoting.quotedData("50%") == #""50%""#)
        #expect(DOTQuoting.quotedData("日本 🇦🇲") == "\"日本 🇦🇲\"")
        // Escaped on bytes: multi-byte characters around escapes stay whole.
        #expect(DOTQuoting.quotedData("é\"\u{FFFE}ü\u{FFFF}\u{FFFD}\n") == #""é\"\uFFFEü\uFFFF\#u{FFFD}\n""#)
    }

    @Test func quotesLabelsForDisplay() {
        #expect(DOTQuoting.quotedLabel("AT&T") == #""AT&amp;T""#)
        #expect(DOTQuoting.quotedLabel(#"\N"#) == #""\\N""#)
        #expect(DOTQuoting.quotedLabel("tab\there") == "\"tab\u{2409}here\"")
        #expect(DOTQuoting.quotedLabel("a\u{0}b") == "\"a\u{2400}b\"")
        #expect(DOTQuoting.quotedLabel("x\u{85}\u{FFFF}") == "\"x\u{FFFD}\u{FFFD}\"")
        #expect(DOTQuoting.quotedLabel("\u{A0}é&\u{7F}\u{FFFE}\u{9F}ÿ") == "\"\u{A0}é&amp;\u{2421}\u{FFFD}\u{FFFD}ÿ\"")
        #expect(DOTQuoting.escapedHTML(#"<a & "b">"#) == "&lt;a &amp; &quot;b&quot;&gt;")
    }

    @Test func nodeSizeFollowsScores() throws {
        let graph = try Self.smallGraph()
        let options = DOTWriter.Options(
            nodeScores: ["country/armenia": 10, "person/ararat-mirzoyan": 0, "strict": 5], nodeWidths: 1...3)
        let output = DOTWriter(options: options).write(graph)
        #expect(line(of: "\"country/armenia\" [", in: output).contains("width=3, height=1.5, fontsize=18"))
        #expect(line(of: "\"person/ararat-mirzoyan\" [", in: output).contains("width=1, height=0.5, fontsize=11"))
        #expect(line(of: "\"strict\" [", in: output).contains("width=2, height=1, fontsize=14.5"))
        // Entities without a score get the smallest size.
        let partial = DOTWriter(options: .init(nodeScores: ["strict": 5], nodeWidths: 1...3)).write(graph)
        #expect(line(of: "\"country/armenia\" [", in: partial).contains("width=1,"))
        #expect(!DOTWriter().write(graph).contains(", width="))
    }

    @Test func penWidthFollowsWeight() throws {
        let graph = try Self.smallGraph()
        let output = DOTWriter(options: .init(penWidths: 2...4)).write(graph)
        #expect(line(of: "-> \"country/armenia\"", in: output).contains("penwidth=2,"))
        #expect(line(of: "-> \"strict\"", in: output).contains("penwidth=4,"))
        let fixed = DOTWriter(options: .init(scalesPenWidthByWeight: false)).write(graph)
        #expect(!fixed.contains("penwidth"))
    }

    @Test func undirectedRelationsHaveNoArrow() throws {
        let output = DOTWriter().write(try Self.smallGraph())
        #expect(line(of: "-> \"strict\"", in: output).contains("[dir=none,"))
        #expect(!line(of: "-> \"country/armenia\"", in: output).contains("dir="))
        #expect(output.hasPrefix("digraph "))
    }

    @Test func clustersPersonsWithTheirCountry() throws {
        var graph = try Self.smallGraph()
        let france = Entity(kind: .country, name: "France")
        let sejourne = Entity(kind: .person, name: "Stéphane Séjourné")
        graph.add(france)
        graph.add(sejourne)
        try graph.add(Relation(kind: .affiliation, source: sejourne.id, target: france.id))
        // A lighter second affiliation does not move Mirzoyan.
        try graph.add(Relation(kind: .affiliation, source: "person/ararat-mirzoyan", target: france.id, weight: 0.5))
        let output = DOTWriter(options: .init(clusterBy: .country)).write(graph)
        let expected = """
            \tsubgraph "cluster_country/armenia" {
            \t\tgraph [label="Armenia", style="rounded,dashed", color="#a0aec0", fontcolor="#4a5568"];
            \t\t"country/armenia" [
            """
        #expect(output.contains(expected))
        let armenia = try #require(output.range(of: "subgraph \"cluster_country/armenia\""))
        let france_ = try #require(output.range(of: "subgraph \"cluster_country/france\""))
        let mirzoyan = try #require(output.range(of: "\t\t\"person/ararat-mirzoyan\" ["))
        let sejourneLine = try #require(output.range(of: "\t\t\"person/stephane-sejourne\" ["))
        #expect(armenia.upperBound < mirzoyan.lowerBound && mirzoyan.lowerBound < france_.lowerBound)
        #expect(france_.upperBound < sejourneLine.lowerBound)
        #expect(output.contains("\n\t\"strict\" ["))  // not in any cluster
        #expect(!DOTWriter().write(graph).contains("subgraph"))
    }

    @Test func legendListsThePresentKinds() throws {
        let output = DOTWriter(options: .init(showsLegend: true)).write(try Self.smallGraph())
        let legend = line(of: "relgraph_legend [", in: output)
        #expect(legend.hasPrefix("\trelgraph_legend [shape=plain, label=<<TABLE"))
        #expect(legend.hasSuffix("</TABLE>>, relgraph_legend=true];"))
        for kind in ["country", "person", "node", "meeting", "affiliation →"] {
            #expect(legend.contains(">\(kind)</TD>"), "\(kind)")
        }
        #expect(!legend.contains("organization"))
        #expect(!legend.contains("statement"))
        #expect(!DOTWriter().write(try Self.smallGraph()).contains("relgraph_legend"))
    }

    @Test func highlightIsBoldAndTheRestFaded() throws {
        let graph = try Self.smallGraph()
        let key = try #require(graph.relations.first { $0.kind == .meeting }).key
        let options = DOTWriter.Options(highlight: .init(entities: ["strict"], relations: [key]))
        let output = DOTWriter(options: options).write(graph)
        let strict = line(of: "\"strict\" [", in: output)
        #expect(strict.contains("penwidth=2.5, style=\"filled,bold\", fillcolor=\"#edf2f7\", color=\"#4a5568\""))
        let armenia = line(of: "\"country/armenia\" [", in: output)
        #expect(armenia.contains("fontcolor=\"#1a202c59\""))
        #expect(armenia.contains("fillcolor=\"#dbe9f640\", color=\"#2b6cb059\""))
        #expect(line(of: "-> \"strict\"", in: output).contains("color=\"#2b6cb0\", style=bold, penwidth=5"))
        #expect(
            line(of: "-> \"country/armenia\"", in: output).contains("color=\"#71809659\", style=dotted, penwidth=1"))
    }

    @Test func graphAttributesAndSeed() throws {
        let graph = try Self.smallGraph()
        let output = DOTWriter(options: .init(graphAttributes: ["overlap": "prism", "splines": "true"], seed: 42))
            .write(graph)
        #expect(
            output.contains(
                "\tgraph [fontname=\"Helvetica,Arial,sans-serif\", outputorder=edgesfirst, overlap=prism, "
                    + "relgraph_version=1, splines=true, start=42];\n"))
        let unseeded = DOTWriter(options: .init(graphAttributes: ["outputorder": "nodesfirst"], seed: nil)).write(graph)
        #expect(!unseeded.contains("start="))
        #expect(unseeded.contains("outputorder=nodesfirst"))
        let named = DOTWriter(options: .init(graphName: "South Caucasus")).write(graph)
        #expect(named.hasPrefix("digraph \"South Caucasus\" {\n"))
    }

    @Test func dataAttributesCanBeLeftOut() throws {
        let output = DOTWriter(options: .init(includesData: false)).write(try Self.smallGraph())
        #expect(!output.contains("relgraph_"))
        #expect(output.contains("label=\"Ararat Mirzoyan\""))
    }

    @Test func weightsAreWrittenExactly() throws {
        var graph = try Self.smallGraph()
        try graph.add(Relation(kind: .statement, source: "strict", target: "country/armenia", weight: 0.1))
        try graph.add(Relation(kind: .statement, source: "country/armenia", target: "strict", weight: 1e-7))
        let output = DOTWriter().write(graph)
        #expect(output.contains("relgraph_weight=0.1];"))
        #expect(output.contains("relgraph_weight=\"1e-07\""))
        #expect(output.contains("relgraph_weight=3,"))
    }

    private func line(of prefix: String, in output: String) -> String {
        output.split(separator: "\n").first { $0.contains(prefix) }.map(String.init) ?? ""
    }
}
