/// Errors raised by the analysis algorithms.
public enum AnalysisError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A weight the algorithm cannot use (negative for Dijkstra, NaN, infinite).
    case invalidWeight(source: String, target: String, weight: Double)

    public var description: String {
        switch self {
        case .invalidWeight(let source, let target, let weight):
            "invalid weight \(weight) on edge \(source) – \(target)"
        }
    }
}
