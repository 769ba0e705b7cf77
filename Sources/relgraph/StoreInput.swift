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

    /// The content hash: of the JSON line as read (so any change to it re-ingests), or of
    /// a text file's text, source and date.
    var hash: String

    init(name: String, text: String, source: String?, date: String?, location: String, hash: String? = nil) {
        self.name = name
        self.text = text
        self.source = source
        self.date = date
        self.location = location
        self.hash = hash ?? ContentHash(of: text + "\u{0}" + (source ?? "") + "\u{0}" + (date ?? "")).description
    }
}

/// A unit of input not yet parsed: a text file, or one line of a JSONL stream.
/// Parsing happens on the worker threads, so the reader only moves bytes.
enum StoreInputItem: Sendable {
    case file(path: String, name: String)
    case line(Data, file: String, number: Int)

    /// The document's name and content hash without parsing the whole item, when that
    /// is cheap: a re-run skips most articles, and parsing them would be most of its work.
    func quickIdentity() -> (name: String, hash: String)? {
        guard case .line(let data, _, _) = self, let id = JSONLineScanner.topLevelID(in: data) else { return nil }
        return (id, ContentHash(of: data).description)
    }

    /// Parses the item into an article.
    ///
    /// - Parameters:
    ///   - defaultSource: the source of articles that do not name one.
    ///   - lineHash: the content hash of a JSONL line if already computed (by
    ///     `quickIdentity()`), so that a line is hashed once.
    ///   - hashed: whether the content hash is wanted; `extract` keeps no store and skips
    ///     it (the hash is then empty).
    /// - Throws: `CLIError.input` naming the file (and line) for unreadable or malformed input.
    func article(source defaultSource: String?, lineHash: String? = nil, hashed: Bool = true) throws -> StoreArticle {
        switch self {
        case .file(let path, let name):
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIError.input("\(path): cannot read")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw CLIError.input("\(path): not UTF-8 text")
            }
            return StoreArticle(
                name: name, text: text, source: defaultSource, date: ArticleDate.find(in: text), location: path,
                hash: hashed ? nil : "")
        case .line(let data, let file, let number):
            let location = "\(file):\(number)"
            let fields: JSONLineScanner.Fields
            if let scanned = JSONLineScanner.fields(in: data) {
                fields = scanned
            } else {
                // Anything the scanner does not take (other value types, duplicate keys,
                // malformed JSON) is parsed in full, which also words the errors.
                fields = try Self.parsedFields(of: data, location: location)
            }
            let date = try Self.checkedDate(fields.date, location: location)
            return StoreArticle(
                name: fields.id, text: fields.text, source: fields.source ?? defaultSource, date: date,
                location: location, hash: lineHash ?? (hashed ? ContentHash(of: data).description : ""))
        }
    }

    /// A line's "date", its day alone ("2024-05-03"); `nil` when absent or empty.
    ///
    /// - Throws: `CLIError.input` naming `location` when it is no ISO date.
    static func checkedDate(_ given: String?, location: @autoclosure () -> String) throws -> String? {
        guard let given, !given.isEmpty else { return nil }
        // The common date, a valid "YYYY-MM-DD" (checked without making strings, as it is for
        // every line); anything else is judged by `EvidenceDate`.
        guard startsWithValidISODay(given) || EvidenceDate.isoDay(given, documentDate: nil) != nil && given.first?.isNumber == true else {
            throw CLIError.input("\(location()): \"date\" '\(given)' is not an ISO date (YYYY-MM-DD)")
        }
        return String(given.prefix(10))
    }

    /// Whether `text` starts with a day of the (proleptic Gregorian) calendar written
    /// "YYYY-MM-DD": where `EvidenceDate.isoDay` reads a day too, and it starts with a digit.
    private static func startsWithValidISODay(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for k in range {
                    guard bytes[k] >= UInt8(ascii: "0") && bytes[k] <= UInt8(ascii: "9") else { return nil }
                    value = value * 10 + Int(bytes[k] - UInt8(ascii: "0"))
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), (1...12).contains(month) else { return false }
            let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let length: Int
            switch month {
            case 2: length = isLeap ? 29 : 28
            case 4, 6, 9, 11: length = 30
            default: length = 31
            }
            return day >= 1 && day <= length
        } ?? false
    }

    /// The fields of a JSONL line by `JSONSerialization`.
    private static func parsedFields(of data: Data, location: String) throws -> JSONLineScanner.Fields {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw CLIError.input("\(location): not a JSON object")
        }
        guard let id = object["id"] as? String ?? (object["id"] as? Int).map(String.init), !id.isEmpty else {
            throw CLIError.input("\(location): no \"id\"")
        }
        guard let text = object["text"] as? String else {
            throw CLIError.input("\(location): no \"text\"")
        }
        return JSONLineScanner.Fields(
            id: id, text: text, source: object["source"] as? String, date: object["date"] as? String)
    }
}

