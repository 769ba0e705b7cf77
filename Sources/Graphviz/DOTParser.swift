internal import CGraphviz

/// Parses DOT text with Graphviz's own parser (cgraph's `agmemread`), in process.
///
/// Any text Graphviz accepts is accepted; anything else fails with Graphviz's message.
public enum DOTParser {
    /// Parses the first graph in `text`.
    ///
    /// - Parameters:
    ///   - text: DOT source.
    ///   - source: the file name to put in errors (`-` for stdin).
    /// - Returns: the graph's nodes and edges in file order, with their attributes.
    /// - Throws: `GraphvizError.syntax` with Graphviz's message and the 1-based line.
    /// - Complexity: O(*n* + *m*) Graphviz work plus O((*n* + *m*) · *a*) to copy
    ///   *a* declared attributes per object; serialized with every other Graphviz call.
    public static func parse(_ text: String, source: String = "-") throws -> DOTDocument {
        try GraphvizLock.shared.run {
            let graph = try GraphvizGraph(parsing: text, source: source)
            return document(of: graph.pointer)
        }
    }

    /// Copies a parsed graph into a `DOTDocument`. Call under the lock.
    static func document(of graph: UnsafeMutablePointer<Agraph_t>) -> DOTDocument {
        let graphSymbols = symbols(of: graph, kind: AGRAPH)
        let nodeSymbols = symbols(of: graph, kind: AGNODE)
        let edgeSymbols = symbols(of: graph, kind: AGEDGE)
        var result = DOTDocument(
            // cgraph names anonymous graphs `%1`, `%2`…
            name: rg_name(graph).map { String(cString: $0) }.flatMap { $0.hasPrefix("%") ? "" : $0 } ?? "",
            isDirected: agisdirected(graph) != 0,
            isStrict: agisstrict(graph) != 0)
        (result.attributes, _) = values(of: UnsafeMutableRawPointer(graph), symbols: graphSymbols)

        var edges: [(sequence: UInt, edge: DOTDocument.Edge)] = []
        var node = agfstnode(graph)
        while let current = node {
            let (attributes, html) = values(of: UnsafeMutableRawPointer(current), symbols: nodeSymbols)
            result.nodes.append(DOTDocument.Node(name: name(of: current), attributes: attributes, htmlAttributes: html))
            var edge = agfstout(graph, current)
            while let out = edge {
                let (attributes, html) = values(of: UnsafeMutableRawPointer(out), symbols: edgeSymbols)
                edges.append(
                    (
                        rg_seq(UnsafeMutableRawPointer(out)),
                        DOTDocument.Edge(
                            tail: name(of: rg_tail(out)), head: name(of: rg_head(out)),
                            attributes: attributes, htmlAttributes: html)
                    ))
                edge = agnxtout(graph, out)
            }
            node = agnxtnode(graph, current)
        }
        // agfstnode walks nodes in creation order; out-edges are grouped by tail, so
        // sort edges by their sequence number to get file order back.
        result.edges = edges.sorted { $0.sequence < $1.sequence }.map(\.edge)
        return result
    }

    private static func name(of node: UnsafeMutablePointer<Agnode_t>?) -> String {
        guard let node, let name = rg_name(UnsafeMutableRawPointer(node)) else { return "" }
        return String(cString: name)
    }

    /// The attributes declared for objects of `kind` in `graph`.
    private static func symbols(
        of graph: UnsafeMutablePointer<Agraph_t>, kind: Int32
    ) -> [(name: String, symbol: UnsafeMutablePointer<Agsym_t>)] {
        var result: [(String, UnsafeMutablePointer<Agsym_t>)] = []
        var symbol = agnxtattr(graph, kind, nil)
        while let current = symbol {
            result.append((String(cString: rg_symbol_name(current)), current))
            symbol = agnxtattr(graph, kind, current)
        }
        return result
    }

    /// The non-empty attribute values of `object`, and which of them are HTML-like.
    private static func values(
        of object: UnsafeMutableRawPointer, symbols: [(name: String, symbol: UnsafeMutablePointer<Agsym_t>)]
    ) -> ([String: String], Set<String>) {
        var attributes: [String: String] = [:]
        var html = Set<String>()
        for (name, symbol) in symbols {
            guard let value = rg_xget(object, symbol), value.pointee != 0 else { continue }
            attributes[name] = String(cString: value)
            if rg_is_html(value) != 0 { html.insert(name) }
        }
        return (attributes, html)
    }
}
