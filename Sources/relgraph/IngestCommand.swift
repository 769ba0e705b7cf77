import ArgumentParser
import CorpusStore
import Extraction
import Foundation
import GraphModel

/// `relgraph ingest`: adds articles to a corpus store, extracting them on every core.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add articles to a corpus store (SQLite), extracting them in parallel.",
        discussion: """
            INPUT is a folder (its .txt files, recursively), a .txt file, or a JSON-lines \
            stream (.jsonl, or - for stdin) of {"id", "text", "source", "date"} objects. \
            Articles already stored with the same content and extractor version are skipped, \
            changed ones are replaced, so a re-run is cheap and an interrupted run resumes. \
            See docs/corpus.md.

            Examples:
              relgraph ingest articles/ --store corpus.sqlite
              zcat wire-2024.jsonl.gz | relgraph ingest - --store corpus.sqlite
              relgraph analyze --store corpus.sqlite --since 2024-01 --until 2024-06
            """
    )

    @Argument(help: "Folders, .txt files and .jsonl streams (- for stdin).")
    var inputs: [String]

    @Option(help: "The corpus store to add to (created if missing).")
    var store: String

    @Option(help: "Extraction threads (default: the number of cores).")
    var jobs: Int?

    @Option(help: "News source recorded for articles that do not name one.")
    var source: String?

    @Option(help: "Documents per write transaction.")
    var batchSize: Int = 1000

    @Option(
        help: ArgumentHelp(
            "Extractor version to record (default: relgraph's version and data tables).",
            visibility: .hidden))
    var extractorVersion: String?

    @Flag(inversion: .prefixedNo, help: "Show progress on stderr (default: when stderr is a terminal).")
    var progress: Bool?

    @Flag(help: "Print no progress on standard error (as --no-progress; the same flag as the other commands).")
    var quiet = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
        guard inputs.filter({ $0 == "-" }).count <= 1 else { throw ValidationError("- (stdin) given twice") }
    }

    func run() throws {
        let reader = StoreInputReader(inputs: inputs)
        try reader.validate()
        let corpus = try StoreOptions.open(store, readOnly: false)
        corpus.batchSize = batchSize
        let showProgress = !quiet && (progress ?? (isatty(STDERR_FILENO) != 0))
        let meter = ProgressMeter(enabled: showProgress)
        var pipeline = StoreIngestPipeline(
            storePath: store, inputs: reader, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            source: source,
            extractorVersion: extractorVersion ?? StoreExtractorVersion.current,
            makeExtractor: { [extractor = try ArticleInput.extractor()] in
                // One extractor serves every thread (it is Sendable and loads its tables once).
                return { text, document in
                    do {
                        return try extractor.extract(text: text, document: document)
                    } catch let error as ExtractionError {
                        throw CLIError.input("\(document): \(error.description)")
                    }
                }
            })
        pipeline.progress = meter.update
        let summary: IngestSummary
        do {
            summary = try pipeline.run(into: corpus)
        } catch let error as CorpusStoreError {
            meter.finish()
            throw CLIError.input(error.description)
        } catch {
            meter.finish()
            throw error
        }
        meter.finish()
        let rate = summary.seconds > 0 ? Double(summary.total) / summary.seconds : 0
        print(
            "\(store): \(summary.total) documents: \(summary.added) added, \(summary.replaced) replaced, "
                + "\(summary.unchanged) unchanged (\(String(format: "%.1f", summary.seconds)) s, "
                + "\(Int(rate.rounded())) documents/s)")
    }
}

/// A one-line progress display on stderr, redrawn at most a few times a second.
final class ProgressMeter {
    private let enabled: Bool
    private let started = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ summary: IngestSummary) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.25 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let line =
            "\r\(summary.total) documents (\(summary.added + summary.replaced) extracted, "
            + "\(summary.unchanged) unchanged), \(Int(Double(summary.total) / elapsed)) documents/s  "
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
        drawn = false
    }
}
