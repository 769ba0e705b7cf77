/// A relationship graph: entities keyed by id and relations keyed by kind and ends.
///
/// Adding an entity whose id is already present unites the two (aliases and
/// attributes); adding a relation that is already present adds its weight and
/// evidence. Iteration (`entities`, `relations`) is in sorted order, so output
/// built from a graph is byte-identical across runs.
///
/// A graph is held in one of two forms with the same meaning: tables keyed by id and
/// key (what every mutation works on), or, for a graph built whole and already sorted
/// (the graph of one article), the two sorted lists themselves, which cost nothing to
/// iterate and are searched by bisection. The first mutation turns the lists into tables.
public struct Graph: Hashable, Sendable {
    internal var entityTable: [EntityID: Entity] = [:]
    internal var relationTable: [RelationKey: Relation] = [:]
    /// The graph as sorted lists, when it was built that way and not changed since;
    /// the tables are then empty. nil when the tables hold the graph.
    internal var sortedLists: SortedLists? = nil

    /// Entities sorted by id, relations sorted by key, both without duplicates.
    internal struct SortedLists: Hashable, Sendable {
        var entities: [Entity]
        var relations: [Relation]
    }

    /// Creates an empty graph.
    public init() {}

    /// Creates a graph from entities and relations, uniting duplicates.
    ///
    /// - Throws: `GraphModelError.unknownEntity` when a relation names an id that
    ///   no entity has.
    public init(entities: some Sequence<Entity>, relations: some Sequence<Relation>) throws {
        for entity in entities { add(entity) }
        for relation in relations { try add(relation) }
    }

    /// Creates a graph from lists that are already what `entities` and `relations`
    /// would return: entities sorted by id with distinct ids, relations sorted by key
    /// (`Graph.precedes`) with distinct keys, each relation's ends among the entities.
    ///
    /// For builders that produce a whole graph at once (the extraction of one article):
    /// nothing is hashed or sorted again. The lists are not checked.
    ///
    /// - Complexity: O(1).
    package init(sortedEntities: [Entity], sortedRelations: [Relation]) {
        sortedLists = SortedLists(entities: sortedEntities, relations: sortedRelations)
    }

    /// Turns sorted lists into tables, before a mutation.
    @inline(__always)
    private mutating func makeTables() {
        guard let lists = sortedLists else { return }
        sortedLists = nil
        entityTable.reserveCapacity(lists.entities.count)
        for entity in lists.entities { entityTable[entity.id] = entity }
        relationTable.reserveCapacity(lists.relations.count)
        for relation in lists.relations { relationTable[relation.key] = relation }
    }

    /// The number of entities.
    public var entityCount: Int { sortedLists?.entities.count ?? entityTable.count }
    /// The number of relations.
    public var relationCount: Int { sortedLists?.relations.count ?? relationTable.count }
    /// Whether the graph has no entities.
    public var isEmpty: Bool { entityCount == 0 }

    /// The entities, sorted by id.
    ///
    /// - Complexity: O(*n* log *n*); O(1) for a graph built from sorted lists.
    public var entities: [Entity] {
        if let lists = sortedLists { return lists.entities }
        var list = Array(entityTable.values)
        list.sort { $0.id.rawValue < $1.id.rawValue }
        return list
    }

    /// The relations, sorted by source, target and kind.
    ///
    /// - Complexity: O(*m* log *m*); O(1) for a graph built from sorted lists.
    public var relations: [Relation] {
        if let lists = sortedLists { return lists.relations }
        var list = Array(relationTable.values)
        list.sort(by: Graph.precedes)
        return list
    }

    /// Whether relation `lhs` comes before `rhs` in `relations`: the order of their keys
    /// (`RelationKey.<`), compared field by field without making the keys.
    @inline(__always)
    package static func precedes(_ lhs: Relation, _ rhs: Relation) -> Bool {
        if lhs.source != rhs.source { return lhs.source < rhs.source }
        if lhs.target != rhs.target { return lhs.target < rhs.target }
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        return !lhs.isDirected && rhs.isDirected
    }

