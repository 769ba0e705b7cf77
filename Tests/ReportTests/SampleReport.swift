import Foundation
import GraphModel
import Report

/// A small, realistic graph of South Caucasus and Central Europe diplomacy, made by hand,
/// with the plain data a report needs: scores, communities and (optionally) a drawing.
enum SampleReport {
    static let documents = [
        "2024-06-17-baku-budapest.txt", "2024-07-03-ots-summit-shusha.txt",
        "2024-09-12-ankara-talks.txt", "2024-10-01-peace-talks.txt",
    ]

    static func evidence(_ document: Int, _ sentence: String, at start: Int, date: String? = nil) -> Evidence {
        Evidence(
            document: documents[document], sentence: sentence, start: start,
            end: start + sentence.unicodeScalars.count, date: date)
    }

    static func country(_ name: String, iso: String) -> Entity {
        Entity(kind: .country, name: name, attributes: ["iso": iso])
    }

    static func person(_ name: String, role: String, of affiliation: String, aliases: [String] = []) -> Entity {
        Entity(kind: .person, name: name, aliases: aliases, attributes: ["role": role, "affiliation": affiliation])
    }

    static func id(_ kind: EntityKind, _ name: String) -> EntityID { EntityID(kind: kind, name: name) }

    /// The graph: 6 countries, 8 persons, 3 organizations and 29 relations with evidence.
    static let graph: Graph = {
        var graph = Graph()
        let entities: [Entity] = [
            country("Azerbaijan", iso: "AZ"), country("Hungary", iso: "HU"), country("Türkiye", iso: "TR"),
            country("Armenia", iso: "AM"), country("Georgia", iso: "GE"), country("Kazakhstan", iso: "KZ"),
            person("Ilham Aliyev", role: "President", of: "Azerbaijan", aliases: ["Aliyev"]),
            person("Jeyhun Bayramov", role: "Foreign Minister", of: "Azerbaijan", aliases: ["Bayramov"]),
            person("Zakir Hasanov", role: "Defence Minister", of: "Azerbaijan", aliases: ["Hasanov"]),
            person("Péter Szijjártó", role: "Minister of Foreign Affairs and Trade", of: "Hungary",
                   aliases: ["Szijjarto", "Szijjártó"]),
            person("Hakan Fidan", role: "Foreign Minister", of: "Türkiye", aliases: ["Fidan"]),
            person("Yaşar Güler", role: "Defence Minister", of: "Türkiye", aliases: ["Güler"]),
            person("Ararat Mirzoyan", role: "Foreign Minister", of: "Armenia", aliases: ["Mirzoyan"]),
            person("Murat Nurtleu", role: "Foreign Minister", of: "Kazakhstan", aliases: ["Nurtleu"]),
            Entity(kind: .organization, name: "Organization of Turkic States", aliases: ["OTS"]),
            Entity(kind: .organization, name: "European Union", aliases: ["EU"]),
            Entity(kind: .organization, name: "NATO", aliases: ["North Atlantic Treaty Organization"]),
        ]
        for entity in entities { graph.add(entity) }
        let az = id(.country, "Azerbaijan"), hu = id(.country, "Hungary"), tr = id(.country, "Türkiye")
        let am = id(.country, "Armenia"), ge = id(.country, "Georgia"), kz = id(.country, "Kazakhstan")
        let aliyev = id(.person, "Ilham Aliyev"), bayramov = id(.person, "Jeyhun Bayramov")
        let hasanov = id(.person, "Zakir Hasanov"), szijjarto = id(.person, "Péter Szijjártó")
        let fidan = id(.person, "Hakan Fidan"), guler = id(.person, "Yaşar Güler")
        let mirzoyan = id(.person, "Ararat Mirzoyan"), nurtleu = id(.person, "Murat Nurtleu")
        let ots = id(.organization, "Organization of Turkic States")
        let eu = id(.organization, "European Union"), nato = id(.organization, "NATO")

        let relations: [Relation] = [
            Relation(kind: .affiliation, source: aliyev, target: az, evidence: [
                evidence(1, "President Ilham Aliyev of Azerbaijan opened the informal summit in Shusha.", at: 0)]),
            Relation(kind: .affiliation, source: bayramov, target: az, weight: 2, evidence: [
                evidence(0, "Azerbaijani Foreign Minister Jeyhun Bayramov received his Hungarian counterpart in Baku.", at: 0),
                evidence(3, "Foreign Minister Jeyhun Bayramov said the text of the agreement was almost agreed.", at: 210)]),
            Relation(kind: .affiliation, source: hasanov, target: az, evidence: [
                evidence(2, "Azerbaijan's Defence Minister Zakir Hasanov arrived in Ankara on Thursday.", at: 0)]),
            Relation(kind: .affiliation, source: szijjarto, target: hu, evidence: [
                evidence(0, "Hungarian Minister of Foreign Affairs and Trade Péter Szijjártó arrived in Baku on Monday.", at: 96)]),
            Relation(kind: .affiliation, source: fidan, target: tr, evidence: [
                evidence(2, "Turkish Foreign Minister Hakan Fidan hosted the delegation at the ministry.", at: 240)]),
            Relation(kind: .affiliation, source: guler, target: tr, evidence: [
                evidence(2, "Hasanov held talks with Turkish Defence Minister Yaşar Güler.", at: 77)]),
            Relation(kind: .affiliation, source: mirzoyan, target: am, evidence: [
                evidence(3, "Armenian Foreign Minister Ararat Mirzoyan met Bayramov in Almaty.", at: 0)]),
            Relation(kind: .affiliation, source: nurtleu, target: kz, evidence: [
                evidence(3, "The talks were hosted by Kazakh Foreign Minister Murat Nurtleu.", at: 66)]),
            Relation(kind: .membership, source: az, target: ots, evidence: [
                evidence(1, "Azerbaijan hosted the heads of state of the Organization of Turkic States.", at: 80)]),
            Relation(kind: .membership, source: tr, target: ots, evidence: [
                evidence(1, "Türkiye and Kazakhstan, both members of the OTS, sent their presidents.", at: 160)]),
            Relation(kind: .membership, source: kz, target: ots, evidence: [
                evidence(1, "Türkiye and Kazakhstan, both members of the OTS, sent their presidents.", at: 160)]),
            Relation(kind: .membership, source: hu, target: eu, evidence: [
                evidence(0, "Szijjártó said Hungary would keep arguing inside the European Union for Caspian gas.", at: 300)]),
            Relation(kind: .membership, source: hu, target: nato, evidence: [
                evidence(2, "Hungary and Türkiye, NATO allies, back the new transit route.", at: 410)]),
            Relation(kind: .membership, source: tr, target: nato, evidence: [
                evidence(2, "Hungary and Türkiye, NATO allies, back the new transit route.", at: 410)]),
            Relation(kind: .meeting, source: bayramov, target: szijjarto, weight: 2, attributes: ["date": "June 17"],
                     evidence: [
                evidence(0, "Bayramov and Szijjártó discussed gas supplies and the Southern Gas Corridor.", at: 180, date: "June 17"),
                evidence(1, "On the sidelines of the summit, Bayramov met Szijjártó again.", at: 420, date: "July 3")]),
            Relation(kind: .meeting, source: hasanov, target: guler, attributes: ["date": "September 12"], evidence: [
                evidence(2, "Hasanov held talks with Turkish Defence Minister Yaşar Güler.", at: 77, date: "September 12")]),
            Relation(kind: .meeting, source: bayramov, target: fidan, evidence: [
                evidence(2, "Fidan and Bayramov reviewed the preparations for the next trilateral meeting.", at: 320)]),
            Relation(kind: .meeting, source: bayramov, target: mirzoyan, weight: 3, attributes: ["date": "October 1"],
                     evidence: [
                evidence(3, "Armenian Foreign Minister Ararat Mirzoyan met Bayramov in Almaty.", at: 0, date: "October 1"),
                evidence(3, "Mirzoyan and Bayramov agreed to continue work on the delimitation of the border.", at: 140),
                evidence(3, "The two ministers met again the next morning without delegations.", at: 300, date: "October 2")]),
            Relation(kind: .meeting, source: bayramov, target: nurtleu, evidence: [
                evidence(3, "Nurtleu welcomed Bayramov and Mirzoyan to Almaty.", at: 400)]),
            Relation(kind: .meeting, source: aliyev, target: szijjarto, evidence: [
                evidence(0, "President Aliyev received Szijjártó at the end of the visit.", at: 500, date: "June 17")]),
            Relation(kind: .statement, source: szijjarto, target: az, attributes: ["tone": "positive"], evidence: [
                evidence(0, "Szijjártó called Azerbaijan a key partner in the diversification of Europe's energy supply.", at: 600)]),
            Relation(kind: .statement, source: mirzoyan, target: az, attributes: ["tone": "neutral"], evidence: [
                evidence(3, "Mirzoyan said Armenia was ready to sign the peace treaty with Azerbaijan.", at: 520)]),
            Relation(kind: .statement, source: fidan, target: am, attributes: ["tone": "positive"], evidence: [
                evidence(2, "Fidan said Türkiye supported normalisation between Armenia and Azerbaijan.", at: 520)]),
            Relation(kind: .statement, source: bayramov, target: eu, attributes: ["tone": "negative"], evidence: [
                evidence(3, "Bayramov criticised the European Union's monitoring mission.", at: 640)]),
            Relation(kind: .cooperation, source: az, target: hu, weight: 2, evidence: [
                evidence(0, "Azerbaijan and Hungary signed an agreement on gas supplies.", at: 700),
                evidence(0, "Azerbaijan and Hungary will build a joint solar power plant.", at: 780)]),
            Relation(kind: .cooperation, source: az, target: tr, weight: 2, evidence: [
                evidence(2, "Azerbaijan and Türkiye agreed to hold joint military exercises.", at: 600),
                evidence(1, "Azerbaijan and Türkiye will extend the Iğdır–Nakhchivan pipeline.", at: 500)]),
            Relation(kind: .cooperation, source: az, target: ge, evidence: [
                evidence(0, "Azerbaijan and Georgia are the transit countries of the corridor.", at: 860)]),
            Relation(kind: .cooperation, source: az, target: kz, evidence: [
                evidence(3, "Azerbaijan and Kazakhstan agreed to increase oil transit through Baku.", at: 700)]),
            Relation(kind: .cooperation, source: ge, target: hu, evidence: [
                evidence(0, "Georgia and Hungary joined the Black Sea cable project.", at: 900)]),
        ]
        for relation in relations { try! graph.add(relation) }
        return graph
    }()

