import Foundation
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
        // Per-entity facts in one array indexed by entity: no hashing of entity indices, and
        // one allocation for all of them.
        var facts = [EntityFacts](filling: EntityFacts(), count: entityCount)
        for m in doc.mentions.indices {
            let entity = doc.mentions[m].entity
            guard entity >= 0 else { continue }
            if doc.entities[entity].kind == .organization, !facts[entity].nameWritten, doc.text(doc.mentions[m].tokens) == doc.entities[entity].name { facts[entity].nameWritten = true }
            facts[entity].isLive = true
            if doc.mentions[m].form != .capital { facts[entity].isNamed = true }
            if facts[entity].firstMention < 0 { facts[entity].firstMention = doc.mentions[m].tokens.lowerBound }
        }
        var ids = [EntityID?](filling: nil, count: entityCount)
        // The entities with ids, with their ids' strings beside them: the sort below compares
        // them in place, where reading `ids[a]!` copied (retained and released) an id per look.
        var keyed: [(id: String, index: Int)] = []
        keyed.reserveCapacity(entityCount)
        let idCache = LocalEntityIDCache.current
        for index in 0..<entityCount {
            // Fields read in place (binding the entity would copy it).
            let kind = doc.entities[index].kind
            guard facts[index].isLive || (kind == .country && doc.entities[index].isNamedInside) else { continue }
            guard kind != .country || doc.entities[index].isConfirmed || facts[index].isNamed else { continue }
            let id = id(ofEntity: index, cache: idCache)
            ids[index] = id
            keyed.append((id.rawValue, index))
        }
        // Entities in id order (document order among equal ids); each entity's rank is the
        // position of its id among the distinct ids, shared by entities with equal ids.
        keyed.sort { a, b in a.id != b.id ? a.id < b.id : a.index < b.index }
        let attributesCache = AttributesCache.current
        var entities: [Entity] = []
        entities.reserveCapacity(keyed.count)
        for (_, index) in keyed {
            let id = ids[index]!
            let made = entity(index, id: id, ids: ids, nameWritten: facts[index].nameWritten, attributes: attributesCache.entities)
            // (The last entity's id compared in place: binding `entities.last` copied the entity.)
            if !entities.isEmpty, entities[entities.count - 1].id == id {
                // As `Graph.add` unites two entities of one id, in document order.
                entities[entities.count - 1] = entities[entities.count - 1].united(with: made)
            } else {
                entities.append(made)
            }
            facts[index].rank = entities.count - 1
        }

        // Every mention of a relation is a contribution; sorted by key (ranks stand for ids),
        // the contributions of one relation are adjacent and in key order, so grouping and
        // ordering the relations is one sort of small integers. A relation's weight is the
        // number of its mentions, its evidence every sentence, and the first value of each
        // attribute wins: as adding each mention to a `Graph` would give.
        var kinds: [RelationKind] = []
        var directedKinds: [Bool] = []
        kinds.reserveCapacity(8)
        directedKinds.reserveCapacity(8)
        func kindNumber(_ kind: RelationKind) -> Int {
            if let known = kinds.firstIndex(of: kind) { return known }
            kinds.append(kind)
            directedKinds.append(kind.isDirectedByDefault)
            return kinds.count - 1
        }
        var contributions: [Contribution] = []
        contributions.reserveCapacity(doc.relations.count + 8)
        func add(_ kind: Int, _ source: Int, _ target: Int, found: Int, sentence: Int) {
            var source = source, target = target
            // As `Relation.init` orders the ends of an undirected relation.
            let directed = directedKinds[kind]
            if !directed && facts[target].rank < facts[source].rank { swap(&source, &target) }
            contributions.append(Contribution(
                source: facts[source].rank, target: facts[target].rank, kind: kind, isDirected: directed, order: contributions.count,
                sourceEntity: source, targetEntity: target, found: found, sentence: sentence))
        }
        // Affiliations, with the first sentence that names the person as evidence.
        for index in 0..<entityCount where doc.entities[index].kind == .person {
            guard let source = ids[index] else { continue }
            let first = facts[index].firstMention
            let sentence = first >= 0 ? Int(doc.sentenceOfToken[first]) : -1
            for a in doc.entities[index].affiliations {
                guard let target = entityID(at: a, in: ids), target != source else { continue }
                add(kindNumber(.affiliation), index, a, found: -1, sentence: sentence)
            }
        }
        for f in doc.relations.indices {
            let sourceIndex = doc.relations[f].source, targetIndex = doc.relations[f].target
            guard let source = entityID(at: sourceIndex, in: ids), let target = entityID(at: targetIndex, in: ids), source != target else { continue }
            add(kindNumber(doc.relations[f].kind), sourceIndex, targetIndex, found: f, sentence: doc.relations[f].sentence)
        }
        // Relations in key order: source, target, kind, direction, as `Graph.relations`.
        // (Counted, not filtered into an array per kind.)
        let kindRank = kinds.map { kind in kinds.reduce(0) { $1 < kind ? $0 + 1 : $0 } }
        contributions.sort { a, b in
            if a.source != b.source { return a.source < b.source }
            if a.target != b.target { return a.target < b.target }
            if a.kind != b.kind { return kindRank[a.kind] < kindRank[b.kind] }
            if a.isDirected != b.isDirected { return !a.isDirected }
            return a.order < b.order
        }
        var relations: [Relation] = []
        relations.reserveCapacity(contributions.count)
        let document = doc.text.document
        var first = 0
        while first < contributions.count {
            let head = contributions[first]
            var end = first + 1
            while end < contributions.count, contributions[end].hasSameKey(as: head) { end += 1 }
            var evidence: [Evidence] = []
            evidence.reserveCapacity(end - first)
            var date: String? = nil, tone: String? = nil, cameo: String? = nil
            for c in first..<end {
                let found = contributions[c].found
                let foundDate = found >= 0 ? doc.relations[found].date : nil
                // (Made in the append: an evidence made apart and appended was copied.)
                let s = contributions[c].sentence
                if s >= 0 && s < doc.sentences.count {
                    evidence.append(Evidence(document: document, sentence: doc.sentenceText(s), start: doc.sentences[s].start, end: doc.sentences[s].end, date: foundDate))
                }
                guard found >= 0 else { continue }
                if date == nil { date = foundDate }
                if tone == nil { tone = doc.relations[found].tone }
                if cameo == nil, !doc.relations[found].cameo.isEmpty { cameo = doc.relations[found].cameo }
            }
            if evidence.count > 1 { evidence.sort() }
            let attributes = attributesCache.relations.attributes(AttributesCache.Values(date, tone, cameo))
            relations.append(Relation(
                kind: kinds[head.kind], orderedSource: ids[head.sourceEntity]!, target: ids[head.targetEntity]!,
                isDirected: head.isDirected, weight: Double(end - first), attributes: attributes, sortedEvidence: evidence))
            first = end
        }
        return Graph(sortedEntities: entities, sortedRelations: relations)
    }

    /// The graph entity of document entity `index`: id, aliases, role and affiliations.
    ///
    /// An organization of the table is named as the article spells it when the article
    /// never writes the table's spelling ("Organization of Islamic Cooperation" for the
    /// table's "Organisation ..."): the canonical name is the article's form. Its id stays
    /// the table's, so articles with either spelling merge.
    private func entity(_ index: Int, id: EntityID, ids: [EntityID?], nameWritten: Bool, attributes cache: AttributesCache.Table) -> Entity {
        // Fields read in place: binding the entity would copy (retain) every string and array it holds.
        let kind = doc.entities[index].kind
        let entityName = doc.entities[index].name
        let written = doc.entities[index].aliases
        var name = entityName
        if kind == .organization, doc.entities[index].gazetteerIndex != nil, !nameWritten,
            let variant = written.first(where: { GraphBuilder.isSpellingVariant($0, of: entityName) })
        {
            name = variant
        }
        // The names of the affiliations with ids, "; "-joined (an array only for two or more).
        var affiliation: String? = nil
        var affiliations: [String] = []
        for a in doc.entities[index].affiliations where entityID(at: a, in: ids) != nil {
            if affiliation == nil {
                affiliation = doc.entities[a].name
            } else {
                if affiliations.isEmpty { affiliations.append(affiliation!) }
                affiliations.append(doc.entities[a].name)
            }
        }
        if !affiliations.isEmpty { affiliation = affiliations.joined(separator: "; ") }
        let attributes = cache.attributes(AttributesCache.Values(doc.entities[index].iso, GraphBuilder.joined(doc.entities[index].role), affiliation))
        // The aliases but the name, not empty (and for a person, short), in one pass.
        let isPerson = kind == .person
        var aliases: [String] = []
        if !written.isEmpty { aliases.reserveCapacity(written.count + 1) }
        for alias in written where alias != name && !alias.isEmpty && (!isPerson || GraphBuilder.isShortName(alias)) {
            aliases.append(alias)
        }
        if name != entityName && (!isPerson || GraphBuilder.isShortName(entityName)) { aliases.append(entityName) }
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
        return Entity(id: id, kind: kind.entityKind, name: name, sortedAliases: aliases, attributes: attributes)
    }

    /// The parts joined with "; ", nil for none (one part is itself: nothing to join).
    private static func joined(_ parts: [String]) -> String? {
        switch parts.count {
        case 0: return nil
        case 1: return parts[0]
        default: return parts.joined(separator: "; ")
        }
    }

    /// Whether `form` is `name` in the other English spelling: the same letters but for
    /// "s" and "z" ("Organisation", "Organization"), case aside.
    static func isSpellingVariant(_ form: String, of name: String) -> Bool {
        guard form != name, form.utf8.count == name.utf8.count else { return false }
        var differs = false
        for (a, b) in zip(form.utf8, name.utf8) {
            let x = a | 0x20, y = b | 0x20
            if a == b { continue }
            if x == y, x >= UInt8(ascii: "a"), x <= UInt8(ascii: "z") { continue }
            guard (x == UInt8(ascii: "s") || x == UInt8(ascii: "z")) && (y == UInt8(ascii: "s") || y == UInt8(ascii: "z")) else { return false }
            differs = true
        }
        return differs
    }

    /// The id of entity `index`, if it has one (`nil` also for an index that names no entity).
    @inline(__always)
    private func entityID(at index: Int, in ids: [EntityID?]) -> EntityID? {
        index >= 0 && index < ids.count ? ids[index] : nil
    }

    /// What the mentions tell of an entity, and its place among the graph's entities.
    private struct EntityFacts {
        /// Mentioned at all.
        var isLive = false
        /// Mentioned other than by its capital ("Moscow said").
        var isNamed = false
        /// An organization of the table whose canonical name the article writes as such.
        var nameWritten = false
        /// The first token of its first mention (-1: none).
        var firstMention = -1
        /// The position of its id among the graph's distinct ids (-1: no id).
        var rank = -1
    }

    /// One mention of a relation: its key (entity ranks, kind number, direction), where
    /// it was found, and the entities at its ends.
    private struct Contribution {
        var source: Int
        var target: Int
        var kind: Int
        var isDirected: Bool
        /// The order of the mention: affiliations first, then the detectors' relations.
        var order: Int
        var sourceEntity: Int
        var targetEntity: Int
        /// The index in `doc.relations`, or -1 for an affiliation.
        var found: Int
        var sentence: Int

        func hasSameKey(as other: Contribution) -> Bool {
            source == other.source && target == other.target && kind == other.kind && isDirected == other.isDirected
        }
    }

    /// Whether a person's alias is at most eight tokens long (longer ones are phrases, not names).
    ///
    /// Most aliases are settled without tokenizing: every token begins a run of letters and
    /// digits or is a mark that is neither (nor space), so the count of those bounds the count
    /// of tokens from above, and the count of space-separated chunks bounds it from below.
    static func isShortName(_ alias: String) -> Bool {
        if alias.utf8.count <= 8 { return true }
        var upper = 0, lower = 0
        var inRun = false, inChunk = false
        for scalar in alias.unicodeScalars {
            if Tokenizer.isSpace(scalar) || scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" {
                inRun = false
                inChunk = false
                continue
            }
            if !inChunk { lower += 1 }
            inChunk = true
            if Tokenizer.isWordScalar(scalar) {
                if !inRun { upper += 1 }
                inRun = true
            } else {
                upper += 1
                inRun = false
            }
        }
        if upper <= 8 { return true }
        if lower > 8 { return false }
        return PhraseTrie<Int>.keys(alias).count <= 8
    }

    /// The id of entity `e`; gazetteer entries have theirs computed once at load, other
    /// names' ids are remembered in `cache`.
    private func id(ofEntity e: Int, cache: LocalEntityIDCache) -> EntityID {
        let kind = doc.entities[e].kind
        if let index = doc.entities[e].gazetteerIndex, kind == .country, doc.gazetteer.countries[index].name == doc.entities[e].name {
            return doc.gazetteer.countries[index].id
        }
        if let index = doc.entities[e].gazetteerIndex, kind == .organization, doc.gazetteer.organizations[index].name == doc.entities[e].name {
            return doc.gazetteer.organizations[index].id
        }
        let name = doc.entities[e].name
        return cache.id(kind: kind.entityKind, name: name) { GraphBuilder.id(kind: kind.entityKind, name: name) }
    }

    /// `EntityID(kind:name:)`, computed directly for ASCII names (the common case), where
    /// folding is lowercasing and every run of other characters is one hyphen.
    static func id(kind: EntityKind, name: String) -> EntityID {
        // (The bytes in place: the UTF-8 view's iterator is far slower.)
        let isASCII = name.utf8.withContiguousStorageIfAvailable { !$0.contains { $0 >= 0x80 } } ?? name.utf8.allSatisfy { $0 < 0x80 }
        guard isASCII else { return EntityIDCache.shared.id(kind: kind, name: name) }
        // Written straight into the string's storage: at most the kind, "/" and one byte per
        // byte of the name (or "unnamed").
        var kindName = kind.rawValue
        var name = name
        let capacity = kindName.utf8.count + 1 + max(name.utf8.count, 7)
        let slug = kindName.withUTF8 { kindBytes in
            name.withUTF8 { nameBytes in
                String(unsafeUninitializedCapacity: capacity) { slug in
                    var n = 0
                    for byte in kindBytes { slug[n] = byte; n += 1 }
                    slug[n] = UInt8(ascii: "/")
                    n += 1
                    let prefix = n
                    var pendingHyphen = false
                    for byte in nameBytes {
                        let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
                        if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                            if pendingHyphen && n > prefix { slug[n] = UInt8(ascii: "-"); n += 1 }
                            pendingHyphen = false
                            slug[n] = lower
                            n += 1
                        } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") {
                            continue
                        } else {
                            pendingHyphen = true
                        }
                    }
                    if n == prefix {
                        for byte in "unnamed".utf8 { slug[n] = byte; n += 1 }
                    }
                    return n
                }
            }
        }
        return EntityID(rawValue: slug)
    }
}
