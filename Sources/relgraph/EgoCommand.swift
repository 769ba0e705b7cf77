import Analysis
import ArgumentParser
import GraphModel

/// `relgraph ego`: the neighbourhood of one entity, written as a graph.
struct Ego: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ego",
        abstract: "Write the ego network of an entity: everything within --radius hops.",
        discussion: """
            The output keeps every relation among the entities it keeps (of --relations,
            when given), in any graph format relgraph writes.

            Examples:
              relgraph ego graph.json "Zakir Hasanov" --radius 2 -o zakir.json
              relgraph ego graph.json Azerbaijan --radius 1 --relations meeting -o - | relgraph analyze -
              relgraph ego --store corpus.sqlite Bayramov --since 2024-01 --until 2024-06 -o bayramov.json
            """)

    @Argument(help: "The graph: any format relgraph reads, a corpus store, or - for stdin (omitted with --store).")
    var graph: String

    @Argument(help: "The entity at the centre (id, name or alias).")
    var name: String?

    @Option(name: .long, help: "How many hops out to go.")
    var radius: Int = 1

    @Option(name: .shortAndLong, help: "Where to write the graph (- for standard output).")
    var output: String = "-"

    @Option(name: .long, help: "Output format (default: from the output file's extension, else JSON).")
    var to: String?

    @OptionGroup var view: AnalysisViewOptions

    @OptionGroup var storeOptions: StoreOptions

    mutating func validate() throws {
        (graph, name) = try storeOptions.movingNames(graph, name)
        guard name != nil else { throw ValidationError("Missing expected argument '<name>'") }
        if radius < 0 { throw ValidationError("--radius must be 0 or more") }
    }

    func run() throws {
        guard let name else { throw CLIError.usage("missing the entity at the centre") }
        var loaded = view.view(of: try storeOptions.loadGraph(graph) { try AnalysisInput.graph($0) })
        if let kinds = view.entityKinds { loaded = loaded.filteringEntities { kinds.contains($0.kind) } }
        let center = try AnalysisNames.resolve(name, in: loaded)
        let ego: Graph
        do {
            ego = try loaded.egoNetwork(
                of: center, radius: radius, directed: view.directed, relationKinds: view.relationKinds)
        } catch let error as AnalysisError {
            throw CLIError.input("\(graph): \(error)")
        }
        try GraphOutput.write(ego, to: output, format: to)
    }
}
