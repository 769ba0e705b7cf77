import ArgumentParser
import Dispatch
import Extraction
import Foundation
import GraphFormats
import GraphModel

/// `relgraph extract`: news articles → relationship graph.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract a relationship graph from news articles.",
        discussion: """
            INPUT is an article (UTF-8 text), a folder (every *.txt below it), a JSON-lines
            stream (.jsonl: one {"id", "text"} object per line, read line by line so memory
            stays flat) or - for standard input (one article, or a stream with
            --stdin-format jsonl); with no INPUT, standard input is read when it is not a
            terminal. Articles are extracted on all cores.
            The graphs of all articles are merged by entity id (edge weights count the
            supporting mentions; every piece of evidence is kept) and written as one graph.
            --format jsonl writes one compact graph per article and line instead, streamed.
            With --per-document DIR --resume, articles whose DIR/NAME.json is newer than
            them are read back instead of extracted, so an interrupted run picks up where
            it stopped.

            Examples:
              relgraph extract examples/articles -o graph.json
              relgraph extract article.txt --format dot | dot -Tsvg > graph.svg
              cat article.txt | relgraph extract --format jsonl
              relgraph extract articles/ --per-document out/ --quiet
              zcat wire.jsonl.gz | relgraph extract - --stdin-format jsonl --format jsonl
              relgraph extract wire.jsonl --per-document parts/ --resume -o graph.json
            """
    )

    @Argument(help: "Articles, folders of *.txt articles, .jsonl streams, or - for standard input.")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Output path (- for standard output).")
    var output: String = "-"

    @Option(name: .long, help: "Output format: json, jsonl, dot, graphml, gexf or csv (default: from the output's extension, else json).")
    var format: String?

    @Option(name: .customLong("per-document"), help: "Also write DIR/NAME.json for each NAME.txt (or JSONL id).")
    var perDocument: String?

    @Flag(name: .long, help: "Reuse DIR/NAME.json of --per-document for articles not changed since it was written, so an interrupted run resumes.")
    var resume = false

    @Option(name: .customLong("stdin-format"), help: "What - reads: text (one article) or jsonl (a stream of {\"id\", \"text\"} objects). (default: text)")
    var stdinFormat: String = "text"

    @Option(name: .long, help: "Articles extracted in parallel (default: all cores).")
    var jobs: Int?

    @Flag(name: .long, help: "Print no progress on standard error.")
    var quiet = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if resume && perDocument == nil { throw ValidationError("--resume needs --per-document DIR (the files it resumes from)") }
        guard ["text", "jsonl"].contains(stdinFormat) else {
            throw ValidationError("--stdin-format must be text or jsonl, not '\(stdinFormat)'")
        }
    }

    func run() throws {
        var paths = inputs
        if paths.isEmpty {
            guard isatty(STDIN_FILENO) == 0 else {
                throw CLIError.usage("no input: give articles, folders or - (standard input)")
            }
            paths = ["-"]
        }
        let stream = ArticleStream(inputs: paths, standardInputIsJSONL: stdinFormat == "jsonl")
        try stream.validate()
        let extractor = try ArticleInput.extractor()
        let requested = (format ?? URL(fileURLWithPath: output).pathExtension).lowercased()
        let folder = try perDocument.map(PerDocumentFolder.init(creating:))
        let showsProgress = !quiet && isatty(STDERR_FILENO) != 0
        // Counting lists every folder once more: only for progress that is shown.
        let progress = Progress(total: showsProgress ? try stream.countIfKnown() : nil, enabled: showsProgress)
        let resumeFrom = resume ? folder : nil
        if requested == "jsonl" {
            let sink = try LineSink(path: output)
            // Lines written before an error still reach standard output.
            defer { try? sink.flush() }
            if ArticleStream.workers(jobs) == 1 {
                // One thread: encode straight into the output buffer.
                try stream.extract(with: extractor, jobs: 1, resume: resumeFrom, makePrepare: { { try folder?.write($0) } }) { prepared in
                    progress.advance()
                    let article = prepared.article
                    try sink.write { JSONLines.encode(article.graph, document: article.name, into: $0) }
                }
            } else {
                // Each worker encodes its articles' lines in its own buffer (which keeps the
                // encoder's memo of attribute objects from article to article); only the
                // copy into the output is serial.
                try stream.extract(with: extractor, jobs: jobs, resume: resumeFrom, makePrepare: {
                    let buffer = JSONLines.Buffer(capacity: 1 << 14)
                    return { article in
                        try folder?.write(article)
                        buffer.removeAll()
                        JSONLines.encode(article.graph, document: article.name, into: buffer)
                        return buffer.bytes(from: 0)
                    }
                }) { prepared in
                    progress.advance()
                    try sink.write { $0.append(prepared.value) }
                }
            }
            try sink.close()
        } else {
            var merged = GraphAccumulator()
            try stream.extract(with: extractor, jobs: jobs, resume: resumeFrom, makePrepare: { { try folder?.write($0) } }) { prepared in
                progress.advance()
                merged.add(prepared.article.graph)
            }
            try GraphOutput.write(try merged.graph(), to: output, format: format)
        }
        progress.finish()
    }
}