/// Reads the `{"id", "text", "source", "date"}` objects of a JSONL stream without a
/// general JSON parser: `JSONSerialization` built a dictionary of bridged values for every
/// line, a few percent of the whole ingest.
///
/// The scanner takes only the common shape, an object whose values are all strings
/// (RFC 8259 strings: every escape, `\u` surrogate pairs combined, UTF-8 checked) with no
/// key twice, and gives up (`nil`) on anything else, for the caller to parse the line in
/// full: so what it returns is exactly what `JSONSerialization` would give.
enum JSONLineScanner {
    /// The fields of an article line.
    struct Fields: Equatable {
        var id: String
        var text: String
        var source: String?
        var date: String?
    }

    /// The fields of an article line with the text as its UTF-8 bytes, not yet validated:
    /// what the extractor reads (it validates as it decodes, so the text is checked once).
    struct RawFields {
        var id: String
        var text: [UInt8]
        var source: String?
        var date: String?
        /// Whether the text holds an escaped NUL ("\u0000"): valid JSON, which the extractor's
        /// byte reader would take for a binary file.
        var hasNUL = false
    }

    /// The fields of `data`, a JSON object of string values with a non-empty `id` and a
    /// `text`; `nil` when the line is anything else.
    ///
    /// - Complexity: O(*n*) in the line's bytes, one pass.
    static func fields(in data: Data) -> Fields? {
        guard let raw = rawFields(in: data), let text = String(validating: raw.text, as: UTF8.self) else { return nil }
        return Fields(id: raw.id, text: text, source: raw.source, date: raw.date)
    }

    /// The fields of `data` as `fields(in:)` reads them, the text left as bytes.
    ///
    /// - Complexity: O(*n*) in the line's bytes, one pass.
    static func rawFields(in data: Data) -> RawFields? {
        data.withUnsafeBytes { raw -> RawFields? in
            var scanner = Scanner(bytes: raw.bindMemory(to: UInt8.self))
            return scanner.articleFields()
        }
    }

    /// A cursor over a line's bytes.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        /// Whether a string decoded so far held an escaped NUL.
        var sawNUL = false

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func articleFields() -> RawFields? {
            var id: String?
            var text: [UInt8]?
            var source: String?
            var date: String?
            var otherKeys: Set<String> = []
            skipSpace()
            guard take(UInt8(ascii: "{")) else { return nil }
            skipSpace()
            if !take(UInt8(ascii: "}")) {
                while true {
                    skipSpace()
                    guard let key = string() else { return nil }
                    skipSpace()
                    guard take(UInt8(ascii: ":")) else { return nil }
                    skipSpace()
                    // The text stays bytes; the other values are short strings.
                    if key == "text" {
                        guard text == nil, let bytes = stringBytes() else { return nil }
                        text = bytes
                        skipSpace()
                        if take(UInt8(ascii: ",")) { continue }
                        guard take(UInt8(ascii: "}")) else { return nil }
                        break
                    }
                    guard let value = string() else { return nil }
                    switch key {
                    case "id":
                        guard id == nil else { return nil }
                        id = value
                    case "source":
                        guard source == nil else { return nil }
                        source = value
                    case "date":
                        guard date == nil else { return nil }
                        date = value
                    default:
                        guard otherKeys.insert(key).inserted else { return nil }
                    }
                    skipSpace()
                    if take(UInt8(ascii: ",")) { continue }
                    guard take(UInt8(ascii: "}")) else { return nil }
                    break
                }
            }
            skipSpace()
            guard index == bytes.count, let id, !id.isEmpty, let text else { return nil }
            return RawFields(id: id, text: text, source: source, date: date, hasNUL: sawNUL)
        }

