import GraphModel

/// Answers "how is A connected to B" on a relationship graph: shortest paths,
/// all shortest paths and the k shortest simple paths, each hop with its relations.
public struct PathFinder: Sendable {
    /// The graph the paths run through.
    public let graph: Graph
    /// The index searched.
    public let index: GraphIndex
    /// How edge lengths are measured.
    public let length: EdgeLength
    /// The relation kinds the paths may use; all when nil.
    public let relationKinds: Set<RelationKind>?

    /// Prepares searches on `graph`.
    ///
    /// - Parameters:
    ///   - directed: Whether directed relations can only be followed forwards.
    ///   - length: Hops, weights, or inverse weights (strong ties short).
    ///   - relationKinds: The relation kinds a path may use (e.g. only meetings).
    /// - Throws: `AnalysisError.invalidWeight` for unusable weights.
    public init(
        _ graph: Graph, directed: Bool = false, length: EdgeLength = .hops,
        relationKinds: Set<RelationKind>? = nil
    ) throws {
        self.graph = graph
        self.length = length
        self.relationKinds = relationKinds
        self.index = try GraphIndex(
            graph, directed: directed, weighted: length != .hops, relationKinds: relationKinds)
    }

    /// A shortest path from `source` to `target`, or nil when there is none.
    ///
    /// - Throws: `AnalysisError.unknownEntity` when either id is not in the graph.
    public func shortestPath(from source: EntityID, to target: EntityID) throws -> Path? {
        let (s, t) = try nodes(source, target)
        return index.shortestPath(from: s, to: t, length: length).map { makePaths([$0])[0] }
    }

    /// Every shortest path from `source` to `target` (at most `limit`).
    public func allShortestPaths(from source: EntityID, to target: EntityID, limit: Int = 1000) throws -> [Path] {
        let (s, t) = try nodes(source, target)
        return makePaths(index.allShortestPaths(from: s, to: t, length: length, limit: limit))
    }

    /// The `k` shortest simple paths from `source` to `target`, shortest first (Yen 1971).
    public func shortestPaths(from source: EntityID, to target: EntityID, k: Int) throws -> [Path] {
        let (s, t) = try nodes(source, target)
        return makePaths(index.kShortestPaths(from: s, to: t, k: k, length: length))
    }

    private func nodes(_ source: EntityID, _ target: EntityID) throws -> (GraphIndex.Node, GraphIndex.Node) {
        guard let s = index.node(source) else { throw AnalysisError.unknownEntity(source.rawValue) }
        guard let t = index.node(target) else { throw AnalysisError.unknownEntity(target.rawValue) }
        return (s, t)
    }

    /// Paths with their relations, found in one pass over the graph's relations.
    private func makePaths(_ nodePaths: [[GraphIndex.Node]]) -> [Path] {
        struct Pair: Hashable {
            var a: EntityID, b: EntityID
        }
        var wanted = Set<Pair>()
        for path in nodePaths {
            for (u, v) in zip(path, path.dropFirst()) {
                wanted.insert(Pair(a: index.ids[Int(u)], b: index.ids[Int(v)]))
            }
        }
        var relationsOf: [Pair: [Relation]] = [:]
        for relation in graph.relations where relationKinds?.contains(relation.kind) ?? true {
            let forward = Pair(a: relation.source, b: relation.target)
            let backward = Pair(a: relation.target, b: relation.source)
            if wanted.contains(forward) { relationsOf[forward, default: []].append(relation) }
            if wanted.contains(backward) && (!index.isDirected || !relation.isDirected) {
                relationsOf[backward, default: []].append(relation)
            }
        }
        let lengths = index.arcLengths(length)?.outgoing
        return nodePaths.map { path in
            var total = 0.0
            var hops: [Path.Hop] = []
            for (u, v) in zip(path, path.dropFirst()) {
                total += lengths.map { $0[index.arcIndex(from: u, to: v)!] } ?? 1
                let pair = Pair(a: index.ids[Int(u)], b: index.ids[Int(v)])
                hops.append(Path.Hop(from: pair.a, to: pair.b, relations: relationsOf[pair] ?? []))
            }
            return Path(entities: path.map { index.ids[Int($0)] }, length: total, hops: hops)
        }
    }
}
