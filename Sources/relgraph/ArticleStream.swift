import Extraction
import Foundation
import GraphFormats
import GraphModel

/// The articles `relgraph extract` reads, as a stream: text files, folders of them, and
/// JSON-lines streams of `{"id", "text", ...}` objects, one batch in memory at a time.
///
/// A JSONL stream is read line by line, so memory stays flat however long it is; a
/// folder's file names are listed (sorted) before its files are read, one batch at a time.
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
        return try textArticles(inputs).count
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
                for article in try textArticles([input]) { try body(.file(article)) }
            }
        }
    }

    private func textArticles(_ paths: [String]) throws -> [ArticleSource.Article] {
        do {
            return try ArticleSource(paths: paths).articles
        } catch let error as ExtractionError {
            throw CLIError.input(error.description)
        }
    }

    /// Extracts every article on `jobs` threads, `jobs × 4` at a time, and hands each
    /// graph to `body` in input order.
    ///
    /// - Parameter resume: A `--per-document` folder whose files stand in for articles
    ///   not changed since they were written (the file is newer than the article).
    func extract(
        with extractor: Extractor, jobs: Int?, resume: PerDocumentFolder?,
        _ body: (Extracted) throws -> Void
    ) throws {
        let workers = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let batchSize = max(1, workers * 4)
        var batch: [Item] = []
        batch.reserveCapacity(batchSize)
        func flush() throws {
            let results = Slots<Result<Extracted, CLIError>>(count: batch.count)
            let items = batch
            if workers == 1 || items.count == 1 {
                for (index, item) in items.enumerated() { results[index] = Self.run(item, extractor, resume) }
            } else {
                DispatchQueue.concurrentPerform(iterations: items.count) { index in
                    results[index] = Self.run(items[index], extractor, resume)
                }
            }
            for index in items.indices { try body(try results[index]!.get()) }
            batch.removeAll(keepingCapacity: true)
        }
        try forEach { item in
            batch.append(item)
            if batch.count == batchSize { try flush() }
        }
        if !batch.isEmpty { try flush() }
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

/// Results of a parallel batch, one slot per item, each written by one thread.
final class Slots<Value>: @unchecked Sendable {
    private var values: [Value?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get {
            lock.lock()
            defer { lock.unlock() }
            return values[index]
        }
        set {
            lock.lock()
            values[index] = newValue
            lock.unlock()
        }
    }
}
