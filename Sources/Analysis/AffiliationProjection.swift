import GraphModel

extension Graph {
    /// The relations of persons projected onto the countries or organizations they
    /// represent: "which countries meet, through their officials".
    ///
    /// A person represents the entities of `kinds` it has an `affiliation` relation
    /// to, or names in its `affiliation` attribute; an entity of `kinds` represents
    /// itself. Every relation of `relationKinds` (all but affiliation and membership
    /// when nil) between two entities becomes a relation of the same kind, weight
    /// and evidence between each pair of entities they represent (pairs of one entity
    /// with itself dropped); relations that land on the same pair unite, weights adding.
    ///
    /// - Parameters:
    ///   - kinds: The entity kinds to project onto (countries by default).
    ///   - relationKinds: The relation kinds to project.
    /// - Returns: A graph with every entity of `kinds` and the projected relations.
    /// - Complexity: O(*n* + *m* · *a*²) with *a* the most entities one person represents.
    /// - Paper: R. L. Breiger, "The duality of persons and groups", Social Forces
    ///   53(2), 1974 (projection of a two-mode network).
    public func projectingPersons(
        onto kinds: Set<EntityKind> = [.country], relationKinds: Set<RelationKind>? = nil
    ) -> Graph {
        var result = Graph()
        var byName: [String: EntityID] = [:]
        for entity in entities where kinds.contains(entity.kind) {
            result.add(entity)
            for name in entity.allNames { byName[NameFolding.fold(name)] = entity.id }
        }
        var represents: [EntityID: Set<EntityID>] = [:]
        for entity in entities {
            if kinds.contains(entity.kind) {
                represents[entity.id] = [entity.id]
            } else if let names = entity.attributes["affiliation"] {
                for name in names.split(separator: ";") {
                    let folded = NameFolding.fold(String(name))
                    if let id = byName[folded] { represents[entity.id, default: []].insert(id) }
                }
            }
        }
        let allRelations = relations
        for relation in allRelations where relation.kind == .affiliation {
            if let target = result[relation.target], kinds.contains(target.kind),
                self[relation.source].map({ !kinds.contains($0.kind) }) ?? false
            {
                represents[relation.source, default: []].insert(relation.target)
            }
        }
        let projected = relationKinds ?? Set(allRelations.map(\.kind)).subtracting([.affiliation, .membership])
        for relation in allRelations where projected.contains(relation.kind) {
            for a in (represents[relation.source] ?? []).sorted() {
                for b in (represents[relation.target] ?? []).sorted() where a != b {
                    let projectedRelation = Relation(
                        kind: relation.kind, source: a, target: b, isDirected: relation.isDirected,
                        weight: relation.weight, evidence: relation.evidence)
                    // Both ends were added above.
                    try! result.add(projectedRelation)
                }
            }
        }
        return result
    }
}
