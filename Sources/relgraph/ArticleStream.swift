import Extraction
import Foundation
import GraphFormats
import GraphModel

/// The articles `relgraph extract` reads, as a stream: text files, folders of them, and
/// JSON-lines streams of `{"id", "text", ...}` objects, one batch in memory at a time.
///
/// A JSONL stream is read line by line and a folder one subfolder at a time (sorted), so
/// memory stays flat however many articles there are.
struct ArticleStream {
    /// One article not yet read or parsed: reading and parsing happen on worker threads.
    enum Item: Sendable {
        /// A text file (or `-`, standard input, as one article).
        case file(ArticleSource.Article)
        /// One line of a JSONL stream.
        case line(Data, file: String, number: Int, modified: Date?)

        /// Where the item came from, for messages.
        var location: String {
            switch self {
            case .file(let article): article.path
            case .line(_, let file, let number, _): "\(file):\(number)"
            }
        }
    }

    /// One extracted article.
    struct Extracted: Sendable {
        /// The document's name: the file name, or the line's `id`.
        var name: String
        var graph: Graph
        /// Whether the graph was read back from a `--per-document` file instead of extracted.
        var isReused: Bool
    }

    var inputs: [String]
    /// Whether `-` is a JSONL stream rather than one article.
    var standardInputIsJSONL: Bool

    /// Whether `path` is read as a JSONL stream.
    func isJSONL(_ path: String) -> Bool {
        if path == "-" { return standardInputIsJSONL }
        let lowered = path.lowercased()
        return lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson")
    }

    /// The number of articles when it is known before reading (no JSONL streams).
    func countIfKnown() throws -> Int? {
        if inputs.contains(where: isJSONL) { return nil }
        return try ArticleInput.inputErrors { try ArticleSource.count(in: inputs) }
    }

    /// Checks that every input exists before any work starts.
    func validate() throws {
        try StoreInputReader(inputs: inputs).validate()
    }

    /// Calls `body` with each item in input order.
    func forEach(_ body: (Item) throws -> Void) throws {
        for input in inputs {
            if isJSONL(input) {
                let modified = input == "-" ? nil : Self.modificationDate(input)
                try LineReader.forEachLine(ofStream: input) { line, name, number in
                    try body(.line(line, file: name, number: number, modified: modified))
                    return true
                }
            } else {
                try ArticleInput.inputErrors { try ArticleSource.forEach(in: [input]) { try body(.file($0)) } }
            }
        }
    }

    /// An extracted article and what `prepare` made of it on the worker.
    struct Prepared<Value: Sendable>: Sendable {
        var article: Extracted
        var value: Value
    }

    /// Extracts every article on `jobs` threads, runs `prepare` on each graph on the same
    /// thread, and hands both to `body` in input order, on the calling thread.
    ///
    /// `makePrepare` is called once per thread and gives that thread's `prepare`, which
    /// may keep scratch space (an encoder's buffer) from one article to the next.
    ///
    /// The articles go through an `OrderedPipeline` of `jobs × 8` articles in flight: what
    /// `prepare` does (encoding, writing per-document files) runs in parallel too, and only
    /// `body` is serial (one job: all on the calling thread).
    ///
    /// - Parameter resume: A `--per-document` folder whose files stand in for articles
    ///   not changed since they were written (the file is newer than the article).
    func extract<Value: Sendable>(
        with extractor: Extractor, jobs: Int?, resume: PerDocumentFolder?,
        makePrepare: @escaping @Sendable () -> (Extracted) throws -> Value,
        _ body: (Prepared<Value>) throws -> Void
    ) throws {
        let makeProcess: @Sendable () -> (Item) -> Result<Prepared<Value>, CLIError> = {
            let prepare = makePrepare()
            return { item in
                Self.run(item, extractor, resume).flatMap { article in
                    do {
                        return .success(Prepared(article: article, value: try prepare(article)))
                    } catch let error as CLIError {
                        return .failure(error)
                    } catch {
                        return .failure(CLIError.input("\(item.location): \(error)"))
                    }
                }
            }
        }
        let workers = Self.workers(jobs)
        try OrderedPipeline.run(
            workers: workers, window: workers * 8, makeWorker: makeProcess,
            items: { submit in try forEach(submit) },
            deliver: { try body(try $0.get()) })
    }

