import CorpusStore
import Foundation

/// One article to ingest, as read from a file or a JSONL line.
struct StoreArticle: Sendable {
    /// The document's name in the store: the path below the folder given, the file's
    /// name for a file given alone, the `id` of a JSONL line.
    var name: String
    var text: String
    var source: String?
    /// ISO date, from the JSONL `date` or found in a text file's first lines.
    var date: String?
    /// Where it came from, for error messages (`corpus.jsonl:12`).
    var location: String

    /// The content hash: text, source and date, so a corrected date also re-ingests.
    var hash: String {
        ContentHash(of: text + "\u{0}" + (source ?? "") + "\u{0}" + (date ?? "")).description
    }
}

/// A unit of input not yet parsed: a text file, or one line of a JSONL stream.
/// Parsing happens on the worker threads, so the reader only moves bytes.
enum StoreInputItem: Sendable {
    case file(path: String, name: String)
    case line(Data, file: String, number: Int)

    /// Parses the item into an article.
    ///
    /// - Throws: `CLIError.input` naming the file (and line) for unreadable or malformed input.
    func article(source defaultSource: String?) throws -> StoreArticle {
        switch self {
        case .file(let path, let name):
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIError.input("\(path): cannot read")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw CLIError.input("\(path): not UTF-8 text")
            }
            return StoreArticle(
                name: name, text: text, source: defaultSource, date: ArticleDate.find(in: text), location: path)
        case .line(let data, let file, let number):
            let location = "\(file):\(number)"
            guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
                throw CLIError.input("\(location): not a JSON object")
            }
            guard let id = object["id"] as? String ?? (object["id"] as? Int).map(String.init), !id.isEmpty else {
                throw CLIError.input("\(location): no \"id\"")
            }
            guard let text = object["text"] as? String else {
                throw CLIError.input("\(location): no \"text\"")
            }
            var date = object["date"] as? String
            if let given = date, !given.isEmpty {
                guard EvidenceDate.isoDay(given, documentDate: nil) != nil, given.first?.isNumber == true else {
                    throw CLIError.input("\(location): \"date\" '\(given)' is not an ISO date (YYYY-MM-DD)")
                }
                date = String(given.prefix(10))
            } else {
                date = nil
            }
            return StoreArticle(
                name: id, text: text, source: object["source"] as? String ?? defaultSource, date: date,
                location: location)
        }
    }
}

/// Lists what the inputs hold: text files of folders (recursively, sorted), text files,
/// and JSONL streams (`.jsonl` files, or `-` for stdin), one item at a time.
struct StoreInputReader {
    var inputs: [String]

    /// Checks that every input exists before any work starts.
    func validate() throws {
        for input in inputs where input != "-" {
            guard FileManager.default.fileExists(atPath: input) else {
                throw CLIError.input("\(input): no such file or directory")
            }
        }
    }

    /// Calls `body` with each item in order; stops early when `body` returns false.
    func forEach(_ body: (StoreInputItem) throws -> Bool) throws {
        for input in inputs {
            if input == "-" || input.hasSuffix(".jsonl") || input.hasSuffix(".ndjson") {
                let handle: FileHandle
                if input == "-" {
                    handle = .standardInput
                } else {
                    guard let opened = FileHandle(forReadingAtPath: input) else {
                        throw CLIError.input("\(input): cannot read")
                    }
                    handle = opened
                }
                let name = input == "-" ? "<stdin>" : input
                var lines = LineReader(handle: handle)
                var number = 0
                while let line = lines.next() {
                    number += 1
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    guard try body(.line(line, file: name, number: number)) else { return }
                }
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), !isDirectory.boolValue {
                guard try body(.file(path: input, name: URL(fileURLWithPath: input).lastPathComponent)) else { return }
                continue
            }
            let root = URL(fileURLWithPath: input).standardizedFileURL
            guard let walker = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            else { throw CLIError.input("\(input): cannot list") }
            var relativePaths: [String] = []
            let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
            for case let url as URL in walker where url.pathExtension == "txt" {
                let path = url.standardizedFileURL.path
                relativePaths.append(path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : url.lastPathComponent)
            }
            for relative in relativePaths.sorted() {
                guard try body(.file(path: prefix + relative, name: relative)) else { return }
            }
        }
    }
}

/// Reads a file handle line by line in large chunks, without loading the whole stream.
struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    private let chunkSize = 1 << 22

    init(handle: FileHandle) { self.handle = handle }

    /// The next line without its newline, or `nil` at the end.
    mutating func next() -> Data? {
        while true {
            let available = buffer.count - start
            if available > 0 {
                // memchr: a byte-by-byte Swift search costs more than the rest of a re-run.
                let found: Int? = buffer.withUnsafeBufferPointer { bytes in
                    guard let base = bytes.baseAddress,
                        let hit = memchr(base + start, 0x0A, available)
                    else { return nil }
                    return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                }
                if let newline = found {
                    let line = Data(buffer[start..<newline])
                    start = newline + 1
                    return line
                }
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = Data(buffer[start...])
                start = buffer.count
                return line
            }
            // Keep the unread tail, then append the next chunk.
            buffer.removeSubrange(0..<start)
            start = 0
            let chunk = handle.readData(ofLength: chunkSize)
            if chunk.isEmpty { finished = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}

/// Finds an article's own date in its first lines ("January 20, 2022 - Paris",
/// "2022-01-20"), for text files that carry no metadata.
enum ArticleDate {
    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// The ISO date of the first full date (with a year) in the first 400 characters.
    static func find(in text: String) -> String? {
        let head = String(text.prefix(400))
        if let range = head.range(of: #"\b(19|20)\d\d-\d\d-\d\d\b"#, options: .regularExpression),
            let day = EvidenceDate.isoDay(String(head[range]), documentDate: nil)
        {
            return day
        }
        let pattern = #"\b(\#(months.joined(separator: "|"))) \d{1,2},? (19|20)\d\d\b|\b\d{1,2} (\#(months.joined(separator: "|"))),? (19|20)\d\d\b"#
        guard let range = head.range(of: pattern, options: .regularExpression) else { return nil }
        return EvidenceDate.isoDay(String(head[range]), documentDate: nil)
    }
}
