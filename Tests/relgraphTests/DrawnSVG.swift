import Foundation

/// A Graphviz SVG as drawn by `relgraph render` or `report`, read for tests: each node
/// and edge group by its title (the entity id, or `source->target`).
struct DrawnSVG {
    /// The group of one node or edge: its title and its markup.
    struct Group {
        var title: String
        var markup: String
    }

    var nodes: [Group] = []
    var edges: [Group] = []

    init(_ text: String) {
        // Graphviz nests a group per tooltip link (`<g id="a_node1">`) in each node's group.
        var groups: [String] = []
        for part in text.components(separatedBy: "<g id=\"").dropFirst() {
            if part.hasPrefix("a_"), !groups.isEmpty { groups[groups.count - 1] += part } else { groups.append(part) }
        }
        for markup in groups {
            guard let open = markup.range(of: "<title>"), let close = markup.range(of: "</title>") else { continue }
            let title = Self.unescaped(String(markup[open.upperBound..<close.lowerBound]))
            if markup.contains("class=\"node\"") { nodes.append(Group(title: title, markup: markup)) }
            if markup.contains("class=\"edge\"") { edges.append(Group(title: title, markup: markup)) }
        }
    }

    init(contentsOf url: URL) throws {
        self.init(try String(contentsOf: url, encoding: .utf8))
    }

    /// The titles of the drawn entities (the legend left out).
    var entityTitles: Set<String> {
        Set(nodes.map(\.title).filter { !$0.hasPrefix("relgraph_legend") })
    }

    /// Whether a legend was drawn.
    var hasLegend: Bool { nodes.contains { $0.title.hasPrefix("relgraph_legend") } }

    private static func unescaped(_ text: String) -> String {
        var result = text
        for (entity, character) in [("&#45;", "-"), ("&gt;", ">"), ("&lt;", "<"), ("&quot;", "\""), ("&#39;", "'")] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return result.replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// Relationship graphs written as relgraph JSON for tests.
enum TestGraphs {
    /// One relation of a test graph.
    struct Link {
        var kind: String
        var source: String
        var target: String
        var weight: Double = 1
        var directed = false
    }

    /// `entities` (id → name; the kind is the id's prefix) and `links` as relgraph JSON
    /// in a new file of `directory`.
    static func write(
        entities: [String: String], links: [Link], aliases: [String: [String]] = [:],
        named name: String = "graph.json", in directory: URL
    ) throws -> URL {
        let entityObjects: [[String: Any]] = entities.keys.sorted().map { id in
            var object: [String: Any] = [
                "id": id, "kind": String(id.split(separator: "/")[0]), "name": entities[id]!,
            ]
            if let names = aliases[id] { object["aliases"] = names }
            return object
        }
        let relationObjects: [[String: Any]] = links.enumerated().map { number, link in
            [
                "kind": link.kind, "source": link.source, "target": link.target, "weight": link.weight,
                "directed": link.directed,
                "evidence": [
                    [
                        "document": "article-\(number).txt", "sentence": "Sentence \(number) about \(link.kind).",
                        "start": 0, "end": 20,
                    ]
                ],
            ]
        }
        let data = try JSONSerialization.data(
            withJSONObject: ["entities": entityObjects, "relations": relationObjects], options: [.sortedKeys])
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    /// A connected graph of `countries` countries, each with `personsPerCountry`
    /// persons affiliated to it, persons meeting across countries, countries
    /// cooperating in a ring; names of varied length, deterministic.
    static func diplomacy(countries: Int, personsPerCountry: Int, in directory: URL) throws -> URL {
        var entities: [String: String] = [:]
        var links: [Link] = []
        let stems = ["Aster", "Borealia", "Calvaria", "Dunmore", "Estemark", "Faloria", "Grantis", "Heliora",
                     "Istrovia", "Jarvonia", "Kestrel Islands", "Lunaria"]
        let given = ["Ana", "Boris", "Clementine", "Dario", "Evelyn", "Fyodor", "Gustavo", "Hanne"]
        let family = ["Ash", "Bergström", "Castellanos-Ruiz", "Dahl", "Echeverría", "Fontaine", "Grünewald"]
        var persons: [String] = []
        for c in 0..<countries {
            let country = "country/c\(c)"
            entities[country] = stems[c % stems.count] + (c >= stems.count ? " \(c / stems.count + 1)" : "")
            links.append(Link(kind: "cooperation", source: country, target: "country/c\((c + 1) % countries)"))
            for p in 0..<personsPerCountry {
                let person = "person/p\(c)-\(p)"
                entities[person] = "\(given[(c + p) % given.count]) \(family[(c * 3 + p) % family.count])"
                links.append(Link(kind: "affiliation", source: person, target: country, directed: true))
                persons.append(person)
            }
        }
        for (i, person) in persons.enumerated() {
            let other = persons[(i * 7 + 3) % persons.count]
            if other != person {
                links.append(Link(kind: "meeting", source: min(person, other), target: max(person, other)))
            }
        }
        return try write(entities: entities, links: links, in: directory)
    }
}