    /// Degree (number of neighbours) of each entity.
    static func degree(of graph: Graph) -> [EntityID: Double] {
        Dictionary(uniqueKeysWithValues: graph.entities.map { ($0.id, Double(graph.neighbors(of: $0.id).count)) })
    }

    /// PageRank on the undirected, weighted projection (damping 0.85, 100 iterations):
    /// good enough for a fixture; the Analysis module has the real implementation.
    static func pagerank(of graph: Graph) -> [EntityID: Double] {
        let ids = graph.entities.map(\.id)
        var strength: [EntityID: Double] = [:]
        var links: [EntityID: [(EntityID, Double)]] = [:]
        for relation in graph.relations where relation.source != relation.target {
            links[relation.source, default: []].append((relation.target, relation.weight))
            links[relation.target, default: []].append((relation.source, relation.weight))
            strength[relation.source, default: 0] += relation.weight
            strength[relation.target, default: 0] += relation.weight
        }
        let n = Double(ids.count)
        var rank = Dictionary(uniqueKeysWithValues: ids.map { ($0, 1 / n) })
        for _ in 0..<100 {
            var next = Dictionary(uniqueKeysWithValues: ids.map { ($0, 0.15 / n) })
            for id in ids {
                for (other, weight) in links[id] ?? [] { next[other]! += 0.85 * rank[id]! * weight / strength[id]! }
            }
            rank = next
        }
        return rank
    }

