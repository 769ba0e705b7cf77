import Foundation
import Testing

/// The catalogue of bad input (docs/reliability.md): for each entry the input, the
/// command, the exit code and the one-line error relgraph must give. Never a crash, a
/// hang, a second line of noise or an output file.
///
/// Inputs are the files in `Fixtures/bad/`, or made by the test when large (a 20 MB
/// line is never committed).
@Suite struct BadInputTests {
    /// One catalogue entry.
    struct Entry: Sendable, CustomTestStringConvertible {
        /// What the input is: a fixture in `Fixtures/bad`, or bytes made here.
        enum Input: Sendable {
            case fixture(String)
            case generated(name: String, make: @Sendable () -> Data)
            case none
        }

        var name: String
        var input: Input
        /// The command; `IN` is the input's path, `OUT` a path in an empty directory,
        /// `DIR` that directory.
        var arguments: [String]
        var status: Int32
        /// What stderr's one line must contain (empty for a success).
        var message: String
        var stdin: Input = .none
        /// Whether `message` is a result on stdout (`no path …`) rather than an error.
        var onStdout = false

        var testDescription: String { name }
    }

    static func bad(_ name: String) -> Entry.Input { .fixture(name) }

    static let twentyMegabytes = 20 * 1024 * 1024

    static let catalogue: [Entry] = [
        // Empty and binary files.
        Entry(name: "empty JSON", input: bad("empty.json"), arguments: ["convert", "IN", "-o", "OUT.json"], status: 1,
              message: "empty.json:1: invalid relgraph JSON: unexpected end of input"),
        Entry(name: "empty DOT", input: bad("empty.dot"), arguments: ["convert", "IN", "-o", "OUT.json"], status: 1,
              message: "empty.dot: no graph in the DOT text"),
        Entry(name: "empty GraphML", input: bad("empty.graphml"), arguments: ["convert", "IN", "-o", "OUT.json"],
              status: 1, message: "empty.graphml: invalid GraphML"),
        Entry(name: "empty article", input: bad("empty.txt"), arguments: ["extract", "IN", "-o", "OUT.json", "--quiet"],
              status: 0, message: ""),
        Entry(name: "binary JSON", input: bad("binary.json"), arguments: ["convert", "IN", "-o", "OUT.json"], status: 1,
              message: "binary.json:1: invalid relgraph JSON: unexpected byte 0x0"),
        Entry(name: "binary file of unknown format", input: bad("binary.png"),
              arguments: ["convert", "IN", "-o", "OUT.json"], status: 1,
              message: "binary.png: empty or not text; cannot tell its graph format"),
        Entry(name: "binary article", input: bad("binary.txt"), arguments: ["extract", "IN", "-o", "OUT.json", "--quiet"],
              status: 1, message: "binary.txt"),
        // Invalid UTF-8.
        Entry(name: "invalid UTF-8 in JSON", input: bad("invalid-utf8.json"), arguments: ["convert", "IN", "-o", "OUT.json"],
              status: 1, message: "invalid-utf8.json:2: invalid relgraph JSON: string is not valid UTF-8"),
        Entry(name: "invalid UTF-8 in DOT", input: bad("invalid-utf8.dot"), arguments: ["convert", "IN", "-o", "OUT.json"],
              status: 1, message: "invalid-utf8.dot:3: not UTF-8 text"),
        Entry(name: "invalid UTF-8 in an edge list", input: bad("invalid-utf8.edges"),
              arguments: ["convert", "IN", "-o", "OUT.json"], status: 1, message: "invalid-utf8.edges"),
        Entry(name: "invalid UTF-8 in an article", input: bad("invalid-utf8.txt"),
              arguments: ["extract", "IN", "-o", "OUT.json", "--quiet"], status: 1, message: "invalid-utf8.txt:1"),
        Entry(name: "invalid UTF-8 in an XML name", input: .generated(name: "xml-name.graphml") {
            Data("<graphml>\n<graph>\n<node id=\"a\" ".utf8) + Data([0xE7]) + Data("=\"1\"/></graph></graphml>\n".utf8)
        }, arguments: ["convert", "IN", "-o", "OUT.json"], status: 1, message: "xml-name.graphml:3: invalid GraphML: not UTF-8 text"),
        Entry(name: "UTF-16 GraphML", input: bad("utf16.graphml"), arguments: ["convert", "IN", "-o", "OUT.json"], status: 1,
              message: "utf16.graphml:1: invalid GraphML: UTF-16 input is not supported"),
        // A 20 MB line.
        Entry(name: "20 MB line of JSON", input: .generated(name: "long-line.json") {
            Data("{\"entities\": [{\"kind\": \"person\", \"name\": \"".utf8) + Data(repeating: UInt8(ascii: "a"), count: twentyMegabytes)
        }, arguments: ["convert", "IN", "-o", "OUT.json"], status: 1, message: "long-line.json:1: invalid relgraph JSON: unterminated string"),
        Entry(name: "20 MB line of DOT", input: .generated(name: "long-line.dot") {
            Data("digraph { a [label=\"".utf8) + Data(repeating: UInt8(ascii: "a"), count: twentyMegabytes)
        }, arguments: ["convert", "IN", "-o", "OUT.json"], status: 1, message: "long-line.dot:1: syntax error in line 1 scanning a quoted string"),
        Entry(name: "20 MB line of an edge list", input: .generated(name: "long-line.edges") {
            Data("a b\nc d ".utf8) + Data(repeating: UInt8(ascii: "1"), count: twentyMegabytes) + Data("x\n".utf8)
        }, arguments: ["convert", "IN", "-o", "OUT.json"], status: 1, message: "long-line.edges:2: invalid edge list"),
        // Truncated input and wrong types.
        Entry(name: "truncated JSON", input: bad("truncated.json"), arguments: ["convert", "IN", "-o", "OUT.json"], status: 1,
              message: "truncated.json:3: invalid relgraph JSON: unterminated string"),
        Entry(name: "wrong type of a name", input: bad("wrong-types.json"), arguments: ["convert", "IN", "-o", "OUT.json"],
              status: 1, message: "wrong-types.json:4: invalid relgraph JSON: entities[1]: \"name\" must be a string, found a number"),
        Entry(name: "wrong type of a weight", input: bad("wrong-weight-type.json"), arguments: ["convert", "IN", "-o", "OUT.json"],
              status: 1, message: "wrong-weight-type.json:7: invalid relgraph JSON: relations[0]: \"weight\" must be a number, found a string"),
        Entry(name: "JSON nested 100,000 deep", input: .generated(name: "deep.json") {
            Data(String(repeating: "[", count: 100_000).utf8) + Data(String(repeating: "]", count: 100_000).utf8)
        }, arguments: ["convert", "IN", "-o", "OUT.json"], status: 1, message: "deep.json:1: invalid relgraph JSON: "),
        // Dangling and duplicate ids.
        Entry(name: "dangling id in JSON", input: bad("dangling-id.json"), arguments: ["convert", "IN", "-o", "OUT.json"],
              status: 1, message: "dangling-id.json:6: invalid relgraph JSON: relations[0]: meeting relation refers to 'country/nowhere', which is not an entity"),
        Entry(name: "dangling id in GraphML", input: bad("dangling-id.graphml"), arguments: ["convert", "IN", "-o", "OUT.json"],
              status: 1, message: "dangling-id.graphml:5: invalid GraphML: edge n0 → n9 refers to node 'n9', which is not declared"),
        Entry(name: "duplicate node id in GraphML", input: bad("duplicate-id.graphml"), arguments: ["convert", "IN", "-o", "OUT.json"],
              status: 1, message: "duplicate-id.graphml:5: invalid GraphML: node id 'n0' is declared twice (first on line 4)"),
        Entry(name: "duplicate entity id in JSON (united, as documented)", input: bad("duplicate-id.json"),
              arguments: ["convert", "IN", "-o", "OUT.json"], status: 0, message: ""),
        // NaN, infinite and negative weights.
        Entry(name: "NaN weight in JSON", input: bad("nan-weight.json"), arguments: ["convert", "IN", "-o", "OUT.json"], status: 1,
              message: "nan-weight.json:5: invalid relgraph JSON"),
        Entry(name: "NaN weight in GraphML", input: bad("nan-weight.graphml"), arguments: ["convert", "IN", "-o", "OUT.json"],
              status: 1, message: "nan-weight.graphml:7: invalid GraphML: weight 'NaN' of edge a → b is not finite"),
        Entry(name: "NaN weight in an edge list", input: bad("nan-weight.edges"), arguments: ["convert", "IN", "-o", "OUT.json"],
              status: 1, message: "nan-weight.edges:2: invalid edge list: weight 'NaN' is not finite"),
        Entry(name: "infinite weight in JSON", input: bad("infinite-weight.json"), arguments: ["convert", "IN", "-o", "OUT.json"],
              status: 1, message: "infinite-weight.json:5: invalid relgraph JSON: relations[0]: weight 1e999 is not finite"),
        Entry(name: "infinite weight in GraphML", input: bad("infinite-weight.graphml"), arguments: ["convert", "IN", "-o", "OUT.json"],
              status: 1, message: "infinite-weight.graphml:7: invalid GraphML: weight 'INF' of edge a → b is not finite"),
        Entry(name: "infinite weight in an edge list", input: bad("infinite-weight.edges"),
              arguments: ["convert", "IN", "-o", "OUT.json"], status: 1, message: "infinite-weight.edges:2: invalid edge list: weight '-inf' is not finite"),
        Entry(name: "negative weight is data", input: bad("negative-weight.edges"), arguments: ["convert", "IN", "-o", "OUT.json"],
              status: 0, message: ""),
        Entry(name: "negative weight in a weighted shortest path", input: bad("negative-weight.edges"),
              arguments: ["path", "IN", "a", "d", "--weighted"], status: 1, message: "negative"),
        // Self-loops and a graph with no edges.
        Entry(name: "self-loops convert", input: bad("self-loop.edges"), arguments: ["convert", "IN", "-o", "OUT.json"], status: 0, message: ""),
        Entry(name: "self-loops in a path", input: bad("self-loop.edges"), arguments: ["path", "IN", "a", "b"], status: 0, message: ""),
        Entry(name: "self-loops render", input: bad("self-loop.edges"), arguments: ["render", "IN", "-o", "OUT.svg"], status: 0, message: ""),
        Entry(name: "no edges: analyze", input: bad("no-edges.json"), arguments: ["analyze", "IN"], status: 0, message: ""),
        Entry(name: "no edges: render", input: bad("no-edges.json"), arguments: ["render", "IN", "-o", "OUT.svg"], status: 0, message: ""),
        Entry(name: "no edges: path", input: bad("no-edges.json"), arguments: ["path", "IN", "A", "B"], status: 1, message: "no path from A to B",
              onStdout: true),
        // XML entities.
        Entry(name: "GraphML external entity", input: bad("external-entity.graphml"), arguments: ["convert", "IN", "-o", "OUT.json"],
              status: 1, message: "external-entity.graphml:2: invalid GraphML: DOCTYPE and ENTITY declarations are refused"),
        Entry(name: "GEXF external entity", input: bad("external-entity.gexf"), arguments: ["convert", "IN", "-o", "OUT.json"],
              status: 1, message: "external-entity.gexf:2: invalid GEXF: DOCTYPE and ENTITY declarations are refused"),
        Entry(name: "GraphML entity expansion bomb", input: bad("entity-expansion-bomb.graphml"),
              arguments: ["convert", "IN", "-o", "OUT.json"], status: 1,
              message: "entity-expansion-bomb.graphml:2: invalid GraphML: DOCTYPE and ENTITY declarations are refused"),
        Entry(name: "undefined XML entity", input: bad("unescaped-entity.graphml"), arguments: ["convert", "IN", "-o", "OUT.json"],
              status: 1, message: "unescaped-entity.graphml:4: invalid GraphML: undefined entity '&undefined;'"),
        // DOT that never ends.
        Entry(name: "DOT without its closing brace", input: bad("unclosed-brace.dot"), arguments: ["convert", "IN", "-o", "OUT.json"],
              status: 1, message: "unclosed-brace.dot:4: syntax error in line 4"),
        Entry(name: "DOT with an unterminated string", input: bad("unterminated-string.dot"),
              arguments: ["convert", "IN", "-o", "OUT.json"], status: 1, message: "unterminated-string.dot:3: syntax error in line 3 scanning a quoted string"),
        Entry(name: "DOT with an unterminated HTML string", input: bad("unterminated-html.dot"),
              arguments: ["convert", "IN", "-o", "OUT.json"], status: 1, message: "unterminated-html.dot:4: syntax error in line 4 scanning a HTML string"),
        Entry(name: "DOT stream that never ends, on stdin", input: .none,
              arguments: ["convert", "-", "--from", "dot", "-o", "OUT.json"], status: 1, message: "-:200002: syntax error in line 200002",
              stdin: .generated(name: "stream") { Data(("digraph {\n" + String(repeating: "a -> b;\n", count: 200_000)).utf8) }),
        Entry(name: "DOT nested 20,000 deep", input: .generated(name: "deep.dot") {
            Data(("digraph {" + String(repeating: "{", count: 20_000) + "a" + String(repeating: "}", count: 20_000) + "}\n").utf8)
        }, arguments: ["convert", "IN", "-o", "OUT.json"], status: 1, message: "deep.dot:1: memory exhausted in line 1"),
        Entry(name: "NUL in DOT", input: bad("nul.dot"), arguments: ["convert", "IN", "-o", "OUT.json"], status: 1,
              message: "nul.dot:3: NUL character in DOT text"),
        // Unknown names.
        Entry(name: "unknown layout engine", input: bad("no-edges.json"), arguments: ["render", "IN", "-o", "OUT.svg", "--layout", "spring"],
              status: 2, message: "unknown layout engine 'spring' (valid: "),
        Entry(name: "unknown render format", input: bad("no-edges.json"), arguments: ["render", "IN", "-o", "OUT.svg", "--format", "bmp"],
              status: 2, message: "unknown output format 'bmp' (valid: "),
        Entry(name: "render format not given by the extension", input: bad("no-edges.json"), arguments: ["render", "IN", "-o", "OUT.bmp"],
              status: 2, message: "cannot tell the format of"),
        Entry(name: "unknown convert format", input: bad("no-edges.json"), arguments: ["convert", "IN", "--to", "xlsx", "-o", "OUT.json"],
              status: 2, message: "xlsx"),
        Entry(name: "unknown input format", input: bad("no-edges.json"), arguments: ["convert", "IN", "--from", "xlsx", "-o", "OUT.json"],
              status: 2, message: "unknown input format 'xlsx'"),
        // Sizes beyond which a layout takes minutes.
        Entry(name: "dot layout of 300 entities", input: .generated(name: "ring.edges") {
            Data((0..<300).map { "n\($0) n\(($0 + 1) % 300)\nn\($0) n\(($0 + 7) % 300)\n" }.joined().utf8)
        }, arguments: ["render", "IN", "-o", "OUT.svg", "--layout", "dot"], status: 2,
              message: "--layout dot would take minutes on 300 entities and 600 relations; use --layout sfdp"),
        Entry(name: "dot layout of 300 entities in a report", input: .generated(name: "ring.edges") {
            Data((0..<300).map { "n\($0) n\(($0 + 1) % 300)\nn\($0) n\(($0 + 7) % 300)\n" }.joined().utf8)
        }, arguments: ["report", "IN", "-o", "DIR/report", "--layout", "dot", "--quiet"], status: 2,
              message: "--layout dot would take minutes on 300 entities and 600 relations; draw fewer with --top 150"),
        // Paths that cannot be read or written.
        Entry(name: "no such input file", input: .none, arguments: ["convert", "DIR/missing.json", "-o", "OUT.json"], status: 1,
              message: "missing.json: no such file or directory"),
        Entry(name: "output directory does not exist", input: bad("no-edges.json"),
              arguments: ["convert", "IN", "-o", "DIR/no/such/dir/out.json"], status: 1, message: "cannot write: directory"),
        Entry(name: "output under a file", input: bad("no-edges.json"), arguments: ["convert", "IN", "-o", "IN/out.json"],
              status: 1, message: "cannot write"),
        Entry(name: "output is a directory", input: bad("no-edges.json"), arguments: ["render", "IN", "-o", "DIR", "--format", "svg"],
              status: 1, message: "cannot write"),
        // Names that are not in the graph.
        Entry(name: "path between names that do not exist", input: bad("path.edges"), arguments: ["path", "IN", "Atlantis", "Lemuria"],
              status: 1, message: "Atlantis"),
        Entry(name: "path to a name that does not exist", input: bad("path.edges"), arguments: ["path", "IN", "a", "Lemuria"],
              status: 1, message: "Lemuria"),
    ]

