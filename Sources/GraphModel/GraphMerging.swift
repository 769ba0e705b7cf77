extension Graph {
    /// Adds every entity and relation of `other` to this graph.
    ///
    /// Entities unite by id (aliases united, attributes united), relations with
    /// the same key add their weights and concatenate their evidence. Merging is
    /// associative and commutative, so partial graphs from many documents or many
    /// machines can be merged in any order or tree.
    ///
    /// - Complexity: O(*n* + *m*) in the size of `other`, plus the alias and
    ///   evidence work of the entities and relations the two share.
    public mutating func merge(_ other: Graph) {
        for entity in other.entityTable.values { add(entity) }
        for relation in other.relationTable.values {
            // Every end of a relation of `other` is an entity of `other`, now added.
            try! add(relation)
        }
    }

    /// This graph merged with `other`.
    public func merging(_ other: Graph) -> Graph {
        var result = self
        result.merge(other)
        return result
    }

    /// All `graphs` merged into one.
    public static func merged(_ graphs: some Sequence<Graph>) -> Graph {
        var result = Graph()
        for graph in graphs { result.merge(graph) }
        return result
    }
}

extension Entity {
    /// This entity united with another of the same id.
    ///
    /// Every choice is symmetric so that uniting is commutative: the canonical name
    /// is the preferred of the two names (more letters with diacritics first, then
    /// longer, then smaller in code-point order), the other becomes an alias; an
    /// attribute present in both keeps the smaller value unless it is a list (`;`
    /// separated), which is united.
    func united(with other: Entity) -> Entity {
        var result = self
        let names = [name, other.name]
        let preferred = names.max { Entity.nameRank($0) < Entity.nameRank($1) }!
        result.name = preferred
        result.aliases = []
        result.addAliases(names + aliases + other.aliases)
        if kind != other.kind { result.kind = min(kind, other.kind) }
        for (key, value) in other.attributes {
            guard let mine = result.attributes[key], mine != value else {
                result.attributes[key] = value
                continue
            }
            if key == "affiliation" {
                let items = Set((mine + "; " + value).split(separator: ";").map {
                    $0.trimmingCharacters()
                })
                result.attributes[key] = items.sorted().joined(separator: "; ")
            } else {
                result.attributes[key] = min(mine, value)
            }
        }
        return result
    }

    private static func nameRank(_ name: String) -> (Int, Int, ReversedOrder) {
        let marked = name.unicodeScalars.filter { $0.value > 0x7F }.count
        return (marked, name.unicodeScalars.count, ReversedOrder(name))
    }
}

/// Compares strings in reverse so that `max` picks the smaller string on ties.
private struct ReversedOrder: Comparable {
    let value: String
    init(_ value: String) { self.value = value }
    static func < (lhs: ReversedOrder, rhs: ReversedOrder) -> Bool { lhs.value > rhs.value }
}

extension Relation {
    /// This relation united with another of the same key: weights add, evidence is
    /// merged in document order, attributes united as for entities.
    func united(with other: Relation) -> Relation {
        var result = self
        result.weight = weight + other.weight
        result.evidence = (evidence + other.evidence).sorted()
        for (key, value) in other.attributes {
            if let mine = result.attributes[key], mine != value {
                result.attributes[key] = min(mine, value)
            } else {
                result.attributes[key] = value
            }
        }
        return result
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