    /// Newman's modularity of `communities` on the undirected, weighted projection.
    static func modularity(of graph: Graph, communities: [[EntityID]]) -> Double {
        var community: [EntityID: Int] = [:]
        for (index, members) in communities.enumerated() { for id in members { community[id] = index } }
        var inside = [Double](repeating: 0, count: communities.count)
        var degree = [Double](repeating: 0, count: communities.count)
        var total = 0.0
        for relation in graph.relations {
            guard let a = community[relation.source], let b = community[relation.target] else { continue }
            total += relation.weight
            degree[a] += relation.weight
            degree[b] += relation.weight
            if a == b { inside[a] += relation.weight }
        }
        return (0..<communities.count).reduce(0) { $0 + inside[$1] / total - pow(degree[$1] / (2 * total), 2) }
    }

    static let communities: [[EntityID]] = [
        [id(.country, "Azerbaijan"), id(.person, "Ilham Aliyev"), id(.person, "Jeyhun Bayramov"),
         id(.person, "Zakir Hasanov"), id(.country, "Kazakhstan"), id(.person, "Murat Nurtleu"),
         id(.country, "Armenia"), id(.person, "Ararat Mirzoyan")],
        [id(.country, "Hungary"), id(.person, "Péter Szijjártó"), id(.organization, "European Union"),
         id(.country, "Georgia"), id(.organization, "NATO")],
        [id(.country, "Türkiye"), id(.person, "Hakan Fidan"), id(.person, "Yaşar Güler"),
         id(.organization, "Organization of Turkic States")],
    ]

    /// The report input for the sample, with `svg` as its drawing.
    static func input(svg: String = "") -> ReportInput {
        ReportInput(
            title: "Diplomacy in the South Caucasus, 2024",
            graph: graph,
            svg: svg,
            measures: [
                MeasureColumn(name: "pagerank", values: pagerank(of: graph)),
                MeasureColumn(name: "degree", values: degree(of: graph)),
            ],
            communities: communities,
            modularity: modularity(of: graph, communities: communities),
            generated: "2026-11-29 10:00 UTC")
    }
}