    /// The worker threads for `--jobs` (all cores when not given).
    static func workers(_ jobs: Int?) -> Int {
        max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    private static func run(_ item: Item, _ extractor: Extractor, _ resume: PerDocumentFolder?) -> Result<Extracted, CLIError> {
        do {
            switch item {
            case .file(let article):
                if let resume, article.path != "-",
                    let graph = resume.reusableGraph(for: article.name, sourceModified: modificationDate(article.path))
                {
                    return .success(Extracted(name: article.name, graph: graph, isReused: true))
                }
                let bytes = try article.read()
                let graph = try extractor.extract(bytes: bytes, document: article.name)
                return .success(Extracted(name: article.name, graph: graph, isReused: false))
            case .line(let data, let file, let number, let modified):
                // The common line: the text's bytes straight to the extractor, which validates them
                // as it decodes (a String made first would be validated and decoded twice).
                // (A text with an escaped NUL goes the String way, which takes it as text.)
                if let raw = JSONLineScanner.rawFields(in: data), !raw.hasNUL {
                    _ = try StoreInputItem.checkedDate(raw.date, location: "\(file):\(number)")
                    if let resume, let graph = resume.reusableGraph(for: raw.id, sourceModified: modified) {
                        return .success(Extracted(name: raw.id, graph: graph, isReused: true))
                    }
                    let graph = try extractor.extract(bytes: raw.text, document: raw.id)
                    return .success(Extracted(name: raw.id, graph: graph, isReused: false))
                }
                let parsed = try StoreInputItem.line(data, file: file, number: number).article(source: nil, hashed: false)
                if let resume, let graph = resume.reusableGraph(for: parsed.name, sourceModified: modified) {
                    return .success(Extracted(name: parsed.name, graph: graph, isReused: true))
                }
                let graph = try extractor.extract(text: parsed.text, document: parsed.name)
                return .success(Extracted(name: parsed.name, graph: graph, isReused: false))
            }
        } catch let error as CLIError {
            return .failure(error)
        } catch let error as ExtractionError {
            // The extractor names the document; name the file (and line) it came from.
            var message = error.description
            if case .file(let article) = item, article.path != "-" {
                message = message.replacingOccurrences(of: article.name + ":", with: article.path + ":")
            } else if case .line = item {
                message = "\(item.location): \(message)"
            }
            return .failure(CLIError.input(message))
        } catch {
            return .failure(CLIError.input("\(item.location): \(error)"))
        }
    }

    static func modificationDate(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}

/// The folder `--per-document` writes `NAME.json` into, one graph per article.
struct PerDocumentFolder: Sendable {
    var path: String

    /// Creates the folder when it does not exist.
    init(creating path: String) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw CLIError.input("\(path): cannot create directory: \(error.localizedDescription)")
            }
        } else if !isDirectory.boolValue {
            throw CLIError.input("\(path): not a directory")
        }
    }

    /// The file for the document `name`: `a.txt` → `a.json`; a JSONL id's slashes become
    /// `_` so that every document stays one file in the folder.
    func file(for name: String) -> String {
        var stem = name == "-" ? "stdin" : name
        if stem.hasSuffix(".txt") { stem.removeLast(4) }
        stem = String(stem.map { $0 == "/" || $0 == "\u{0}" ? "_" : $0 })
        if stem.isEmpty || stem.hasPrefix(".") { stem = "_" + stem }
        return URL(fileURLWithPath: path).appendingPathComponent(stem + ".json").path
    }

    /// Writes the graph of the document `name` (atomically).
    func write(_ graph: Graph, for name: String) throws {
        try OutputFile.write(try GraphJSON.encode(graph), to: file(for: name))
    }

    /// Writes the graph of `article` unless it was read back from this folder.
    func write(_ article: ArticleStream.Extracted) throws {
        if !article.isReused { try write(article.graph, for: article.name) }
    }

    /// The graph written earlier for `name`, when its file is at least as new as the
    /// article (`sourceModified`; nil for standard input, which is never reused) and reads
    /// back; nil otherwise, and the article is extracted again.
    func reusableGraph(for name: String, sourceModified: Date?) -> Graph? {
        guard let sourceModified else { return nil }
        let file = file(for: name)
        guard let written = ArticleStream.modificationDate(file), written >= sourceModified,
            let data = FileManager.default.contents(atPath: file)
        else { return nil }
        return try? GraphJSON.decode(data, source: file)
    }
}
