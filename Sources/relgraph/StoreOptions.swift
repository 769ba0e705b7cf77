import Analysis
import ArgumentParser
import CorpusStore
import Foundation
import GraphModel

/// `--store PATH` with `--since`, `--until` and `--source`: the options by which any
/// command that reads a graph reads it from a corpus store, filtered by the date of the
/// evidence and the news source.
///
/// A command adopts them with `@OptionGroup var storeOptions: StoreOptions` and loads its
/// graph with one call (`loadGraph(_:)`, `index(_:view:)`, `graphs(_:)`). The filters
/// apply to a store named by `--store` and to one given where the graph goes (a
/// `.sqlite`, `.sqlite3` or `.db` path); on any other graph they are a usage error.
/// Filtered, a store's graph keeps only the matching evidence, the relations left with
/// some, and the entities those touch or that had no relation to begin with
/// (`CorpusStore.graph(since:until:source:includingEvidence:)`).
struct StoreOptions: ParsableArguments {
    @Option(help: "Read the graph from this corpus store (see 'relgraph ingest').")
    var store: String?

    @Option(help: "With a store: only evidence dated on or after this day (YYYY-MM-DD, YYYY-MM or YYYY).")
    var since: String?

    @Option(help: "With a store: only evidence dated on or before this day (YYYY-MM-DD, YYYY-MM or YYYY).")
    var until: String?

    @Option(help: "With a store: only articles from this news source.")
    var source: String?

    /// Whether `--store` was given.
    var isActive: Bool { store != nil }

    /// Whether any of `--since`, `--until`, `--source` was given.
    var hasFilters: Bool { since != nil || until != nil || source != nil }

