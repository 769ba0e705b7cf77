import Foundation

/// One message Graphviz reported: an error or a warning, without its `Error: ` prefix.
struct GraphvizMessage: Hashable, Sendable {
    var isError: Bool
    var text: String

    init(isError: Bool, text: String) {
        self.isError = isError
        self.text = text
    }

    /// The 1-based line Graphviz names (`… in line 3 near 'x'`), if any.
    var line: Int? {
        guard let range = text.range(of: "in line ") else { return nil }
        let digits = text[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }
}
