/// The text of one article, validated and held as Unicode scalars.
///
/// Offsets everywhere in the extraction count Unicode scalars, the unit of
/// `Evidence.start`/`end`, so the text is stored as an array of scalars once.
struct ArticleText: Sendable {
    /// The article's name in evidence (its file name, or `-`).
    let document: String
    /// The text as scalars.
    let scalars: [Unicode.Scalar]

    /// Decodes `bytes` as UTF-8, rejecting invalid input.
    ///
    /// Invalid bytes are an error, not repaired: a silently repaired name would
    /// become a wrong entity id. A leading byte-order mark is dropped.
    ///
    /// - Throws: `ExtractionError.invalidUTF8` or `.binary`, naming the line of the
    ///   first bad byte.
    /// - Complexity: O(*n*) in the number of bytes.
    init(bytes: some Collection<UInt8>, document: String) throws {
        self.document = document
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var line = 1
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                if scalar.value == 0 { throw ExtractionError.binary(document: document, line: line) }
                scalars.append(scalar)
            case .emptyInput:
                break decoding
            case .error:
                throw ExtractionError.invalidUTF8(document: document, line: line)
            }
        }
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
    }

    /// Wraps text that is already a Swift string (and so already valid).
    init(text: String, document: String) {
        self.document = document
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
    }

    /// The text between two scalar offsets.
    func text(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
