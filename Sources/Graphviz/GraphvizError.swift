/// Errors raised by the Graphviz wrapper, carrying Graphviz's own message.
public enum GraphvizError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Graphviz could not parse the DOT text; `line` is 1-based when Graphviz gives it.
    case syntax(source: String, line: Int?, message: String)

    public var description: String {
        switch self {
        case .syntax(let source, let line?, let message): "\(source):\(line): \(message)"
        case .syntax(let source, nil, let message): "\(source): \(message)"
        }
    }
}
