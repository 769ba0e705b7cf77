import GraphModel

/// Turns a document's analysis into a `Graph`: entities with ids, aliases, roles
/// and affiliations; relations with weights, evidence, dates, tones and CAMEO codes.
struct GraphBuilder {
    let doc: DocumentAnalysis

    func build() throws -> Graph {
        var graph = Graph()
        var ids: [Int: EntityID] = [:]
        var live = Set<Int>()
        for m in doc.mentions where m.entity >= 0 { live.insert(m.entity) }
        for (index, entity) in doc.entities.enumerated() {
            guard live.contains(index) || (entity.kind == .country && entity.isNamedInside) else { continue }
            guard entity.kind != .country || entity.isConfirmed || live.contains(index) && doc.mentions.contains(where: { $0.entity == index && $0.form != .capital }) else { continue }
            ids[index] = EntityID(kind: entity.kind, name: entity.name)
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
            let sentence = doc.mentions.first { $0.entity == index }.map { Int(doc.sentenceOfToken[$0.tokens.lowerBound]) } ?? -1
            for a in entity.affiliations {
                guard let target = ids[a], target != source else { continue }
                try graph.add(Relation(kind: .affiliation, source: source, target: target, evidence: evidence(sentence, date: nil)))
            }
        }
        for found in doc.relations {
            guard let source = ids[found.source], let target = ids[found.target], source != target else { continue }
            var attributes: [String: String] = [:]
            if let date = found.date { attributes["date"] = date }
            if let tone = found.tone { attributes["tone"] = tone }
            if !found.cameo.isEmpty { attributes["cameo"] = found.cameo }
            try graph.add(Relation(kind: found.kind, source: source, target: target, attributes: attributes,
                evidence: evidence(found.sentence, date: found.date)))
        }
        return graph
    }

    private func evidence(_ s: Int, date: String?) -> [Evidence] {
        guard s >= 0, s < doc.sentences.count else { return [] }
        let sentence = doc.sentences[s]
        return [Evidence(document: doc.text.document, sentence: doc.text.text(sentence.start, sentence.end),
            start: sentence.start, end: sentence.end, date: date)]
    }
}
