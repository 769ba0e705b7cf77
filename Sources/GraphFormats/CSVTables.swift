/// A graph as two CSV tables: one row per node, one row per edge.
public struct CSVTables: Hashable, Sendable {
    /// The nodes table (`nodes.csv`), header first.
    public var nodes: String
    /// The edges table (`edges.csv`), header first.
    public var edges: String

    public init(nodes: String, edges: String) {
        self.nodes = nodes
        self.edges = edges
    }
}

/// The column layout of a pair of CSV tables (see `docs/csv.md`).
public enum CSVLayout: String, CaseIterable, Hashable, Sendable {
    /// For R, pandas and spreadsheets: `id,kind,name,aliases,role,…` and
    /// `source,target,kind,directed,weight,date,…`; formula-like cells are neutralised.
    case plain
    /// For Spark GraphFrames: vertices with `id`, edges with `src`, `dst` and `relationship`.
    case graphFrames = "graphframes"
    /// For `neo4j-admin database import`: `id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`.
    case neo4j
}
