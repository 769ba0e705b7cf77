import GraphModel

/// Turns a document's analysis into a `Graph`: entities with ids, aliases, roles
/// and affiliations; relations with weights, evidence, dates, tones and CAMEO codes.
struct GraphBuilder {
    let doc: DocumentAnalysis

    func build() throws -> Graph {
        var graph = Graph()
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
        for index in 0..<entityCount {
            let entity = doc.entities[index]
            guard live[index] || (entity.kind == .country && entity.isNamedInside) else { continue }
            guard entity.kind != .country || entity.isConfirmed || named[index] else { continue }
            ids[index] = id(of: entity)
        }
        for index in 0..<entityCount {
            guard let id = ids[index] else { continue }
            let entity = doc.entities[index]
            var attributes: [String: String] = [:]
            if let iso = entity.iso { attributes["iso"] = iso }
            if !entity.role.isEmpty { attributes["role"] = entity.role.joined(separator: "; ") }
            let affiliations = entity.affiliations.compactMap { entityID(at: $0, in: ids) != nil ? doc.entities[$0].name : nil }
            if !affiliations.isEmpty { attributes["affiliation"] = affiliations.joined(separator: "; ") }
            var aliases = entity.aliases.filter { $0 != entity.name && !$0.isEmpty }
            if entity.kind == .person { aliases = aliases.filter(GraphBuilder.isShortName) }
            graph.add(Entity(id: id, kind: entity.kind.entityKind, name: entity.name, aliases: aliases, attributes: attributes))
        }
        // Affiliations, with the first sentence that names the person as evidence.
        for index in 0..<entityCount where doc.entities[index].kind == .person {
            guard let source = ids[index] else { continue }
            let first = firstMention[index]
            let sentence = first >= 0 ? Int(doc.sentenceOfToken[first]) : -1
            for a in doc.entities[index].affiliations {
                guard let target = entityID(at: a, in: ids), target != source else { continue }
                try graph.add(Relation(kind: .affiliation, source: source, target: target, evidence: evidence(sentence, date: nil)))
            }
        }
        // Mentions of one relation are gathered first: one relation per key, its weight the
        // number of mentions, its evidence every sentence (added once, not pairwise). The key
        // is made of small numbers: entities with equal ids share a number, so relations that
        // `Graph` would unite are grouped here too.
        let numbers = GraphBuilder.numbers(of: ids)
        var groups: [Relation] = []
        var groupOfKey: [GroupKey: Int] = [:]
        var kinds: [RelationKind] = []
        for found in doc.relations {
            guard var source = entityID(at: found.source, in: ids), var target = entityID(at: found.target, in: ids), source != target else { continue }
            var sourceNumber = numbers[found.source], targetNumber = numbers[found.target]
            // As `Relation.init` orders the ends of an undirected relation.
            let directed = found.kind.isDirectedByDefault
            if !directed && target < source {
                swap(&source, &target)
                swap(&sourceNumber, &targetNumber)
            }
            let kindNumber: Int
            if let known = kinds.firstIndex(of: found.kind) {
                kindNumber = known
            } else {
                kinds.append(found.kind)
                kindNumber = kinds.count - 1
            }
            let key = GroupKey(kind: kindNumber, source: sourceNumber, target: targetNumber, isDirected: directed)
            if let group = groupOfKey[key] {
                groups[group].weight += 1
                groups[group].evidence.append(contentsOf: evidence(found.sentence, date: found.date))
                // The first value of each attribute wins.
                if let date = found.date, groups[group].attributes["date"] == nil { groups[group].attributes["date"] = date }
                if let tone = found.tone, groups[group].attributes["tone"] == nil { groups[group].attributes["tone"] = tone }
                if !found.cameo.isEmpty, groups[group].attributes["cameo"] == nil { groups[group].attributes["cameo"] = found.cameo }
            } else {
                var attributes: [String: String] = [:]
                if let date = found.date { attributes["date"] = date }
                if let tone = found.tone { attributes["tone"] = tone }
                if !found.cameo.isEmpty { attributes["cameo"] = found.cameo }
                groupOfKey[key] = groups.count
                groups.append(Relation(
                    kind: found.kind, source: source, target: target, isDirected: directed, attributes: attributes,
                    evidence: evidence(found.sentence, date: found.date)))
            }
        }
        for var relation in groups {
            relation.evidence.sort()
            try graph.add(relation)
        }
        return graph
    }

    /// The id of entity `index`, if it has one (`nil` also for an index that names no entity).
    @inline(__always)
    private func entityID(at index: Int, in ids: [EntityID?]) -> EntityID? {
        index >= 0 && index < ids.count ? ids[index] : nil
    }

    /// A relation's identity in `build`: kind, ends and direction as small numbers.
    private struct GroupKey: Hashable {
        var kind: Int
        var source: Int
        var target: Int
        var isDirected: Bool
    }

    /// For each entity, a number shared by exactly the entities with an equal id (-1 for none).
    private static func numbers(of ids: [EntityID?]) -> [Int] {
        var numberOfID: [EntityID: Int] = [:]
        numberOfID.reserveCapacity(ids.count)
        var numbers = [Int](repeating: -1, count: ids.count)
        for (index, id) in ids.enumerated() {
            guard let id else { continue }
            if let existing = numberOfID[id] {
                numbers[index] = existing
            } else {
                numberOfID[id] = index
                numbers[index] = index
            }
        }
        return numbers
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

    private func evidence(_ s: Int, date: String?) -> [Evidence] {
        guard s >= 0, s < doc.sentences.count else { return [] }
        let sentence = doc.sentences[s]
        return [Evidence(document: doc.text.document, sentence: doc.sentenceText(s),
            start: sentence.start, end: sentence.end, date: date)]
    }
}