        /// The JSON string at the cursor, decoded; `nil` if there is none or it is malformed
        /// (a control character, a bad escape, a lone surrogate, invalid UTF-8).
        mutating func string() -> String? {
            switch scannedString() {
            case .plain(let range)?: return String(validating: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            case .decoded(let decoded)?: return String(validating: decoded, as: UTF8.self)
            case nil: return nil
            }
        }

        /// The JSON string at the cursor as its UTF-8 bytes, decoded but not validated; `nil` if
        /// there is none or its JSON is malformed.
        mutating func stringBytes() -> [UInt8]? {
            switch scannedString() {
            case .plain(let range)?: return Array(bytes[range])
            case .decoded(let decoded)?: return decoded
            case nil: return nil
            }
        }

        /// A JSON string read: the line's own bytes when it has no escape, else its decoded bytes.
        private enum ScannedString {
            case plain(Range<Int>)
            case decoded([UInt8])
        }

        /// Reads the JSON string at the cursor; `nil` if there is none or its JSON is malformed.
        private mutating func scannedString() -> ScannedString? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            // The common case: no escape, so the string is the bytes themselves.
            index = plainRunEnd(from: index)
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return .plain(start..<index - 1)
            }
            if byte < 0x20 { return nil }
            return unescaped(from: start).map { .decoded($0) }
        }

        /// The end of the run of plain string bytes (neither a quote, a backslash nor a control
        /// character) from `position`: the first other byte's index, or the line's end.
        ///
        /// Eight bytes at a time (`JSONLines.needsEscape(_:)`, the test the writer makes); a word
        /// with any such byte is then read byte by byte. An article's text is nearly all plain
        /// bytes, and one word's test costs what one byte's did.
        private func plainRunEnd(from position: Int) -> Int {
            var run = position
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while run + 8 <= bytes.count, !JSONLines.needsEscape(raw.loadUnaligned(fromByteOffset: run, as: UInt64.self)) { run += 8 }
            }
            while run < bytes.count, !JSONLines.needsEscape(bytes[run]) { run += 1 }
            return run
        }

        /// The bytes of the string that opened at `start`, decoded from the first escape (at the
        /// cursor) to the closing quote; `nil` if its JSON is malformed.
        private mutating func unescaped(from start: Int) -> [UInt8]? {
            guard index < bytes.count else { return nil }
            var decoded: [UInt8] = []
            decoded.reserveCapacity(2 * (index - start) + 64)
            decoded.append(contentsOf: bytes[start..<index])
            while index < bytes.count {
                // A run of plain bytes is copied at once (an article's text has an escaped line
                // break every few hundred bytes; appending byte by byte checked the array each time).
                let run = plainRunEnd(from: index)
                if run > index {
                    decoded.append(contentsOf: bytes[index..<run])
                    index = run
                    continue
                }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return decoded
                }
                if byte < 0x20 { return nil }
                // A backslash: the escape after it.
                index += 1
                guard index < bytes.count else { return nil }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
                case UInt8(ascii: "b"): decoded.append(0x08)
                case UInt8(ascii: "f"): decoded.append(0x0C)
                case UInt8(ascii: "n"): decoded.append(0x0A)
                case UInt8(ascii: "r"): decoded.append(0x0D)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "u"):
                    guard let unit = hexQuad() else { return nil }
                    let scalar: Unicode.Scalar?
                    switch unit {
                    case 0xD800...0xDBFF:
                        // A high surrogate must be followed by an escaped low one.
                        guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hexQuad(),
                            (0xDC00...0xDFFF).contains(low)
                        else { return nil }
                        scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                    case 0xDC00...0xDFFF:
                        return nil
                    default:
                        scalar = Unicode.Scalar(unit)
                    }
                    guard let scalar else { return nil }
                    if scalar.value == 0 { sawNUL = true }
                    decoded.append(contentsOf: UTF8.encode(scalar)!)
                default:
                    return nil
                }
            }
            return nil
        }

        /// Four hexadecimal digits at the cursor.
        mutating func hexQuad() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
                index += 1
            }
            return value
        }
    }
}

