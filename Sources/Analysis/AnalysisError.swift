/// Errors raised by the analysis algorithms.
public enum AnalysisError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A weight the algorithm cannot use (not positive, NaN, infinite).
    case invalidWeight(source: String, target: String, weight: Double)
    /// An edge names a node number past the end of the node list.
    case nodeOutOfRange(Int, nodeCount: Int)
    /// A power iteration did not converge within its iteration budget.
    case notConverged(measure: String, iterations: Int)
    /// A parameter is outside its domain (a negative radius, zero pivots, …).
    case invalidParameter(name: String, value: String, reason: String)
    /// A node id that the index does not contain.
    case unknownEntity(String)

    public var description: String {
        switch self {
        case .invalidWeight(let source, let target, let weight):
            "invalid weight \(weight) on edge \(source) – \(target) (weights must be positive and finite)"
        case .nodeOutOfRange(let node, let count):
            "edge names node \(node) but the graph has \(count) nodes"
        case .notConverged(let measure, let iterations):
            "\(measure) did not converge in \(iterations) iterations"
        case .invalidParameter(let name, let value, let reason):
            "invalid \(name) \(value): \(reason)"
        case .unknownEntity(let id):
            "no entity '\(id)' in the analysed graph"
        }
    }
}
