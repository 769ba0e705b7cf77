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

    /// Reads `name` from the bundled `Resources` folder.
    ///
    /// - Throws: `ExtractionError.resource` when the file is missing.
    static func load(_ name: String, hasHeader: Bool) throws -> ResourceTable {
        let base = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        let url = Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Resources")
            ?? Bundle.module.resourceURL?.appendingPathComponent("Resources").appendingPathComponent(name)
        guard let url, let data = try? Data(contentsOf: url) else {
            throw ExtractionError.resource(name: name, line: 0, message: "missing from the bundle")
        }
        return try parse(String(decoding: data, as: UTF8.self), name: name, hasHeader: hasHeader)
    }

    /// Parses table text.
    static func parse(_ text: String, name: String, hasHeader: Bool) throws -> ResourceTable {
        var table = ResourceTable(rows: [], lines: [], header: [])
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let cells = trimmed.split(separator: "\t", omittingEmptySubsequences: false).map(trimmingBlanks)
            if hasHeader && table.header.isEmpty {
                table.header = cells
                continue
            }
            table.rows.append(cells)
            table.lines.append(lineNumber)
        }
        return table
    }

    /// The cell of `row` in the column named `column` ("" when absent).
    func cell(_ row: [String], _ column: String) -> String {
        guard let index = header.firstIndex(of: column), index < row.count else { return "" }
        return row[index]
    }

    /// The `|`-separated items of a cell.
    static func list(_ cell: String) -> [String] {
        cell.split(separator: "|").map(trimmingBlanks).filter { !$0.isEmpty }
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
