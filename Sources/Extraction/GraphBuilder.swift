import GraphModel

/// Turns a document's analysis into a `Graph`: entities with ids, aliases, roles
/// and affiliations; relations with weights, evidence, dates, tones and CAMEO codes.
struct GraphBuilder {
    let doc: DocumentAnalysis

    /// The graph of the document, built directly in sorted form: entities are ordered by
    /// id and relations by key here, once, so that nothing is hashed by id or sorted again
    /// (`Graph(sortedEntities:sortedRelations:)`). The result equals adding every entity
    /// and relation to an empty `Graph` one by one.
    func build() throws -> Graph {
        let entityCount = doc.entities.count
        // Per-entity facts in arrays indexed by entity: no hashing of entity indices.
        var live = [Bool](repeating: false, count: entityCount)
        var named = [Bool](repeating: false, count: entityCount)
        var firstMention = [Int](repeating: -1, count: entityCount)
        for m in doc.mentions.indices {
            let entity = doc.mentions[m].entity
            guard entity >= 0 else { continue }
            live[entity] = true
            if doc.mentions[m].form != .capital { named[entity] = true }
            if firstMention[entity] < 0 { firstMention[entity] = doc.mentions[m].tokens.lowerBound }
        }
        var ids = [EntityID?](repeating: nil, count: entityCount)
        var withID: [Int] = []
        for index in 0..<entityCount {
            let entity = doc.entities[index]
            guard live[index] || (entity.kind == .country && entity.isNamedInside) else { continue }
            guard entity.kind != .country || entity.isConfirmed || named[index] else { continue }
            ids[index] = id(of: entity)
            withID.append(index)
        }
        // Entities in id order (document order among equal ids); each entity's rank is the
        // position of its id among the distinct ids, shared by entities with equal ids.
        withID.sort { a, b in
            let x = ids[a]!.rawValue, y = ids[b]!.rawValue
            return x != y ? x < y : a < b
        }
        var rank = [Int](repeating: -1, count: entityCount)
        var entities: [Entity] = []
        entities.reserveCapacity(withID.count)
        for index in withID {
            let id = ids[index]!
            let made = entity(index, id: id, ids: ids)
            if let last = entities.last, last.id == id {
                // As `Graph.add` unites two entities of one id, in document order.
                entities[entities.count - 1] = last.united(with: made)
            } else {
                entities.append(made)
            }
            rank[index] = entities.count - 1
        }

        // Mentions of one relation are gathered first: one relation per key, its weight the
        // number of mentions, its evidence every sentence. The key is made of small numbers
        // (ranks stand for ids), so relations that `Graph` would unite are grouped here.
        var groups: [Group] = []
        var groupOfKey: [GroupKey: Int] = [:]
        var kinds: [RelationKind] = []
        func add(_ kind: RelationKind, _ source: Int, _ target: Int, evidence: Evidence?, found: FoundRelation?) {
            var source = source, target = target
            // As `Relation.init` orders the ends of an undirected relation.
            let directed = kind.isDirectedByDefault
            if !directed && rank[target] < rank[source] { swap(&source, &target) }
            let kindNumber: Int
            if let known = kinds.firstIndex(of: kind) {
                kindNumber = known
            } else {
                kinds.append(kind)
                kindNumber = kinds.count - 1
            }
            let key = GroupKey(kind: kindNumber, source: rank[source], target: rank[target], isDirected: directed)
            let group: Int
            if let existing = groupOfKey[key] {
                group = existing
                groups[group].weight += 1
            } else {
                group = groups.count
                groupOfKey[key] = group
                groups.append(Group(key: key, kind: kind, source: source, target: target))
            }
            if let evidence { groups[group].evidence.append(evidence) }
            guard let found else { return }
            // The first value of each attribute wins.
            if let date = found.date, groups[group].attributes["date"] == nil { groups[group].attributes["date"] = date }
            if let tone = found.tone, groups[group].attributes["tone"] == nil { groups[group].attributes["tone"] = tone }
            if !found.cameo.isEmpty, groups[group].attributes["cameo"] == nil { groups[group].attributes["cameo"] = found.cameo }
        }
        // Affiliations, with the first sentence that names the person as evidence.
        for index in 0..<entityCount where doc.entities[index].kind == .person {
            guard let source = ids[index] else { continue }
            let first = firstMention[index]
            let sentence = first >= 0 ? Int(doc.sentenceOfToken[first]) : -1
            for a in doc.entities[index].affiliations {
                guard let target = entityID(at: a, in: ids), target != source else { continue }
                add(.affiliation, index, a, evidence: evidence(sentence, date: nil), found: nil)
            }
        }
        for found in doc.relations {
            guard let source = entityID(at: found.source, in: ids), let target = entityID(at: found.target, in: ids), source != target else { continue }
            add(found.kind, found.source, found.target, evidence: evidence(found.sentence, date: found.date), found: found)
        }
        // Relations in key order: source, target, kind, direction, as `Graph.relations`.
        let kindRank = kinds.map { kind in kinds.filter { $0 < kind }.count }
        groups.sort { a, b in
            if a.key.source != b.key.source { return a.key.source < b.key.source }
            if a.key.target != b.key.target { return a.key.target < b.key.target }
            if a.key.kind != b.key.kind { return kindRank[a.key.kind] < kindRank[b.key.kind] }
            return !a.key.isDirected && b.key.isDirected
        }
        var relations: [Relation] = []
        relations.reserveCapacity(groups.count)
        for index in groups.indices {
            if groups[index].evidence.count > 1 { groups[index].evidence.sort() }
            let group = groups[index]
            relations.append(Relation(
                kind: group.kind, orderedSource: ids[group.source]!, target: ids[group.target]!, isDirected: group.key.isDirected,
                weight: group.weight, attributes: group.attributes, sortedEvidence: group.evidence))
        }
        return Graph(sortedEntities: entities, sortedRelations: relations)
    }