/// Reading and extracting articles for the commands that take them.
enum ArticleInput {
    /// The articles named by `inputs` (standard input when none is given and it is not a terminal).
    static func articles(_ inputs: [String]) throws -> [ArticleSource.Article] {
        var paths = inputs
        if paths.isEmpty {
            guard isatty(STDIN_FILENO) == 0 else {
                throw CLIError.usage("no input: give articles, folders or - (standard input)")
            }
            paths = ["-"]
        }
        return try inputErrors { try ArticleSource(paths: paths).articles }
    }

    static func extractor() throws -> Extractor {
        try inputErrors { try Extractor() }
    }

    /// What `body` returns, its `ExtractionError` (a missing input, a table that cannot be
    /// read) thrown as the CLI's input error.
    static func inputErrors<Value>(_ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let error as ExtractionError {
            throw CLIError.input(error.description)
        }
    }

    /// Whether `path` names articles rather than a graph: a `.txt` file or a folder.
    static func isArticlePath(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return true }
        return path.lowercased().hasSuffix(".txt")
    }

    /// Extracts `articles` on `jobs` threads and hands each graph to `body` in input order.
    ///
    /// An `OrderedPipeline` keeps memory flat: at most `jobs × 8` graphs are alive at once.
    static func extract(
        _ articles: [ArticleSource.Article], with extractor: Extractor, jobs: Int?,
        _ body: (ArticleSource.Article, Graph) throws -> Void
    ) throws {
        let workers = ArticleStream.workers(jobs)
        try OrderedPipeline.run(
            workers: workers, window: workers * 8,
            makeWorker: { { article in (article, run(article, extractor)) } },
            items: { submit in for article in articles { try submit(article) } },
            deliver: { article, result in try body(article, try result.get()) })
    }

    private static func run(_ article: ArticleSource.Article, _ extractor: Extractor) -> Result<Graph, CLIError> {
        do {
            let bytes = try article.read()
            return .success(try extractor.extract(bytes: bytes, document: article.name))
        } catch let error as ExtractionError {
            var message = error.description
            if case .invalidUTF8 = error, article.path != "-" { message = message.replacingOccurrences(of: article.name + ":", with: article.path + ":") }
            if case .binary = error, article.path != "-" { message = message.replacingOccurrences(of: article.name + ":", with: article.path + ":") }
            return .failure(CLIError.input(message))
        } catch {
            return .failure(CLIError.input("\(article.path): \(error)"))
        }
    }
}

/// Streams lines to standard output or to a file written atomically on close.
///
/// Lines are gathered in a buffer and written 64 KB at a time: one `write` per
/// article would cost a system call for every kilobyte or two of output.
private final class LineSink {
    private let handle: FileHandle
    private let path: String
    private let temporary: String?
    private let buffer = JSONLines.Buffer(capacity: LineSink.flushSize + 16384)
    private static let flushSize = 1 << 16

