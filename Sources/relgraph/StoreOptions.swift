import ArgumentParser
import CorpusStore
import Foundation
import GraphModel

/// `--store PATH` with `--since`, `--until` and `--source`: the options by which any
/// command that reads a graph reads it from a corpus store instead of a graph file.
///
/// A command adopts them with `@OptionGroup var storeOptions: StoreOptions`, makes its
/// graph argument optional, and calls `loadGraph()` when `isActive`.
struct StoreOptions: ParsableArguments {
    @Option(help: "Read the graph from this corpus store (see 'relgraph ingest').")
    var store: String?

    @Option(help: "With --store: only evidence dated on or after this day (YYYY-MM-DD, YYYY-MM or YYYY).")
    var since: String?

    @Option(help: "With --store: only evidence dated on or before this day (YYYY-MM-DD, YYYY-MM or YYYY).")
    var until: String?

    @Option(help: "With --store: only articles from this news source.")
    var source: String?

    /// Whether the graph comes from a store.
    var isActive: Bool { store != nil }

    func validate() throws {
        if store == nil && (since != nil || until != nil || source != nil) {
            throw ValidationError("--since, --until and --source need --store")
        }
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, !StoreOptions.isDateBound(value) {
                throw ValidationError("\(name) '\(value)' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
            }
        }
    }

    /// The merged graph of the store, or of the evidence the filters select
    /// (see `CorpusStore.graph(since:until:source:includingEvidence:)`).
    func loadGraph(includingEvidence: Bool = false) throws -> Graph {
        guard let store else { throw CLIError.usage("no --store given") }
        let corpus = try StoreOptions.open(store, readOnly: true)
        do {
            return try corpus.graph(since: since, until: until, source: source, includingEvidence: includingEvidence)
        } catch let error as CorpusStoreError {
            throw CLIError.input(error.description)
        }
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

    /// The graphs of consecutive periods of the store, filtered like `loadGraph()`.
    func loadTimeSlices(every period: SlicePeriod) throws -> [TimeSlice] {
        guard let store else { throw CLIError.usage("--every needs --store") }
        let corpus = try StoreOptions.open(store, readOnly: true)
        do {
            return try corpus.timeSlices(every: period, since: since, until: until, source: source)
        } catch let error as CorpusStoreError {
            throw CLIError.input(error.description)
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
