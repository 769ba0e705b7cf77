import Analysis
import ArgumentParser
import GraphFormats
import GraphModel

/// Which part of a graph to draw, and what to emphasise: the options `relgraph render`
/// and `relgraph report` share, so that large graphs stay legible.
///
/// The steps run in a fixed order, each on what the previous one kept:
///
/// 1. `--only KINDS` keeps the entities of these kinds (and the relations among them);
/// 2. `--relations KINDS` and `--min-weight W` keep the relations of these kinds and
///    of weight W or more, and then only the entities that still have a relation;
/// 3. `--ego NAME --radius R` keeps the entities within R hops of NAME;
/// 4. `--highlight-path FROM TO` finds a shortest path (in hops) from FROM to TO and
///    marks it, to be drawn bold with everything else faded;
/// 5. `--top N` keeps the N entities ranked highest by `--top-by` (measured on what
///    steps 1–3 kept), plus the highlighted path.
///
/// Names match ids, canonical names and aliases ignoring case and diacritics; an
/// unknown or ambiguous name is an input error listing close names or the candidates.
struct GraphSelection: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Draw only entities of these kinds, comma-separated (country,person,organization).",
            valueName: "kinds"))
    var only: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Draw only relations of these kinds, comma-separated (meeting,statement,affiliation,…), "
                + "and the entities they join.",
            valueName: "kinds"))
    var relations: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Draw only relations of weight W or more, and the entities they join.", valueName: "W"))
    var minWeight: Double?

    @Option(name: .long, help: ArgumentHelp("Draw only the neighbourhood of this entity.", valueName: "name"))
    var ego: String?

    @Option(name: .long, help: ArgumentHelp("How many hops --ego reaches (default: 1).", valueName: "R"))
    var radius: Int?

    @Option(
        name: .long,
        help: ArgumentHelp("Draw only the N most central entities (see --top-by).", valueName: "N"))
    var top: Int?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The measure --top ranks by: \(GraphSelection.measureNames.joined(separator: ", ")).",
            valueName: "measure"))
    var topBy: String?

    @Option(
        name: .long, parsing: .upToNextOption,
        help: ArgumentHelp("Draw a shortest path from FROM to TO bold, the rest faded.", valueName: "from> <to"))
    var highlightPath: [String] = []

    /// The measures `--top-by` (and the report's `--size-by`) accept.
    static let measureNames = ["pagerank", "betweenness", "degree", "eigenvector", "closeness"]

    /// What a selection keeps and emphasises.
    struct Result {
        /// The graph to draw.
        var graph: Graph
        /// The entities and relations to draw bold, or nil to draw everything alike.
        var highlight: DOTWriter.Highlight?
    }

    /// Whether any option narrows the graph or highlights part of it.
    var isEmpty: Bool {
        only == nil && relations == nil && minWeight == nil && ego == nil && top == nil && highlightPath.isEmpty
    }

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if let radius {
            if radius < 0 { throw ValidationError("--radius must be 0 or more") }
            if ego == nil { throw ValidationError("--radius needs --ego") }
        }
        if let topBy, !Self.measureNames.contains(topBy) {
            throw ValidationError(
                "unknown measure '\(topBy)' for --top-by (valid: \(Self.measureNames.joined(separator: ", ")))")
        }
        if !highlightPath.isEmpty && highlightPath.count != 2 {
            throw ValidationError("--highlight-path takes two names, FROM and TO")
        }
        if let minWeight, !minWeight.isFinite { throw ValidationError("--min-weight must be a number") }
    }

    /// The part of `graph` the options select.
    ///
    /// - Parameters:
    ///   - graph: The whole graph.
    ///   - measure: The measure `--top` ranks by when `--top-by` is not given.
    ///   - precomputed: Scores of `graph` already computed, by measure name; used by
    ///     `--top` when steps 1–3 kept the whole graph.
    ///   - source: The input's name, for errors.
    /// - Throws: `CLIError.usage` for kinds neither standard nor in the graph;
    ///   `CLIError.input` for unknown or ambiguous names, no path, or nothing left.
    func select(
        from graph: Graph, rankingBy measure: String = "pagerank",
        precomputed: (String) -> CentralityScores? = { _ in nil }, source: String
    ) throws -> Result {
        var selected = graph
        if let only {
            let kinds = try Self.kinds(only, option: "--only", known: EntityKind.extracted, present: graph.entities.map(\.kind))
            selected = selected.filteringEntities { kinds.contains($0.kind) }
        }
        if relations != nil || minWeight != nil {
            let kinds = try relations.map {
                try Self.kinds($0, option: "--relations", known: RelationKind.extracted, present: graph.relations.map(\.kind))
            }
            let threshold = minWeight ?? -.infinity
            selected = selected.filteringRelations { (kinds?.contains($0.kind) ?? true) && $0.weight >= threshold }
            var joined = Set<EntityID>()
            for relation in selected.relations {
                joined.insert(relation.source)
                joined.insert(relation.target)
            }
            selected = selected.filteringEntities { joined.contains($0.id) }
        }
        if let ego {
            let center = try AnalysisNames.resolve(ego, in: selected)
            do {
                selected = try selected.egoNetwork(of: center, radius: radius ?? 1)
            } catch let error as AnalysisError {
                throw CLIError.input("\(source): \(error)")
            }
        }
        var highlight: DOTWriter.Highlight?
        if highlightPath.count == 2 {
            highlight = try Self.path(from: highlightPath[0], to: highlightPath[1], in: selected, source: source)
        }
        if let top, top < selected.entityCount {
            let measure = topBy ?? measure
            let isWhole = selected.entityCount == graph.entityCount && selected.relationCount == graph.relationCount
            let scores = try (isWhole ? precomputed(measure) : nil) ?? Self.scores(measure, of: selected, source: source)
            var kept = Set(scores.ranked(top: top).map(\.id))
            kept.formUnion(highlight?.entities ?? [])
            selected = selected.filteringEntities { kept.contains($0.id) }
        }
        guard !selected.isEmpty else {
            throw CLIError.input("\(source): the selection leaves no entity to draw")
        }
        return Result(graph: selected, highlight: highlight)
    }

    /// A shortest path from `from` to `to` in `graph`, as a highlight.
    private static func path(from: String, to: String, in graph: Graph, source: String) throws
        -> DOTWriter.Highlight
    {
        let start = try AnalysisNames.resolve(from, in: graph)
        let end = try AnalysisNames.resolve(to, in: graph)
        let found: Analysis.Path?
        do {
            found = try PathFinder(graph).shortestPath(from: start, to: end)
        } catch let error as AnalysisError {
            throw CLIError.input("\(source): \(error)")
        }
        guard let found else {
            let name = { (id: EntityID) in graph[id]?.name ?? id.rawValue }
            throw CLIError.input("\(source): no path from \(name(start)) to \(name(end)) in the drawn graph")
        }
        return DOTWriter.Highlight(
            entities: Set(found.entities), relations: Set(found.hops.flatMap { $0.relations.map(\.key) }))
    }

    /// The scores of `measure` on `graph`'s undirected view.
    static func scores(_ measure: String, of graph: Graph, source: String) throws -> CentralityScores {
        let index: GraphIndex
        do {
            index = try GraphIndex(graph)
        } catch let error as AnalysisError {
            throw CLIError.input("\(source): cannot rank by \(measure): \(error)")
        }
        return try scores(measure, of: index, source: source)
    }

    /// The scores of `measure` (exact) on the graph `index` holds.
    static func scores(_ measure: String, of index: GraphIndex, source: String) throws -> CentralityScores {
        do {
            switch measure {
            case "betweenness": return try index.betweennessCentrality()
            case "degree": return index.degreeCentrality()
            case "eigenvector": return try index.eigenvectorCentrality(maxIterations: 1000)
            case "closeness": return index.closenessCentrality()
            default: return try index.pageRank()
            }
        } catch let error as AnalysisError {
            throw CLIError.input("\(source): cannot rank by \(measure): \(error)")
        }
    }

    /// The kinds listed in `text`; each must be a standard kind or present in the graph.
    private static func kinds<Kind: RawRepresentable & Hashable & Comparable>(
        _ text: String, option: String, known: [Kind], present: [Kind]
    ) throws -> Set<Kind> where Kind.RawValue == String {
        let valid = Set(known).union(present)
        var kinds = Set<Kind>()
        for name in AnalysisViewOptions.list(text) {
            guard let kind = Kind(rawValue: name.lowercased()), valid.contains(kind) else {
                let names = (known + Set(present).subtracting(known).sorted()).map(\.rawValue)
                throw CLIError.usage("unknown kind '\(name)' for \(option) (valid: \(names.joined(separator: ", ")))")
            }
            kinds.insert(kind)
        }
        guard !kinds.isEmpty else { throw CLIError.usage("\(option) needs at least one kind") }
        return kinds
    }
}
