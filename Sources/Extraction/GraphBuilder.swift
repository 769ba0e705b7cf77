import GraphModel

/// Turns a document's analysis into a `Graph`: entities with ids, aliases, roles
/// and affiliations; relations with weights, evidence, dates, tones and CAMEO codes.
struct GraphBuilder {
    let doc: DocumentAnalysis

    func build() throws -> Graph {
        var graph = Graph()
        var ids: [Int: EntityID] = [:]
        var live = Set<Int>()
        var named = Set<Int>()
        var firstMention: [Int: Int] = [:]
        for m in doc.mentions where m.entity >= 0 {
            live.insert(m.entity)
            if m.form != .capital { named.insert(m.entity) }
            if firstMention[m.entity] == nil { firstMention[m.entity] = m.tokens.lowerBound }
        }
        for (index, entity) in doc.entities.enumerated() {
            guard live.contains(index) || (entity.kind == .country && entity.isNamedInside) else { continue }
            guard entity.kind != .country || entity.isConfirmed || named.contains(index) else { continue }
            ids[index] = id(of: entity)
        }
        for (index, id) in ids.sorted(by: { $0.key < $1.key }) {
            let entity = doc.entities[index]
            var attributes: [String: String] = [:]
            if let iso = entity.iso { attributes["iso"] = iso }
            if !entity.role.isEmpty { attributes["role"] = entity.role.joined(separator: "; ") }
            let affiliations = entity.affiliations.compactMap { ids[$0] != nil ? doc.entities[$0].name : nil }
            if !affiliations.isEmpty { attributes["affiliation"] = affiliations.joined(separator: "; ") }
            var aliases = entity.aliases.filter { $0 != entity.name && !$0.isEmpty }
            if entity.kind == .person { aliases = aliases.filter { PhraseTrie<Int>.keys($0).count <= 8 } }
            graph.add(Entity(id: id, kind: entity.kind, name: entity.name, aliases: aliases, attributes: attributes))
        }
        // Affiliations, with the first sentence that names the person as evidence.
        for (index, entity) in doc.entities.enumerated() where entity.kind == .person {
            guard let source = ids[index] else { continue }
            let sentence = firstMention[index].map { Int(doc.sentenceOfToken[$0]) } ?? -1
            for a in entity.affiliations {
                guard let target = ids[a], target != source else { continue }
                try graph.add(Relation(kind: .affiliation, source: source, target: target, evidence: evidence(sentence, date: nil)))
            }
        }
        // Mentions of one relation are gathered first: one relation per key, its weight the
        // number of mentions, its evidence every sentence (added once, not pairwise).
        var grouped: [RelationKey: Relation] = [:]
        var order: [RelationKey] = []
        for found in doc.relations {
            guard let source = ids[found.source], let target = ids[found.target], source != target else { continue }
            var attributes: [String: String] = [:]
            if let date = found.date { attributes["date"] = date }
            if let tone = found.tone { attributes["tone"] = tone }
            if !found.cameo.isEmpty { attributes["cameo"] = found.cameo }
            let relation = Relation(kind: found.kind, source: source, target: target, attributes: attributes)
            let key = relation.key
            if var existing = grouped[key] {
                existing.weight += 1
                existing.evidence.append(contentsOf: evidence(found.sentence, date: found.date))
                for (name, value) in attributes where existing.attributes[name] == nil { existing.attributes[name] = value }
                grouped[key] = existing
            } else {
                var first = relation
                first.evidence = evidence(found.sentence, date: found.date)
                grouped[key] = first
                order.append(key)
            }
        }
        for key in order {
            var relation = grouped[key]!
            relation.evidence.sort()
            try graph.add(relation)
        }
        return graph
    }

    /// The id of an entity; gazetteer entries have theirs computed once at load.
    private func id(of entity: DocumentEntity) -> EntityID {
        if let index = entity.gazetteerIndex, entity.kind == .country, doc.gazetteer.countries[index].name == entity.name {
            return doc.gazetteer.countries[index].id
        }
        if let index = entity.gazetteerIndex, entity.kind == .organization, doc.gazetteer.organizations[index].name == entity.name {
            return doc.gazetteer.organizations[index].id
        }
        return GraphBuilder.id(kind: entity.kind, name: entity.name)
    }

    /// `EntityID(kind:name:)`, computed directly for ASCII names (the common case), where
    /// folding is lowercasing and every run of other characters is one hyphen.
    static func id(kind: EntityKind, name: String) -> EntityID {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return EntityID(kind: kind, name: name) }
        var slug: [UInt8] = []
        slug.reserveCapacity(name.utf8.count)
        var pendingHyphen = false
        for byte in name.utf8 {
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                if pendingHyphen && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                slug.append(lower)
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") {
                continue
            } else {
                pendingHyphen = true
            }
        }
        let text = slug.isEmpty ? "unnamed" : String(decoding: slug, as: UTF8.self)
        return EntityID(rawValue: "\(kind.rawValue)/\(text)")
    }

    private func evidence(_ s: Int, date: String?) -> [Evidence] {
        guard s >= 0, s < doc.sentences.count else { return [] }
        let sentence = doc.sentences[s]
        return [Evidence(document: doc.text.document, sentence: doc.sentenceText(s),
            start: sentence.start, end: sentence.end, date: date)]
    }
}
