import ArgumentParser
import GraphFormats
import GraphModel

extension CSVLayout: ExpressibleByArgument {}

/// `relgraph convert`: reads a graph in any format and writes it in any other.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a graph between formats (JSON, DOT, GraphML, GEXF, node-link JSON, CSV, edge lists).",
        discussion: """
            The input format comes from the extension (.json, .dot/.gv, .graphml/.xml, .gexf, \
            .csv, .edges/.edgelist/.tsv) or --from; standard input (-) is recognised by its \
            content. The output format comes from the extension of -o or --to; without -o, \
            or with -o -, the graph goes to standard output as DOT.

            CSV is two tables: -o DIR/ writes DIR/nodes.csv and DIR/edges.csv, -o NAME.csv \
            writes NAME.nodes.csv and NAME.edges.csv; --csv-layout picks the columns (plain for \
            R and spreadsheets, graphframes for Spark, neo4j for neo4j-admin import). \
            See docs/formats.md, docs/graph-json.md and docs/csv.md.

            Examples:
              relgraph convert graph.json -o graph.graphml
              relgraph convert graph.json -o - | dot -Tsvg > graph.svg
              relgraph convert network.gexf -o graph.json
              relgraph convert graph.json --to d3 -o graph-d3.json
              relgraph convert edges.tsv --directed -o graph.gexf
              relgraph convert graph.json -o tables/ --csv-layout neo4j
              cat graph.graphml | relgraph convert - --to edgelist -o -
              relgraph convert --store corpus.sqlite --since 2024-06 --until 2024-06 -o june.graphml
            """
    )

    @Argument(help: "The graph to read: a file, a directory of CSV tables, a corpus store, or - for standard input.")
    var input: String?

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Where to write (- for standard output; DIR/ or NAME.csv for CSV).", valueName: "path"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Output format: json, dot, graphml, gexf, node-link, d3, csv, edgelist (default: from -o's extension).",
            valueName: "format"))
    var to: String?

    @Option(
        help: ArgumentHelp(
            "Input format, when the extension does not say: json, graphml, gexf, node-link, csv, edgelist, dot.",
            valueName: "format"))
    var from: String?

    @Flag(help: "Read edge lists (and CSV edges without a 'directed' column) as directed.")
    var directed = false

    @Option(help: ArgumentHelp("Columns of CSV output (see docs/csv.md).", valueName: "layout"))
    var csvLayout: CSVLayout = .plain

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        _ = try storeOptions.graphPath(input)
    }

    func run() throws {
        let path = output ?? "-"
        // Name a bad --to before reading anything.
        if let to, GraphFormat(name: to) == nil {
            throw CLIError.usage("unknown output format '\(to)' (known: json, dot, graphml, gexf, node-link, d3, csv, edgelist)")
        }
        let graph = try storeOptions.loadGraph(try storeOptions.graphPath(input)) {
            try GraphInput.load($0, format: from, directed: directed)
        }
        try GraphOutput.write(graph, to: path, format: to ?? (path == "-" ? "dot" : nil), csvLayout: csvLayout)
    }
}