    func validate() throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, !StoreOptions.isDateBound(value) {
                throw ValidationError("\(name) '\(value)' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
            }
        }
    }

    // MARK: The graph argument

    /// The graph a command with one optional graph argument reads: the argument or
    /// `--store`, exactly one of them.
    func graphPath(_ argument: String?) throws -> String {
        guard let path = argument ?? store, (argument == nil) != (store == nil) else {
            throw ValidationError("give a graph or --store, not both")
        }
        return path
    }

    /// For a command whose graph argument is followed by names (`path`, `ego`,
    /// `evidence`): the graph and the names. With `--store` every positional argument
    /// is a name, so the one parsed as the graph is the first name, the first the
    /// second, and the graph is the store.
    ///
    /// - Throws: `ValidationError` when `--store` comes with a graph as well (one
    ///   argument too many).
    func movingNames(_ graph: String, _ first: String?, _ second: String?) throws -> (String, String?, String?) {
        guard let store else { return (graph, first, second) }
        guard second == nil else { throw ValidationError("give a graph or --store, not both") }
        return (store, graph, first)
    }

    /// `movingNames(_:_:_:)` for a command with one name after its graph.
    func movingNames(_ graph: String, _ first: String?) throws -> (String, String?) {
        guard let store else { return (graph, first) }
        guard first == nil else { throw ValidationError("give a graph or --store, not both") }
        return (store, graph)
    }

    /// Whether `path` is read as a corpus store: `--store`, or a store's extension.
    func isStore(_ path: String) -> Bool {
        path == store || GraphInput.isCorpusStore(path)
    }

    /// The inputs of a command that merges several (`merge`, `report`): `paths` and
    /// `--store`.
    ///
    /// - Throws: `CLIError.usage` when there is none, or when filters are given and no
    ///   input is a store.
    func inputs(_ paths: [String]) throws -> [String] {
        let all = paths + (store.map { [$0] } ?? [])
        if all.isEmpty { throw CLIError.usage("give an input or --store") }
        try requireStore(among: all)
        return all
    }

    /// Filters need a store to filter.
    private func requireStore(among paths: [String]) throws {
        if hasFilters && !paths.contains(where: isStore) {
            throw CLIError.usage("--since, --until and --source need a corpus store (--store PATH, or a .sqlite graph)")
        }
    }

    // MARK: Loading

    /// The graph at `path`, the command's graph: a corpus store's graph with the
    /// filters, any other graph through `load` (by default `GraphInput.load`).
    ///
    /// - Parameter includingEvidence: attach the matching sentences to a store's
    ///   relations (analysis does without; a large store holds millions).
    /// - Throws: `CLIError.usage` for filters on a graph that is not a store;
    ///   `CLIError.input` for an unreadable store or graph.
    func loadGraph(
        _ path: String, includingEvidence: Bool = true,
        otherwise load: (String) throws -> Graph = { try GraphInput.load($0) }
    ) throws -> Graph {
        try requireStore(among: [path])
        return try graph(at: path, includingEvidence: includingEvidence, otherwise: load)
    }

    /// The graph at `path` as `loadGraph` reads it, without checking the filters (the
    /// caller checked them over all its inputs with `inputs(_:)`).
    func graph(
        at path: String, includingEvidence: Bool = true,
        otherwise load: (String) throws -> Graph = { try GraphInput.load($0) }
    ) throws -> Graph {
        guard isStore(path) else { return try load(path) }
        let corpus = try StoreOptions.open(path, readOnly: true)
        do {
            return try corpus.graph(since: since, until: until, source: source, includingEvidence: includingEvidence)
        } catch let error as CorpusStoreError {
            throw CLIError.input(error.description)
        }
    }

    /// The index of the graph at `path` in `view`, for the analysis commands: a
    /// store's graph (filtered, without evidence), else `AnalysisInput.index`, which
    /// reads an edge list straight into the index.
    func index(_ path: String, view: AnalysisViewOptions) throws -> GraphIndex {
        try requireStore(among: [path])
        guard isStore(path) else { return try AnalysisInput.index(path, options: view) }
        return try view.index(of: try graph(at: path, includingEvidence: false), source: path)
    }

    /// The whole graph of the store at `path`, with its evidence.
    static func loadGraph(of path: String) throws -> Graph {
        let corpus = try open(path, readOnly: true)
        do {
            return try corpus.graph(since: nil, until: nil, source: nil, includingEvidence: true)
        } catch let error as CorpusStoreError {
            throw CLIError.input(error.description)
        }
    }

    /// The graphs of consecutive periods of the store at `path`, filtered like `loadGraph`.
    func loadTimeSlices(of path: String, every period: SlicePeriod) throws -> [TimeSlice] {
        let corpus = try StoreOptions.open(path, readOnly: true)
        do {
            return try corpus.timeSlices(every: period, since: since, until: until, source: source)
        } catch let error as CorpusStoreError {
            throw CLIError.input(error.description)
        }
    }

    // MARK: Describing the selection

    /// What the filters select, for a report's title and summary: "evidence dated
    /// 2024-01-01 to 2024-06-30, from Meridian Wire"; `nil` without filters.
    var selectionDescription: String? {
        guard hasFilters else { return nil }
        var parts: [String] = []
        switch (since.map { StoreOptions.firstDay(of: $0) }, until.map { StoreOptions.lastDay(of: $0) }) {
        case (let first?, let last?): parts.append("dated \(first) to \(last)")
        case (let first?, nil): parts.append("dated from \(first)")
        case (nil, let last?): parts.append("dated up to \(last)")
        case (nil, nil): break
        }
        if let source { parts.append("from \(source)") }
        return "evidence " + parts.joined(separator: ", ")
    }

    /// The first day a `--since` bound covers: `2024` is 2024-01-01, `2024-06` is 2024-06-01.
    static func firstDay(of bound: String) -> String {
        switch bound.count {
        case 4: bound + "-01-01"
        case 7: bound + "-01"
        default: bound
        }
    }

    /// The last day an `--until` bound covers: `2024` is 2024-12-31, `2024-02` is 2024-02-29.
    static func lastDay(of bound: String) -> String {
        switch bound.count {
        case 4: return bound + "-12-31"
        case 7:
            guard let year = Int(bound.prefix(4)), let month = Int(bound.suffix(2)) else { return bound }
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            return bound + "-\(days)"
        default: return bound
        }
    }

    /// Opens the store at `path`; a store to read must exist.
    static func open(_ path: String, readOnly: Bool) throws -> CorpusStore {
        if readOnly && !FileManager.default.fileExists(atPath: path) {
            throw CLIError.input("\(path): no such corpus store")
        }
        do {
            return try CorpusStore(path: path, readOnly: readOnly)
        } catch let error as CorpusStoreError {
            throw CLIError.input(error.description)
        }
    }

    static func isDateBound(_ text: String) -> Bool {
        let pattern = #"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"#
        return text.range(of: pattern, options: .regularExpression) != nil
    }
}

extension SlicePeriod: ExpressibleByArgument {}