    @Test(arguments: catalogue)
    func entry(_ entry: Entry) throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func materialise(_ input: Entry.Input) throws -> (path: String, data: Data?) {
            switch input {
            case .fixture(let name):
                let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/bad/\(name)")
                #expect(FileManager.default.fileExists(atPath: url.path), "missing fixture \(name)")
                return (url.path, nil)
            case .generated(let name, let make):
                let data = make()
                let url = directory.appendingPathComponent(name)
                try data.write(to: url)
                return (url.path, data)
            case .none:
                return ("", nil)
            }
        }
        let input = try materialise(entry.input).path
        let stdin = try materialise(entry.stdin).data
        let output = directory.appendingPathComponent("out").path
        let arguments = entry.arguments.map { argument in
            argument.replacingOccurrences(of: "OUT", with: output)
                .replacingOccurrences(of: "IN", with: input)
                .replacingOccurrences(of: "DIR", with: directory.path)
        }
        let result = try CLIRunner.run(arguments, stdin: stdin, in: directory)
        #expect(result.status == entry.status, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Backtracing"), "\(result.stderr)")
        if entry.onStdout {
            #expect(result.stdoutText.contains(entry.message), "\(result.stdoutText)")
            return
        }
        if entry.message.isEmpty {
            #expect(result.stderr.isEmpty || !result.stderr.contains("relgraph:"), "\(result.stderr)")
            return
        }
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(lines.count == 1, "one line on stderr, got \(lines.count): \(result.stderr.prefix(2000))")
        #expect(result.stderr.contains(entry.message), "expected \(entry.message.debugDescription) in \(result.stderr.prefix(2000))")
        #expect(result.stderr.utf8.count < 2000, "the error line quotes at most a short part of the input")
        // A failed command leaves no output, final or temporary.
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasPrefix("out") || $0.hasPrefix(".out") }
        #expect(left.isEmpty, "files left behind: \(left)")
    }

    /// The external entity is never read: the error names the refusal, and nothing
    /// of the file it points at appears anywhere.
    @Test func externalEntityReadsNoLocalFile() throws {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/bad/external-entity.graphml")
        let result = try CLIRunner.run(["convert", url.path, "--to", "json", "-o", "-"])
        #expect(result.status == 1)
        #expect(!result.stdoutText.contains("root:") && !result.stderr.contains("root:"))
    }
}