/// Finds the `"id"` of a JSON line without decoding the rest (the text is most of the line).
extension JSONLineScanner {
    /// The string value of the top-level key `id`, if it has no escapes; `nil` when the line
    /// is anything less simple (the caller then parses it fully).
    static func topLevelID(in data: Data) -> String? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> String? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let quote = UInt8(ascii: "\"")
            let backslash = UInt8(ascii: "\\")
            var index = 0
            func skipSpace() {
                while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D {
                    index += 1
                }
            }
            /// The string starting at `index` (a quote); `escaped` if it holds a backslash.
            func string() -> (range: Range<Int>, escaped: Bool)? {
                guard index < bytes.count, bytes[index] == quote else { return nil }
                let start = index + 1
                var escaped = false
                index = start
                while index < bytes.count {
                    if bytes[index] == backslash {
                        escaped = true
                        index += 2
                        continue
                    }
                    if bytes[index] == quote {
                        index += 1
                        return (start..<(index - 1), escaped)
                    }
                    index += 1
                }
                return nil
            }
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
            index += 1
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                index += 1
                skipSpace()
                // Only string values are skipped here; anything else is left to the parser.
                guard let value = string() else { return nil }
                if !key.escaped, key.range.count == 2, bytes[key.range.lowerBound] == UInt8(ascii: "i"),
                    bytes[key.range.lowerBound + 1] == UInt8(ascii: "d")
                {
                    guard !value.escaped, !value.range.isEmpty else { return nil }
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[value.range]), as: UTF8.self)
                }
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return nil }
                index += 1
            }
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
                var stopped = false
                try LineReader.forEachLine(ofStream: input) { line, name, number in
                    stopped = try !body(.line(line, file: name, number: number))
                    return !stopped
                }
                if stopped { return }
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), !isDirectory.boolValue {
                guard try body(.file(path: input, name: URL(fileURLWithPath: input).lastPathComponent)) else { return }
                continue
            }
            let root = URL(fileURLWithPath: input).standardizedFileURL
            guard
                let walker = FileManager.default.enumerator(
                    at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            else { throw CLIError.input("\(input): cannot list") }
            var relativePaths: [String] = []
            let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
            for case let url as URL in walker where url.pathExtension == "txt" {
                let path = url.standardizedFileURL.path
                relativePaths.append(
                    path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : url.lastPathComponent)
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

    /// Calls `body` with each line of the stream `input` (a file, or `-` for standard
    /// input) that is not blank, the stream's name for messages (`<stdin>` for `-`) and
    /// the line's number; stops when `body` returns false.
    static func forEachLine(ofStream input: String, _ body: (Data, String, Int) throws -> Bool) throws {
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
            guard try body(line, name, number) else { return }
        }
    }

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
        let month = "(" + months.joined(separator: "|") + ")"
        let year = #"(19|20)\d\d\b"#
        let pattern = #"\b"# + month + #" \d{1,2},? "# + year + #"|\b\d{1,2} "# + month + ",? " + year
        guard let range = head.range(of: pattern, options: .regularExpression) else { return nil }
        return EvidenceDate.isoDay(String(head[range]), documentDate: nil)
    }
}
