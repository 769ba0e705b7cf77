/// A DOT graph as Graphviz read it: names and attribute values, in file order.
///
/// Attribute values are the text Graphviz holds after parsing (quotes removed, `\"`
/// turned into `"`, other backslash sequences kept), including values that come from
/// `node [...]`/`edge [...]` defaults. Empty values are left out. HTML-like values
/// (`label=<...>`) keep their text without the outer angle brackets; `htmlAttributes`
/// names them.
public struct DOTDocument: Hashable, Sendable {
    /// A node and its attributes.
    public struct Node: Hashable, Sendable {
        /// The node's name (its DOT ID).
        public var name: String
        /// The node's attributes, by name.
        public var attributes: [String: String]
        /// The names of the attributes whose values were HTML-like strings.
        public var htmlAttributes: Set<String>

        public init(name: String, attributes: [String: String] = [:], htmlAttributes: Set<String> = []) {
            self.name = name
            self.attributes = attributes
            self.htmlAttributes = htmlAttributes
        }
    }

    /// An edge and its attributes.
    public struct Edge: Hashable, Sendable {
        /// The name of the tail node (where a directed edge starts).
        public var tail: String
        /// The name of the head node (where a directed edge ends).
        public var head: String
        /// The edge's attributes, by name.
        public var attributes: [String: String]
        /// The names of the attributes whose values were HTML-like strings.
        public var htmlAttributes: Set<String>

        public init(
            tail: String, head: String, attributes: [String: String] = [:], htmlAttributes: Set<String> = []
        ) {
            self.tail = tail
            self.head = head
            self.attributes = attributes
            self.htmlAttributes = htmlAttributes
        }
    }

    /// The graph's name (empty for an anonymous graph).
    public var name: String
    /// Whether the graph is a `digraph`.
    public var isDirected: Bool
    /// Whether the graph is `strict` (no multi-edges).
    public var isStrict: Bool
    /// The root graph's attributes.
    public var attributes: [String: String]
    /// Every node, subgraph members included, in the order the file introduces them.
    public var nodes: [Node]
    /// Every edge, in file order.
    public var edges: [Edge]

    public init(
        name: String, isDirected: Bool, isStrict: Bool, attributes: [String: String] = [:],
        nodes: [Node] = [], edges: [Edge] = []
    ) {
        self.name = name
        self.isDirected = isDirected
        self.isStrict = isStrict
        self.attributes = attributes
        self.nodes = nodes
        self.edges = edges
    }
}
