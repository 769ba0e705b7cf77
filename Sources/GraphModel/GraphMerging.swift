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
        if let lists = other.sortedLists {
            for entity in lists.entities { add(entity) }
            // Every end of a relation of `other` is an entity of `other`, now added.
            for relation in lists.relations { try! add(relation) }
            return
        }
        for entity in other.entityTable.values { add(entity) }
        for relation in other.relationTable.values { try! add(relation) }
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
    package func united(with other: Entity) -> Entity {
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
    package func united(with other: Relation) -> Relation {
        var result = self
        result.weight = weight + other.weight
        result.evidence = Relation.mergedEvidence(evidence, other.evidence)
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

extension Relation {
    /// `(a + b).sorted()`, in linear time when both lists are already sorted (the
    /// common case: every relation a graph holds has sorted evidence), so that
    /// merging many graphs that repeat a relation does not re-sort its evidence at
    /// every step.
    ///
    /// - Complexity: O(*a* + *b*) when both are sorted, else O((*a* + *b*) log(*a* + *b*)).
    static func mergedEvidence(_ a: [Evidence], _ b: [Evidence]) -> [Evidence] {
        if b.isEmpty, isSorted(a) { return a }
        if a.isEmpty, isSorted(b) { return b }
        guard isSorted(a), isSorted(b) else { return (a + b).sorted() }
        if let last = a.last, let first = b.first, !(first < last) { return a + b }
        var result: [Evidence] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        // Ties take `a` first, as a stable sort of `a + b` does.
        while i < a.count && j < b.count {
            if b[j] < a[i] {
                result.append(b[j])
                j += 1
            } else {
                result.append(a[i])
                i += 1
            }
        }
        result.append(contentsOf: a[i...])
        result.append(contentsOf: b[j...])
        return result
    }

    private static func isSorted(_ list: [Evidence]) -> Bool {
        var k = 1
        while k < list.count {
            if list[k] < list[k - 1] { return false }
            k += 1
        }
        return true
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
