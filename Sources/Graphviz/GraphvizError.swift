/// Errors raised by the Graphviz wrapper, carrying Graphviz's own message.
public enum GraphvizError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Graphviz could not parse the DOT text; `line` is 1-based when Graphviz gives it.
    case syntax(source: String, line: Int?, message: String)
    /// A `relgraph_*` data attribute written by `DOTWriter` holds a value that cannot be
    /// read back (hand-edited JSON, a weight that is not a number).
    case invalidData(source: String, object: String, message: String)
    /// The layout engine name is not one of `valid`; raised before any Graphviz call.
    case unknownEngine(String, valid: [String])
    /// The output format name is not one of `valid`; raised before any Graphviz call.
    case unknownFormat(String, valid: [String])
    /// Graphviz failed to lay out the graph with `engine`.
    case layout(engine: String, message: String)
    /// Graphviz failed to render the laid-out graph as `format`.
    case render(format: String, message: String)

    public var description: String {
        switch self {
        case .syntax(let source, let line?, let message): "\(source):\(line): \(message)"
        case .syntax(let source, nil, let message): "\(source): \(message)"
        case .invalidData(let source, let object, let message): "\(source): \(object): \(message)"
        case .unknownEngine(let name, let valid):
            "unknown layout engine '\(name)' (valid: \(valid.joined(separator: ", ")))"
        case .unknownFormat(let name, let valid):
            "unknown output format '\(name)' (valid: \(valid.joined(separator: ", ")))"
        case .layout(let engine, let message): "Graphviz \(engine) layout failed: \(message)"
        case .render(let format, let message): "Graphviz \(format) rendering failed: \(message)"
        }
    }
}
