import GraphModel
import Testing

/// A small deterministic generator (SplitMix64), so every run draws the same graphs.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct GraphMergingTests {
    /// A random graph over a small shared pool of names, so graphs drawn with
    /// different seeds overlap in ids, aliases, attributes, relations and evidence.
    ///
    /// Weights are small integers: floating-point addition is not associative in
    /// general, but it is exact (and so associative) on integers this small.
    static func randomGraph(seed: UInt64) -> Graph {
        var random = SplitMix64(seed: seed)
        let names = ["Armenia", "Azerbaijan", "Georgia", "Türkiye"]
        let spellings = ["Armenia": ["Armenia", "ARMENIA", "Arménia"], "Türkiye": ["Türkiye", "Turkiye", "Turkey"]]
        let aliases = ["AM", "AZ", "the Caucasus", "Tehran", "Ankara", "Moscow", "Kremlin"]
        let roles = ["President", "Minister", "Envoy"]
        let affiliations = ["NATO", "CSTO", "EU", "NATO; EU"]
        var graph = Graph()
        for name in names where Int.random(in: 0..<4, using: &random) > 0 {
            let spelling = spellings[name]?.randomElement(using: &random) ?? name
            var attributes: [String: String] = [:]
            if Bool.random(using: &random) { attributes["role"] = roles.randomElement(using: &random)! }
            if Bool.random(using: &random) { attributes["affiliation"] = affiliations.randomElement(using: &random)! }
            let kind: EntityKind = Int.random(in: 0..<5, using: &random) == 0 ? .organization : .country
            graph.add(
                Entity(
                    id: EntityID(kind: .country, name: name), kind: kind, name: spelling,
                    aliases: aliases.filter { _ in Int.random(in: 0..<3, using: &random) == 0 },
                    attributes: attributes))
        }
        let ids = graph.entities.map(\.id)
        guard !ids.isEmpty else { return graph }
        for _ in 0..<Int.random(in: 2...10, using: &random) {
            let kind = [RelationKind.meeting, .statement, .cooperation].randomElement(using: &random)!
            let source = ids.randomElement(using: &random)!, target = ids.randomElement(using: &random)!
            let evidence = (0..<Int.random(in: 0...2, using: &random)).map { _ in
                let start = Int.random(in: 0..<4, using: &random) * 10
                return Evidence(
                    document: ["a.txt", "b.txt"].randomElement(using: &random)!, sentence: "Sentence \(start).",
                    start: start, end: start + 9, date: Bool.random(using: &random) ? "May 1" : nil)
            }
            var attributes: [String: String] = [:]
            if Bool.random(using: &random) { attributes["tone"] = ["positive", "negative"].randomElement(using: &random)! }
            try! graph.add(
                Relation(
                    kind: kind, source: source, target: target, weight: Double(Int.random(in: 1...4, using: &random)),
                    attributes: attributes, evidence: evidence))
        }
        return graph
    }

    static let seeds: [UInt64] = Array(1...40)

    @Test(arguments: seeds)
    func mergeIsCommutative(seed: UInt64) {
        let a = Self.randomGraph(seed: seed), b = Self.randomGraph(seed: seed &* 7919)
        #expect(a.merging(b) == b.merging(a))
    }

    @Test(arguments: seeds)
    func mergeIsAssociative(seed: UInt64) {
        let a = Self.randomGraph(seed: seed), b = Self.randomGraph(seed: seed &+ 1000), c = Self.randomGraph(seed: seed &+ 2000)
        #expect(a.merging(b).merging(c) == a.merging(b.merging(c)))
        #expect(Graph.merged([a, b, c]) == Graph.merged([c, a, b]))
    }

    @Test(arguments: seeds)
    func emptyGraphIsTheIdentity(seed: UInt64) {
        let a = Self.randomGraph(seed: seed)
        #expect(a.merging(Graph()) == a)
        #expect(Graph().merging(a) == a)
    }

    @Test(arguments: seeds)
    func weightsAddAndEvidenceConcatenates(seed: UInt64) {
        let a = Self.randomGraph(seed: seed), b = Self.randomGraph(seed: seed &+ 500)
        let merged = a.merging(b)
        for relation in merged.relations {
            let left = a[relation.key], right = b[relation.key]
            #expect(relation.weight == (left?.weight ?? 0) + (right?.weight ?? 0))
            #expect(relation.evidence == ((left?.evidence ?? []) + (right?.evidence ?? [])).sorted())
        }
        #expect(merged.relationCount == Set(a.relations.map(\.key)).union(b.relations.map(\.key)).count)
        #expect(merged.entityCount == Set(a.entities.map(\.id)).union(b.entities.map(\.id)).count)
    }

    /// Guards the properties above against passing vacuously: the drawn graphs do share
    /// relations (so weights add) and entities spelled differently (so names unite).
    @Test func randomGraphsOverlap() {
        var sharedRelations = 0, respelled = 0
        for seed in Self.seeds {
            let a = Self.randomGraph(seed: seed), b = Self.randomGraph(seed: seed &+ 500)
            sharedRelations += a.relations.filter { b[$0.key] != nil }.count
            respelled += a.entities.filter { entity in b[entity.id].map { $0.name != entity.name } ?? false }.count
        }
        #expect(sharedRelations > 20)
        #expect(respelled > 5)
    }

    @Test func unitesNamesAliasesAndAffiliations() {
        var a = Graph(), b = Graph()
        a.add(Entity(id: "country/armenia", kind: .country, name: "Armenia", aliases: ["AM"], attributes: ["affiliation": "CSTO"]))
        b.add(Entity(id: "country/armenia", kind: .country, name: "Arménia", attributes: ["affiliation": "EU; CSTO"]))
        let merged = a.merging(b)
        let armenia = merged[EntityID("country/armenia")]
        #expect(armenia?.name == "Arménia")  // the spelling with diacritics wins
        #expect(armenia?.aliases == ["AM", "Armenia"])
        #expect(armenia?.attributes["affiliation"] == "CSTO; EU")
    }

    @Test func mergingAGraphWithItselfDoublesWeights() throws {
        let a = Self.randomGraph(seed: 3)
        let doubled = a.merging(a)
        #expect(doubled.relations.map(\.weight) == a.relations.map { $0.weight * 2 })
        #expect(doubled.entities == a.entities)
    }
}
