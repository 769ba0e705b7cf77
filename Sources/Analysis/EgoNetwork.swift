import GraphModel

extension GraphIndex {
    /// The nodes within `radius` hops of `center` (itself included), as the nodes of
    /// `networkx.ego_graph`; in a directed view only along outgoing arcs.
    ///
    /// - Complexity: O(*n* + *m*) over the reached part.
    public func egoNetwork(of center: Node, radius: Int) -> [Node] {
        let scratch = SearchScratch(nodeCount: nodeCount)
        withAdjacency { outgoing, _ in
            scratch.breadthFirst(
                from: center, outgoing, countPaths: false, maxLevel: Int32(clamping: max(0, radius)))
        }
        return (0..<scratch.reached).map { scratch.order[$0] }.sorted()
    }
}

extension Graph {
    /// The ego network of `center`: the entities within `radius` hops and every
    /// relation among them (of `relationKinds`, all when nil).
    ///
    /// - Parameters:
    ///   - center: The entity at the centre.
    ///   - radius: How many hops out to go (0: the entity alone).
    ///   - directed: Whether to follow directed relations only forwards.
    ///   - relationKinds: The relation kinds to follow and keep.
    /// - Throws: `AnalysisError.unknownEntity` when `center` is not in the graph,
    ///   `AnalysisError.invalidParameter` for a negative radius.
    /// - Complexity: O(*n* log *n* + *m* log *m*) to index, then linear.
    public func egoNetwork(
        of center: EntityID, radius: Int, directed: Bool = false, relationKinds: Set<RelationKind>? = nil
    ) throws -> Graph {
        guard radius >= 0 else {
            throw AnalysisError.invalidParameter(name: "radius", value: "\(radius)", reason: "must be 0 or more")
        }
        let index = try GraphIndex(self, directed: directed, relationKinds: relationKinds)
        guard let node = index.node(center) else { throw AnalysisError.unknownEntity(center.rawValue) }
        let members = Set(index.egoNetwork(of: node, radius: radius).map { index.ids[Int($0)] })
        return filteringEntities { members.contains($0.id) }
            .filteringRelations { relationKinds?.contains($0.kind) ?? true }
    }
}