    /// The graph entity of document entity `index`: id, aliases, role and affiliations.
    private func entity(_ index: Int, id: EntityID, ids: [EntityID?]) -> Entity {
        let entity = doc.entities[index]
        var attributes: [String: String] = [:]
        if let iso = entity.iso { attributes["iso"] = iso }
        if !entity.role.isEmpty { attributes["role"] = entity.role.joined(separator: "; ") }
        let affiliations = entity.affiliations.compactMap { entityID(at: $0, in: ids) != nil ? doc.entities[$0].name : nil }
        if !affiliations.isEmpty { attributes["affiliation"] = affiliations.joined(separator: "; ") }
        var aliases = entity.aliases.filter { $0 != entity.name && !$0.isEmpty }
        if entity.kind == .person { aliases = aliases.filter(GraphBuilder.isShortName) }
        // Sorted and distinct, as `Entity.init` leaves them.
        if aliases.count > 1 {
            aliases.sort()
            var kept = 1
            for k in 1..<aliases.count where aliases[k] != aliases[kept - 1] {
                aliases.swapAt(kept, k)
                kept += 1
            }
            aliases.removeLast(aliases.count - kept)
        }
        return Entity(id: id, kind: entity.kind.entityKind, name: entity.name, sortedAliases: aliases, attributes: attributes)
    }

    /// The mentions of one relation, gathered.
    private struct Group {
        var key: GroupKey
        var kind: RelationKind
        /// The entities at the ends, in the relation's order.
        var source: Int
        var target: Int
        var weight: Double = 1
        var attributes: [String: String] = [:]
        var evidence: [Evidence] = []
    }

    /// The id of entity `index`, if it has one (`nil` also for an index that names no entity).
    @inline(__always)
    private func entityID(at index: Int, in ids: [EntityID?]) -> EntityID? {
        index >= 0 && index < ids.count ? ids[index] : nil
    }

    /// A relation's identity in `build`: kind, ends (entity ranks) and direction as small numbers.
    private struct GroupKey: Hashable {
        var kind: Int
        var source: Int
        var target: Int
        var isDirected: Bool
    }

    /// Whether a person's alias is at most eight tokens long (longer ones are phrases, not names).
    /// A token holds at least one byte, so a name of at most eight bytes needs no tokenizing.
    private static func isShortName(_ alias: String) -> Bool {
        alias.utf8.count <= 8 || PhraseTrie<Int>.keys(alias).count <= 8
    }

    /// The id of an entity; gazetteer entries have theirs computed once at load.
    private func id(of entity: DocumentEntity) -> EntityID {
        if let index = entity.gazetteerIndex, entity.kind == .country, doc.gazetteer.countries[index].name == entity.name {
            return doc.gazetteer.countries[index].id
        }
        if let index = entity.gazetteerIndex, entity.kind == .organization, doc.gazetteer.organizations[index].name == entity.name {
            return doc.gazetteer.organizations[index].id
        }
        return GraphBuilder.id(kind: entity.kind.entityKind, name: entity.name)
    }

    /// `EntityID(kind:name:)`, computed directly for ASCII names (the common case), where
    /// folding is lowercasing and every run of other characters is one hyphen.
    static func id(kind: EntityKind, name: String) -> EntityID {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return EntityIDCache.shared.id(kind: kind, name: name) }
        var slug: [UInt8] = Array(kind.rawValue.utf8)
        slug.append(UInt8(ascii: "/"))
        let prefix = slug.count
        slug.reserveCapacity(prefix + name.utf8.count)
        var pendingHyphen = false
        for byte in name.utf8 {
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                if pendingHyphen && slug.count > prefix { slug.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                slug.append(lower)
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") {
                continue
            } else {
                pendingHyphen = true
            }
        }
        if slug.count == prefix { slug.append(contentsOf: "unnamed".utf8) }
        return EntityID(rawValue: String(decoding: slug, as: UTF8.self))
    }

    /// The evidence of sentence `s` (none for a sentence index outside the document).
    private func evidence(_ s: Int, date: String?) -> Evidence? {
        guard s >= 0, s < doc.sentences.count else { return nil }
        let sentence = doc.sentences[s]
        return Evidence(document: doc.text.document, sentence: doc.sentenceText(s),
            start: sentence.start, end: sentence.end, date: date)
    }
}