    init(path: String) throws {
        self.path = path
        if path == "-" {
            handle = FileHandle.standardOutput
            temporary = nil
            return
        }
        let url = URL(fileURLWithPath: path)
        let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)").path
        guard FileManager.default.createFile(atPath: temp, contents: nil), let opened = FileHandle(forWritingAtPath: temp) else {
            throw CLIError.input("\(path): cannot write")
        }
        TemporaryFiles.shared.register(temp)
        handle = opened
        temporary = temp
    }

    /// Appends what `encode` writes (whole lines) to the output.
    func write(_ encode: (JSONLines.Buffer) -> Void) throws {
        encode(buffer)
        if buffer.count >= LineSink.flushSize { try flush() }
    }

    /// Writes out the buffered lines.
    ///
    /// With `write(2)` straight from the buffer: `FileHandle.write(contentsOf:)` wanted a
    /// `Data`, and making one from the buffer went through the bytes one at a time (about
    /// 1% of extraction's instructions).
    func flush() throws {
        guard buffer.count > 0 else { return }
        let descriptor = handle.fileDescriptor
        let failure: Int32? = buffer.withBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure {
            let name = path == "-" ? "standard output" : path
            throw CLIError.input("\(name): cannot write: \(String(cString: strerror(failure)))")
        }
        buffer.removeAll()
    }

    func close() throws {
        try flush()
        guard let temporary else { return }
        try handle.close()
        defer { TemporaryFiles.shared.unregister(temporary) }
        if rename(temporary, path) != 0 {
            unlink(temporary)
            throw CLIError.input("\(path): cannot write: \(String(cString: strerror(errno)))")
        }
    }
}

/// "extracted 12/50 articles" (or "extracted 12 articles" for a stream) on a terminal's standard error.
private final class Progress {
    let total: Int?
    let enabled: Bool
    var done = 0

    init(total: Int?, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func advance() {
        done += 1
        guard enabled, done % 10 == 0 || done == total else { return }
        let count = total.map { "\(done)/\($0)" } ?? "\(done)"
        FileHandle.standardError.write(Data("\rextracted \(count) articles".utf8))
    }

    func finish() {
        if enabled && done > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}

extension ArticleInput {
    /// The merged graph of the articles at `path` (an article or a folder of them), for
    /// commands that take a graph and accept articles in its place.
    static func graph(_ path: String) throws -> Graph {
        var merged = GraphAccumulator()
        try extract(try articles([path]), with: try extractor(), jobs: nil) { _, graph in merged.add(graph) }
        return try merged.graph()
    }
}

/// Merges many graphs into one without re-sorting evidence at every step.
///
/// `Graph.merge` unites a relation's evidence (sorted) each time it is added, which is
/// quadratic when thousands of articles repeat a relation; the accumulator keeps
/// relations' evidence in lists and builds each relation once at the end. The result
/// equals merging the graphs one by one.
struct GraphAccumulator {
    private var entities = Graph()
    private var relations: [RelationKey: Relation] = [:]

    /// Adds every entity and relation of `graph`.
    mutating func add(_ graph: Graph) {
        for entity in graph.entities { entities.add(entity) }
        for relation in graph.relations {
            let key = relation.key
            if var existing = relations[key] {
                existing.weight += relation.weight
                existing.evidence.append(contentsOf: relation.evidence)
                for (name, value) in relation.attributes {
                    if let mine = existing.attributes[name], mine != value {
                        existing.attributes[name] = min(mine, value)
                    } else {
                        existing.attributes[name] = value
                    }
                }
                relations[key] = existing
            } else {
                relations[key] = relation
            }
        }
    }

    /// The merged graph.
    func graph() throws -> Graph {
        var result = entities
        for (_, relation) in relations.sorted(by: { $0.key < $1.key }) {
            var relation = relation
            relation.evidence.sort()
            try result.add(relation)
        }
        return result
    }
}
