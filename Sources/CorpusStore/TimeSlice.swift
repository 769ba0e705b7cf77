import GraphModel

/// The graph of one period of a corpus: the relations whose evidence falls in it.
public struct TimeSlice: Hashable, Sendable {
    /// The period's length.
    public var period: SlicePeriod
    /// A short label: the Monday's date for weeks, `YYYY-MM` for months, `YYYY` for years.
    public var label: String
    /// The first day of the period (ISO).
    public var start: String
    /// The first day after the period (ISO), so the period is `start ..< end`.
    public var end: String
    /// The merged graph of the evidence dated in the period; weights count that evidence.
    public var graph: Graph

    public init(period: SlicePeriod, label: String, start: String, end: String, graph: Graph) {
        self.period = period
        self.label = label
        self.start = start
        self.end = end
        self.graph = graph
    }
}
