import GraphModel

/// Writes a graph as a plain edge list: `source<TAB>target<TAB>weight` per relation.
///
/// Entity ids stand for the nodes; kinds, names, directions, attributes and
/// evidence are not kept (use GraphML or relgraph JSON for those), and entities
/// without relations are lost. A first `#` line names the columns.
public struct EdgeListWriter: Sendable {
    public init() {}

    /// The graph's relations as tab-separated lines, sorted.
    ///
    /// - Throws: `GraphFormatError.unrepresentable` for an id the format cannot hold
    ///   (a tab, line break or `#`, or spaces at either end) or a non-finite weight.
    /// - Complexity: O(*m* log *m*).
    public func write(_ graph: Graph) throws(GraphFormatError) -> String {
        try checkWeightsAreFinite(graph, format: "edge list")
        var out = "# source\ttarget\tweight\n"
        for relation in graph.relations {
            for id in [relation.source, relation.target] {
                let raw = id.rawValue
                if raw.isEmpty || raw.contains(where: { $0 == "\t" || $0 == "#" || $0.isNewline })
                    || raw.first!.isWhitespace || raw.last!.isWhitespace
                {
                    throw GraphFormatError.unrepresentable(
                        format: "edge list", message: "id \(raw.debugDescription) has a tab, line break, '#' or outer spaces")
                }
            }
            out += "\(relation.source.rawValue)\t\(relation.target.rawValue)\t\(JSONWriter.format(relation.weight))\n"
        }
        return out
    }
}
