/// Errors raised while reading or writing graph files.
public enum GraphFormatError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The input is not valid in `format`; `line` is 1-based when known.
    case malformed(format: String, source: String, line: Int?, message: String)
    /// The format name or file extension is not one relgraph knows.
    case unknownFormat(String)
    /// The graph holds something `format` cannot store (a non-finite weight, a
    /// control character XML forbids, a tab in an edge-list id).
    case unrepresentable(format: String, message: String)

    public var description: String {
        switch self {
        case .malformed(let format, let source, let line?, let message):
            "\(source):\(line): invalid \(format): \(message)"
        case .malformed(let format, let source, nil, let message):
            "\(source): invalid \(format): \(message)"
        case .unknownFormat(let name):
            "unknown graph format '\(name)'"
        case .unrepresentable(let format, let message):
            "cannot write \(format): \(message)"
        }
    }
}
