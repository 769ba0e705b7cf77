import GraphModel

/// Everything `relgraph report` shows, as plain data: the graph, its drawing and its analysis.
///
/// The report stage takes already computed values so that it depends on no other stage:
/// the caller runs the analysis and the rendering and passes their results here.
public struct ReportInput: Sendable {
    /// The page's title, shown in its header and as the summary's heading.
    public var title: String
    /// The graph the report describes.
    public var graph: Graph
    /// The drawing of `graph` as SVG made by Graphviz from relgraph's DOT, or empty for none.
    ///
    /// Each node's `<title>` is its entity id and each edge's is `source->target`
    /// (or `source--target`), which is how the page links the drawing to the data.
    public var svg: String
    /// Scores of the entities, one column per measure (PageRank, betweenness, degree…).
    public var measures: [MeasureColumn]
    /// The communities, each a list of entity ids, in the order the page numbers them.
    public var communities: [[EntityID]]
    /// The modularity of `communities`, when known.
    public var modularity: Double?
    /// When the report was made, as the caller wants it printed; passed in so the
    /// same input always gives the same bytes.
    public var generated: String

    /// Creates the input of a report.
    public init(
        title: String,
        graph: Graph,
        svg: String = "",
        measures: [MeasureColumn] = [],
        communities: [[EntityID]] = [],
        modularity: Double? = nil,
        generated: String
    ) {
        self.title = title
        self.graph = graph
        self.svg = svg
        self.measures = measures
        self.communities = communities
        self.modularity = modularity
        self.generated = generated
    }
}
