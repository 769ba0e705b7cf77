import Foundation

/// A tab-separated resource table of the extraction, read from the module's bundle.
///
/// Lines starting with `#` are comments; the first non-comment line of a table
/// with a header names the columns. Lists inside a cell are `|`-separated.
struct ResourceTable: Sendable {
    /// The rows, as cells; `lines[i]` is the file line of `rows[i]`.
    var rows: [[String]]
    var lines: [Int]
    /// Column names, when the table has a header.
    var header: [String]

    /// Reads `name` from the bundled `Resources` folder (`ResourceFolder`).
    ///
    /// - Throws: `ExtractionError.resource` when the folder or the file is missing.
    static func load(_ name: String, hasHeader: Bool) throws -> ResourceTable {
        guard let folder = ResourceFolder.url else { throw ExtractionError.resourcesNotFound }
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else {
            throw ExtractionError.resource(name: name, line: 0, message: "missing from \(folder.path)")
        }
        return try parse(String(decoding: data, as: UTF8.self), name: name, hasHeader: hasHeader)
    }

    /// Parses table text.
    ///
    /// The text is read as UTF-8 bytes (as `split` over its characters reads it, far faster):
    /// a line ends at a line feed not preceded by a carriage return (a CR LF pair is one
    /// character, which a split on "\n" leaves whole), cells end at tabs, and a cell's blanks
    /// are trimmed here when it starts and ends with other ASCII characters. Whatever a byte
    /// cannot settle (a "#" or a cell's edge before a non-ASCII scalar, which a combining mark
    /// may join) is read as characters, as before.
    static func parse(_ text: String, name: String, hasHeader: Bool) throws -> ResourceTable {
        var table = ResourceTable(rows: [], lines: [], header: [])
        var text = text
        text.withUTF8 { bytes in
            let count = bytes.count
            var lineNumber = 0
            var lineStart = 0
            while true {
                var end = lineStart
                while end < count, bytes[end] != 0x0A || (end > 0 && bytes[end - 1] == 0x0D) { end += 1 }
                lineNumber += 1
                var lineEnd = end
                if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                if lineEnd > lineStart, !isComment(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])) {
                    var cells: [String] = []
                    var cellStart = lineStart
                    for k in lineStart...lineEnd where k == lineEnd || bytes[k] == 0x09 {
                        cells.append(cell(UnsafeBufferPointer(rebasing: bytes[cellStart..<k])))
                        cellStart = k + 1
                    }
                    if hasHeader && table.header.isEmpty {
                        table.header = cells
                    } else {
                        table.rows.append(cells)
                        table.lines.append(lineNumber)
                    }
                }
                if end >= count { break }
                lineStart = end + 1
            }
        }
        return table
    }

    /// Whether a line (not empty) starts with the character "#".
    private static func isComment(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line[0] == UInt8(ascii: "#") else { return false }
        if line.count == 1 || line[1] < 0x80 { return true }
        return String(decoding: line, as: UTF8.self).hasPrefix("#")
    }

    /// A cell's text without leading and trailing blanks (`trimmingBlanks`).
    private static func cell(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let first = bytes.first, let last = bytes.last else { return "" }
        if first < 0x80, last < 0x80, first != UInt8(ascii: " "), last != UInt8(ascii: " ") {
            return String(decoding: bytes, as: UTF8.self)
        }
        return trimmingBlanks(Substring(String(decoding: bytes, as: UTF8.self)))
    }

    /// The cell of `row` in the column named `column` ("" when absent).
    func cell(_ row: [String], _ column: String) -> String {
        guard let index = header.firstIndex(of: column), index < row.count else { return "" }
        return row[index]
    }

    /// The `|`-separated items of a cell.
    static func list(_ cell: String) -> [String] {
        // An ASCII cell splits at its "|" bytes (its characters are its bytes).
        if let items = cell.utf8.withContiguousStorageIfAvailable({ bytes -> [String]? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            var items: [String] = []
            var start = 0
            for k in 0...bytes.count where k == bytes.count || bytes[k] == UInt8(ascii: "|") {
                var from = start, to = k
                while from < to, bytes[from] == UInt8(ascii: " ") || bytes[from] == 0x09 { from += 1 }
                while to > from, bytes[to - 1] == UInt8(ascii: " ") || bytes[to - 1] == 0x09 { to -= 1 }
                if to > from { items.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)) }
                start = k + 1
            }
            return items
        }), let items {
            return items
        }
        return cell.split(separator: "|").map(trimmingBlanks).filter { !$0.isEmpty }
    }

    /// `text` without leading and trailing blanks (tabs and space separators), as
    /// Foundation's `trimmingCharacters(in: .whitespaces)` but without bridging, which
    /// dominated the extractor's start-up.
    static func trimmingBlanks(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isBlank(scalars[start]) { start = scalars.index(after: start) }
        while start < end {
            let last = scalars.index(before: end)
            guard isBlank(scalars[last]) else { break }
            end = last
        }
        return String(scalars[start..<end])
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
    }
}
