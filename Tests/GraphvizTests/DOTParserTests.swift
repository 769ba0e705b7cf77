import Graphviz
import Testing

@Suite struct DOTParserTests {
    @Test func readsNodesEdgesAndAttributesInFileOrder() throws {
        let document = try DOTParser.parse(
            """
            strict digraph "week" {
              rankdir=LR
              node [shape=box]
              zeta [label="Zeta"]
              alpha -> zeta [weight=2, color=red]
              subgraph cluster_x { beta }
              zeta -> beta
              alpha -> beta [label=<<b>bold</b>>]
            }
            """)
        #expect(document.name == "week")
        #expect(document.isDirected)
        #expect(document.isStrict)
        #expect(document.attributes["rankdir"] == "LR")
        #expect(document.nodes.map(\.name) == ["zeta", "alpha", "beta"])
        #expect(document.nodes[0].attributes["label"] == "Zeta")
        #expect(document.nodes[1].attributes["shape"] == "box")
        #expect(document.edges.map { "\($0.tail)->\($0.head)" } == ["alpha->zeta", "zeta->beta", "alpha->beta"])
        #expect(document.edges[0].attributes["weight"] == "2")
        #expect(document.edges[2].attributes["label"] == "<b>bold</b>")
        #expect(document.edges[2].htmlAttributes == ["label"])
        #expect(document.edges[0].htmlAttributes.isEmpty)
    }

    /// More names than the shim's ID table first has room for (64): a name mentioned again
    /// after the table grew is still the same node.
    @Test func namesStayOneNodeWhenTheTableGrows() throws {
        let names = (0..<300).map { "n\($0)" }
        let chain = names.joined(separator: " -- ")
        let document = try DOTParser.parse("graph { \(chain); n299 -- n0; n150 -- n7 }")
        #expect(document.nodes.map(\.name) == names)
        #expect(document.edges.count == 301)
        #expect(document.edges.suffix(2).map { "\($0.tail)--\($0.head)" } == ["n299--n0", "n150--n7"])
    }

    @Test func undirectedGraph() throws {
        let document = try DOTParser.parse("graph { a -- b }")
        #expect(!document.isDirected)
        #expect(!document.isStrict)
        #expect(document.name == "")
        #expect(document.edges.count == 1)
    }

    @Test func syntaxErrorCarriesGraphvizMessageAndLine() throws {
        let text = "digraph {\n  a -> b\n  c -> -> d\n}\n"
        #expect(throws: GraphvizError.syntax(source: "bad.dot", line: 3, message: "syntax error in line 3 near '->'")) {
            try DOTParser.parse(text, source: "bad.dot")
        }
    }

    @Test func parsingWorksAgainAfterAnError() throws {
        for _ in 0..<3 {
            #expect(throws: GraphvizError.self) { try DOTParser.parse("digraph { a -> }") }
            let document = try DOTParser.parse("digraph { x -> y }")
            #expect(document.nodes.map(\.name) == ["x", "y"])
        }
    }

    @Test func nothingCarriesOverFromThePreviousText() throws {
        // cgraph's scanner keeps read-ahead between parses; the parser resets it.
        _ = try DOTParser.parse("digraph { a -> b }\n\n\n\nx -> y")
        #expect(try DOTParser.parse("digraph { b }").nodes.map(\.name) == ["b"])
        _ = try DOTParser.parse("digraph { a -> b }\n\n\n\n")
        #expect(throws: GraphvizError.syntax(source: "-", line: 2, message: "syntax error in line 2 near '->'")) {
            try DOTParser.parse("digraph {\n -> }")
        }
    }

    @Test func nodeNamesMayBeAnyText() throws {
        let document = try DOTParser.parse(#"digraph { "node" -> "strict"; "<b>x</b>" -> "a\"b"; "é 日本 🇦🇲" }"#)
        #expect(document.nodes.map(\.name) == ["node", "strict", "<b>x</b>", "a\"b", "é 日本 🇦🇲"])
    }

    @Test func emptyTextIsAnError() throws {
        #expect(throws: GraphvizError.syntax(source: "empty.dot", line: nil, message: "no graph in the DOT text")) {
            try DOTParser.parse("  \n", source: "empty.dot")
        }
    }
}