    /// The index of the entity with `id` in sorted `entities`, if present.
    private static func index(of id: EntityID, in entities: [Entity]) -> Int? {
        var low = 0, high = entities.count
        while low < high {
            let middle = (low + high) / 2
            if entities[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < entities.count && entities[low].id == id ? low : nil
    }

    /// The index of the relation with `key` in sorted `relations`, if present.
    private static func index(of key: RelationKey, in relations: [Relation]) -> Int? {
        var low = 0, high = relations.count
        while low < high {
            let middle = (low + high) / 2
            if relations[middle].key < key { low = middle + 1 } else { high = middle }
        }
        return low < relations.count && relations[low].key == key ? low : nil
    }

    public static func == (lhs: Graph, rhs: Graph) -> Bool {
        if lhs.sortedLists == nil && rhs.sortedLists == nil {
            return lhs.entityTable == rhs.entityTable && lhs.relationTable == rhs.relationTable
        }
        // Sorted lists without duplicates are equal exactly when the tables would be.
        return lhs.entities == rhs.entities && lhs.relations == rhs.relations
    }

    public func hash(into hasher: inout Hasher) {
        // The same in both forms: the sorted lists.
        hasher.combine(entities)
        hasher.combine(relations)
    }

    /// The entity with `id`, if present.
    public subscript(id: EntityID) -> Entity? {
        if let lists = sortedLists { return Graph.index(of: id, in: lists.entities).map { lists.entities[$0] } }
        return entityTable[id]
    }

    /// The relation with `key`, if present.
    public subscript(key: RelationKey) -> Relation? {
        if let lists = sortedLists { return Graph.index(of: key, in: lists.relations).map { lists.relations[$0] } }
        return relationTable[key]
    }

    /// Whether an entity with `id` is present.
    public func contains(_ id: EntityID) -> Bool {
        if let lists = sortedLists { return Graph.index(of: id, in: lists.entities) != nil }
        return entityTable[id] != nil
    }

    /// Adds `entity`, uniting it with an entity of the same id.
    ///
    /// - Complexity: O(*a*) in the number of aliases.
    public mutating func add(_ entity: Entity) {
        makeTables()
        if let existing = entityTable[entity.id] {
            entityTable[entity.id] = existing.united(with: entity)
        } else {
            entityTable[entity.id] = entity
        }
    }

    /// Adds `relation`, adding its weight and evidence to an equal relation.
    ///
    /// - Throws: `GraphModelError.unknownEntity` if either end is not in the graph.
    public mutating func add(_ relation: Relation) throws {
        makeTables()
        guard entityTable[relation.source] != nil else {
            throw GraphModelError.unknownEntity(relation.source, relation: relation.kind)
        }
        guard entityTable[relation.target] != nil else {
            throw GraphModelError.unknownEntity(relation.target, relation: relation.kind)
        }
        let key = relation.key
        if let existing = relationTable[key] {
            relationTable[key] = existing.united(with: relation)
        } else {
            relationTable[key] = relation
        }
    }

    /// Removes the entity with `id` and every relation that touches it.
    ///
    /// - Complexity: O(*m*).
    @discardableResult
    public mutating func removeEntity(_ id: EntityID) -> Entity? {
        makeTables()
        guard let removed = entityTable.removeValue(forKey: id) else { return nil }
        relationTable = relationTable.filter { $0.key.source != id && $0.key.target != id }
        return removed
    }

    /// Removes the relation with `key`.
    @discardableResult
    public mutating func removeRelation(_ key: RelationKey) -> Relation? {
        makeTables()
        return relationTable.removeValue(forKey: key)
    }

    /// The relations that touch `id`, sorted.
    ///
    /// - Complexity: O(*m*): the graph keeps no adjacency index; analysis builds one.
    public func relations(touching id: EntityID) -> [Relation] {
        if let lists = sortedLists { return lists.relations.filter { $0.source == id || $0.target == id } }
        var list = relationTable.values.filter { $0.source == id || $0.target == id }
        list.sort(by: Graph.precedes)
        return list
    }

    /// The ids of the entities joined to `id` by any relation, sorted.
    ///
    /// - Complexity: O(*m*).
    public func neighbors(of id: EntityID) -> [EntityID] {
        var result = Set<EntityID>()
        func visit(_ relation: Relation) {
            if relation.source == id && relation.target != id { result.insert(relation.target) }
            if relation.target == id && relation.source != id { result.insert(relation.source) }
        }
        if let lists = sortedLists {
            for relation in lists.relations { visit(relation) }
        } else {
            for relation in relationTable.values { visit(relation) }
        }
        return result.sorted()
    }

    /// The subgraph of the entities for which `isIncluded` is true, with the
    /// relations between them.
    public func filteringEntities(_ isIncluded: (Entity) throws -> Bool) rethrows -> Graph {
        if let lists = sortedLists {
            // Filtering sorted lists keeps them sorted.
            let entities = try lists.entities.filter(isIncluded)
            let kept = Set(entities.lazy.map(\.id))
            let relations = lists.relations.filter { kept.contains($0.source) && kept.contains($0.target) }
            return Graph(sortedEntities: entities, sortedRelations: relations)
        }
        var result = Graph()
        for entity in entityTable.values where try isIncluded(entity) {
            result.entityTable[entity.id] = entity
        }
        for (key, relation) in relationTable
        where result.entityTable[key.source] != nil && result.entityTable[key.target] != nil {
            result.relationTable[key] = relation
        }
        return result
    }

    /// The graph with only the relations for which `isIncluded` is true (all entities kept).
    public func filteringRelations(_ isIncluded: (Relation) throws -> Bool) rethrows -> Graph {
        var result = self
        if let lists = sortedLists {
            result.sortedLists = SortedLists(entities: lists.entities, relations: try lists.relations.filter(isIncluded))
        } else {
            result.relationTable = try relationTable.filter { try isIncluded($0.value) }
        }
        return result
    }

    /// Replaces the entity stored under `entity.id` (its relations are kept).
    ///
    /// - Throws: `GraphModelError.unknownEntity` if no entity has that id.
    public mutating func update(_ entity: Entity) throws {
        makeTables()
        guard entityTable[entity.id] != nil else {
            throw GraphModelError.unknownEntity(entity.id, relation: nil)
        }
        entityTable[entity.id] = entity
    }
}
