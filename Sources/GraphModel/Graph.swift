/// A relationship graph: entities keyed by id and relations keyed by kind and ends.
///
/// Adding an entity whose id is already present unites the two (aliases and
/// attributes); adding a relation that is already present adds its weight and
/// evidence. Iteration (`entities`, `relations`) is in sorted order, so output
/// built from a graph is byte-identical across runs.
public struct Graph: Hashable, Sendable {
    internal var entityTable: [EntityID: Entity] = [:]
    internal var relationTable: [RelationKey: Relation] = [:]

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

    /// The number of entities.
    public var entityCount: Int { entityTable.count }
    /// The number of relations.
    public var relationCount: Int { relationTable.count }
    /// Whether the graph has no entities.
    public var isEmpty: Bool { entityTable.isEmpty }

    /// The entities, sorted by id.
    ///
    /// - Complexity: O(*n* log *n*).
    public var entities: [Entity] {
        entityTable.values.sorted { $0.id < $1.id }
    }

    /// The relations, sorted by source, target and kind.
    ///
    /// - Complexity: O(*m* log *m*).
    public var relations: [Relation] {
        relationTable.values.sorted { $0.key < $1.key }
    }

    /// The entity with `id`, if present.
    public subscript(id: EntityID) -> Entity? {
        entityTable[id]
    }

    /// The relation with `key`, if present.
    public subscript(key: RelationKey) -> Relation? {
        relationTable[key]
    }

    /// Whether an entity with `id` is present.
    public func contains(_ id: EntityID) -> Bool { entityTable[id] != nil }

    /// Adds `entity`, uniting it with an entity of the same id.
    ///
    /// - Complexity: O(*a*) in the number of aliases.
    public mutating func add(_ entity: Entity) {
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
        guard let removed = entityTable.removeValue(forKey: id) else { return nil }
        relationTable = relationTable.filter { $0.key.source != id && $0.key.target != id }
        return removed
    }

    /// Removes the relation with `key`.
    @discardableResult
    public mutating func removeRelation(_ key: RelationKey) -> Relation? {
        relationTable.removeValue(forKey: key)
    }

    /// The relations that touch `id`, sorted.
    ///
    /// - Complexity: O(*m*): the graph keeps no adjacency index; analysis builds one.
    public func relations(touching id: EntityID) -> [Relation] {
        relationTable.values.filter { $0.source == id || $0.target == id }.sorted { $0.key < $1.key }
    }

    /// The ids of the entities joined to `id` by any relation, sorted.
    ///
    /// - Complexity: O(*m*).
    public func neighbors(of id: EntityID) -> [EntityID] {
        var result = Set<EntityID>()
        for relation in relationTable.values {
            if relation.source == id && relation.target != id { result.insert(relation.target) }
            if relation.target == id && relation.source != id { result.insert(relation.source) }
        }
        return result.sorted()
    }

    /// The subgraph of the entities for which `isIncluded` is true, with the
    /// relations between them.
    public func filteringEntities(_ isIncluded: (Entity) throws -> Bool) rethrows -> Graph {
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
        result.relationTable = try relationTable.filter { try isIncluded($0.value) }
        return result
    }

    /// Replaces the entity stored under `entity.id` (its relations are kept).
    ///
    /// - Throws: `GraphModelError.unknownEntity` if no entity has that id.
    public mutating func update(_ entity: Entity) throws {
        guard entityTable[entity.id] != nil else {
            throw GraphModelError.unknownEntity(entity.id, relation: nil)
        }
        entityTable[entity.id] = entity
    }
}
