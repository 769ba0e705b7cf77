/// A Graphviz layout engine.
///
/// `dot` draws hierarchies and is the clearest on small graphs but grows fast: on this
/// project's measurements it took 54 s for 300 nodes and 600 edges (neato 0.46 s, sfdp
/// 0.13 s) and did not finish 2,000 nodes and 5,000 edges in 15 minutes. `suggested`
/// picks an engine by size.
public enum LayoutEngine: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// Hierarchical layers (Sugiyama); best for small graphs.
    case dot
    /// Spring model by stress majorization; good up to a few hundred nodes.
    case neato
    /// Spring model by force placement (Fruchterman–Reingold); draws clusters.
    ///
    /// With Graphviz 2.43 its result can differ between processes even with a seed:
    /// part of its work is ordered by memory address (reproducible with address
    /// randomization off). Use neato or sfdp where identical bytes matter.
    case fdp
    /// Multiscale force placement; for large graphs.
    case sfdp
    /// Circular layout of biconnected components.
    case circo
    /// Radial layout around a root node.
    case twopi

    public var description: String { rawValue }

    /// The engine named `name`.
    ///
    /// - Throws: `GraphvizError.unknownEngine` listing the valid names.
    public init(parsing name: String) throws {
        guard let engine = LayoutEngine(rawValue: name.lowercased()) else {
            throw GraphvizError.unknownEngine(name, valid: LayoutEngine.allCases.map(\.rawValue))
        }
        self = engine
    }

    /// The engine that draws a graph of this size well in reasonable time: `dot` up
    /// to 100 nodes and 250 edges, `neato` up to 500 nodes, `sfdp` beyond.
    public static func suggested(nodeCount: Int, edgeCount: Int) -> LayoutEngine {
        if nodeCount <= 100 && edgeCount <= 250 { return .dot }
        if nodeCount <= 500 && edgeCount <= 2_000 { return .neato }
        return .sfdp
    }

    /// Whether laying out a graph of this size would take minutes: `dot` beyond 200
    /// nodes or 400 edges (measured: 54 s at 300 nodes and 600 edges, growing faster
    /// than quadratically). The other engines have no limit here; `sfdp` took 0.13 s
    /// on the same graph.
    public func isTooSlow(nodeCount: Int, edgeCount: Int) -> Bool {
        switch self {
        case .dot: nodeCount > 200 || edgeCount > 400
        case .neato, .fdp, .sfdp, .circo, .twopi: false
        }
    }

    /// Graph attributes that suit the engine: the force-directed and radial engines
    /// remove node overlaps with `overlap=prism`; `dot` needs none.
    public var suggestedGraphAttributes: [String: String] {
        switch self {
        case .dot: [:]
        case .neato, .fdp, .sfdp, .twopi, .circo: ["overlap": "prism"]
        }
    }
}
