import GraphFormats
import GraphModel
import Graphviz

/// The layout `relgraph render` and `relgraph report` choose for a drawing: the engine,
/// its graph attributes and whether clusters are drawn.
///
/// Relationship graphs are not hierarchies, and `dot` grows fast (54 s for 300 nodes
/// and 600 edges here, neato 0.46 s, sfdp 0.13 s), so `dot` is used only for small
/// graphs (`LayoutEngine.suggested`). Labels never overlap: `dot` places nodes apart
/// by construction, and the other engines remove node overlaps (`overlap=prism`)
/// with a margin (`sep`) around every node, whose box holds its label.
struct RenderLayout {
    /// The layout engine.
    var engine: LayoutEngine
    /// The graph attributes for the engine.
    var graphAttributes: [String: String]
    /// The clustering to draw: only engines that draw clusters get one.
    var clusterBy: DOTWriter.Clustering?

    /// The engines that draw Graphviz clusters (neato, sfdp and the radial engines
    /// ignore them).
    static let clusteringEngines: Set<LayoutEngine> = [.dot, .fdp]

    /// Points kept free around each node by the overlap removal.
    static let nodeMargin = "+4"

    /// The layout for `graph`: `requested`, else the engine that suits its size.
    init(for graph: Graph, engine requested: LayoutEngine?, clusterBy: DOTWriter.Clustering?) {
        engine = requested ?? LayoutEngine.suggested(nodeCount: graph.entityCount, edgeCount: graph.relationCount)
        graphAttributes = engine.suggestedGraphAttributes
        if graphAttributes["overlap"] != nil { graphAttributes["sep"] = Self.nodeMargin }
        self.clusterBy = Self.clusteringEngines.contains(engine) ? clusterBy : nil
    }
}
