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
            INPUT is an article (UTF-8 text), a folder (every *.txt below it) or - for
            standard input; with no INPUT, standard input is read when it is not a terminal.
            The graphs of all articles are merged by entity id (edge weights count the
            supporting mentions; every piece of evidence is kept) and written as one graph.
            --format jsonl writes one compact graph per article and line instead, streamed.

            Examples:
              relgraph extract examples/articles -o graph.json
              relgraph extract article.txt --format dot | dot -Tsvg > graph.svg
              cat article.txt | relgraph extract --format jsonl
              relgraph extract articles/ --per-document out/ --quiet
            """
    )

    @Argument(help: "Articles, folders of *.txt articles, or - for standard input.")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Output path (- for standard output).")
    var output: String = "-"

    @Option(name: .long, help: "Output format: json, jsonl, dot, graphml, gexf or csv (default: from the output's extension, else json).")
    var format: String?

    @Option(name: .customLong("per-document"), help: "Also write DIR/NAME.json for each NAME.txt.")
    var perDocument: String?

    @Option(name: .long, help: "Articles extracted in parallel (default: all cores).")
    var jobs: Int?

    @Flag(name: .long, help: "Print no progress on standard error.")
    var quiet = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let articles = try ArticleInput.articles(inputs)
        let extractor = try ArticleInput.extractor()
        let requested = (format ?? URL(fileURLWithPath: output).pathExtension).lowercased()
        if let perDocument {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: perDocument, isDirectory: &isDirectory) {
                do {
                    try FileManager.default.createDirectory(atPath: perDocument, withIntermediateDirectories: true)
                } catch {
                    throw CLIError.input("\(perDocument): cannot create directory: \(error.localizedDescription)")
                }
            } else if !isDirectory.boolValue {
                throw CLIError.input("\(perDocument): not a directory")
            }
        }
        let progress = Progress(total: articles.count, enabled: !quiet && isatty(STDERR_FILENO) != 0)
        if requested == "jsonl" {
            let sink = try LineSink(path: output)
            try ArticleInput.extract(articles, with: extractor, jobs: jobs) { article, graph in
                progress.advance()
                try sink.write(JSONLines.encode(graph, document: article.name))
                try writePerDocument(graph, article)
            }
            try sink.close()
        } else {
            var merged = Graph()
            try ArticleInput.extract(articles, with: extractor, jobs: jobs) { article, graph in
                progress.advance()
                merged.merge(graph)
                try writePerDocument(graph, article)
            }
            try GraphOutput.write(merged, to: output, format: format)
        }
        progress.finish()
    }

    private func writePerDocument(_ graph: Graph, _ article: ArticleSource.Article) throws {
        guard let perDocument else { return }
        var name = article.name == "-" ? "stdin" : article.name
        if name.hasSuffix(".txt") { name.removeLast(4) }
        try OutputFile.write(try GraphJSON.encode(graph), to: URL(fileURLWithPath: perDocument).appendingPathComponent(name + ".json").path)
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
        do {
            return try ArticleSource(paths: paths).articles
        } catch let error as ExtractionError {
            throw CLIError.input(error.description)
        }
    }

    static func extractor() throws -> Extractor {
        do {
            return try Extractor()
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

    /// Extracts `articles` in parallel batches and hands each graph to `body` in input order.
    ///
    /// Batches keep memory flat: at most `batch` graphs are alive at once.
    static func extract(
        _ articles: [ArticleSource.Article], with extractor: Extractor, jobs: Int?,
        _ body: (ArticleSource.Article, Graph) throws -> Void
    ) throws {
        let workers = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let batch = max(1, workers * 4)
        var start = 0
        while start < articles.count {
            let end = min(articles.count, start + batch)
            let slice = Array(articles[start..<end])
            let results = ResultBox(count: slice.count)
            if workers == 1 || slice.count == 1 {
                for (index, article) in slice.enumerated() { results.set(index, run(article, extractor)) }
            } else {
                DispatchQueue.concurrentPerform(iterations: slice.count) { index in
                    results.set(index, run(slice[index], extractor))
                }
            }
            for (index, article) in slice.enumerated() {
                try body(article, try results.get(index).get())
            }
            start = end
        }
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

/// Results of a parallel batch, one slot per article.
private final class ResultBox: @unchecked Sendable {
    private var slots: [Result<Graph, CLIError>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Graph, CLIError>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    func get(_ index: Int) -> Result<Graph, CLIError> { slots[index]! }
}

/// One compact JSON graph per line, for map/reduce pipelines.
enum JSONLines {
    private struct Line: Encodable {
        var document: String
        var entities: [Entity]
        var relations: [Relation]
    }

    static func encode(_ graph: Graph, document: String) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(Line(document: document, entities: graph.entities, relations: graph.relations))
        data.append(0x0A)
        return data
    }
}

/// Streams lines to standard output or to a file written atomically on close.
private final class LineSink {
    private let handle: FileHandle
    private let path: String
    private let temporary: String?

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

    func write(_ data: Data) throws {
        handle.write(data)
    }

    func close() throws {
        guard let temporary else { return }
        try handle.close()
        defer { TemporaryFiles.shared.unregister(temporary) }
        if rename(temporary, path) != 0 {
            unlink(temporary)
            throw CLIError.input("\(path): cannot write: \(String(cString: strerror(errno)))")
        }
    }
}

/// "extracted 12/50 articles" on a terminal's standard error.
private final class Progress {
    let total: Int
    let enabled: Bool
    var done = 0

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func advance() {
        done += 1
        guard enabled, done % 10 == 0 || done == total else { return }
        FileHandle.standardError.write(Data("\rextracted \(done)/\(total) articles".utf8))
    }

    func finish() {
        if enabled && total > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
