/// RFC 4180 fields: quoting on write, and records with their line numbers on read.
enum CSVCodec {
    /// `field` quoted if it holds a comma, quote or line break (quotes doubled).
    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One CSV line from `fields`, without the line break.
    static func line(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",")
    }

    /// A record and the 1-based line it starts on.
    struct Record {
        var fields: [String]
        var line: Int
    }

    /// A CSV text that cannot be split: an unterminated quote, or a stray quote.
    struct Failure: Error {
        var line: Int
        var message: String
    }

    /// Splits `text` into records (LF or CRLF line ends), skipping empty lines.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    static func records(_ text: String) throws(Failure) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quotedField = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        if pending == "\u{FEFF}" { pending = iterator.next() }  // byte order mark
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !quotedField) {
                records.append(Record(fields: fields, line: recordLine))
            }
            fields = []
            field = ""
            quotedField = false
        }
        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty && !quotedField else {
                    throw Failure(line: line, message: "a quote inside an unquoted field (quote the field and double the quote)")
                }
                inQuotes = true
                quotedField = true
            case ",":
                fields.append(field)
                field = ""
                quotedField = false
            case "\r" where pending == "\n":
                continue
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                if quotedField {
                    throw Failure(line: line, message: "text after the closing quote of a field")
                }
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw Failure(line: recordLine, message: "unterminated quoted field") }
        if !field.isEmpty || !fields.isEmpty || quotedField { endRecord() }
        return records
    }
}

/// Spreadsheet formula injection (CWE-1236): cells that Excel, LibreOffice or
/// Google Sheets would run as a formula get a leading `'`.
///
/// A cell is neutralised when it starts with `=`, `+`, `-`, `@`, a tab or a carriage
/// return, possibly after apostrophes; those apostrophe-led cells get one more `'`
/// too, so `restore` can undo exactly what `neutralize` did.
///
/// The test is on Unicode scalars, not characters: a spreadsheet sees the `=` of
/// `=\u{301}…` even though Swift groups it with the combining mark that follows.
enum FormulaGuard {
    private static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// Whether `cell` is (apostrophes then) a trigger scalar.
    private static func needsGuard(_ cell: Substring.UnicodeScalarView) -> Bool {
        guard let first = cell.drop(while: { $0 == "'" }).first else { return false }
        return triggers.contains(first)
    }

    static func neutralize(_ cell: String) -> String {
        needsGuard(cell[...].unicodeScalars) ? "'" + cell : cell
    }

    static func restore(_ cell: String) -> String {
        let scalars = cell[...].unicodeScalars
        guard scalars.first == "'", needsGuard(scalars.dropFirst()) else { return cell }
        return String(scalars.dropFirst())
    }
}
