import ArgumentParser
import Extraction
import Foundation
import GraphModel

/// `relgraph merge`: the reduce step — many graphs (or articles) into one.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge graphs into one graph.",
        discussion: """
            Entities unite by id (aliases and affiliations united), relations with the same
            kind and ends add their weights and keep all their evidence. A GRAPH may also be
            an article (*.txt) or a folder of articles, extracted on the fly; - reads a graph
            from standard input.

            Examples:
              relgraph merge part1.json part2.json -o graph.json
              relgraph merge graph.json new-articles/ -o graph.json
              relgraph merge --store corpus.sqlite --source "Meridian Wire" extra.json -o graph.json
            """
    )

    @Argument(help: "Graph files (JSON), articles (*.txt), folders of articles, corpus stores, or -.")
    var graphs: [String] = []

    @Option(name: .shortAndLong, help: "Output path (- for standard output).")
    var output: String = "-"

    @Option(name: .long, help: "Output format: json, dot, graphml, gexf or csv (default: from the output's extension, else json).")
    var format: String?

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if graphs.isEmpty && !storeOptions.isActive { throw ValidationError("give at least one graph") }
    }

    func run() throws {
        var merged = GraphAccumulator()
        var extractor: Extractor? = nil
        for path in try storeOptions.inputs(graphs) {
            if path != "-" && ArticleInput.isArticlePath(path) {
                if extractor == nil { extractor = try ArticleInput.extractor() }
                try ArticleInput.extract(try ArticleInput.articles([path]), with: extractor!, jobs: nil) { _, graph in
                    merged.add(graph)
                }
            } else {
                merged.add(try storeOptions.graph(at: path))
            }
        }
        try GraphOutput.write(try merged.graph(), to: output, format: format)
    }
}
