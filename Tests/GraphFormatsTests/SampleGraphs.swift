import Foundation
import GraphModel

/// Graphs the format tests write and read back.
enum SampleGraphs {
    /// A small diplomacy graph with every awkward character a format must escape:
    /// unicode, quotes, `<>&`, newlines, tabs, commas, semicolons, a leading `=`.
    static var tricky: Graph {
        var graph = Graph()
        graph.add(Entity(kind: .country, name: "Côte d’Ivoire", aliases: ["Ivory Coast"], attributes: ["iso": "CI"]))
        graph.add(Entity(kind: .country, name: "Azerbaijan", attributes: ["iso": "AZ"]))
        graph.add(
            Entity(
                kind: .person, name: "Zakir \"Z\" Hasanov <&>", aliases: ["Hasanov", "王毅, \"the\" minister"],
                attributes: ["role": "Defence\nMinister", "affiliation": "Azerbaijan; NATO"]))
        graph.add(Entity(kind: .organization, name: "=HYPERLINK(\"x\")", aliases: ["+1", "-2", "@3"]))
        graph.add(Entity(kind: .organization, name: "NATO", attributes: ["kind": "reserved-name clash", "note": "tab\there"]))
        graph.add(Entity(kind: .person, name: "Two\nLines,\ttab and\r\nCRLF", attributes: ["role": " padded "]))
        let zakir = EntityID(kind: .person, name: "Zakir \"Z\" Hasanov <&>")
        let evidence = Evidence(
            document: "a<1>.txt", sentence: "He said: \"we meet\" —\nthen left & came back.", start: 10, end: 52,
            date: "June 17")
        try! graph.add(
            Relation(
                kind: .meeting, source: zakir, target: "country/cote-divoire", weight: 2.5,
                attributes: ["date": "June 17", "tone": "positive"],
                evidence: [evidence, Evidence(document: "b.txt", sentence: "Met again.", start: 0, end: 10)]))
        try! graph.add(Relation(kind: .affiliation, source: zakir, target: "country/azerbaijan"))
        try! graph.add(Relation(kind: .statement, source: zakir, target: "organization/nato", weight: -1))
        try! graph.add(Relation(kind: .meeting, source: "organization/nato", target: zakir))
        try! graph.add(Relation(kind: .membership, source: "country/azerbaijan", target: "organization/hyperlink-x", weight: 3))
        return graph
    }

    /// A graph with only nodes of kind `node` and undirected `link` relations, as
    /// an edge list reads.
    static var plain: Graph {
        var graph = Graph()
        for name in ["a", "b", "c", "Zürich"] { graph.add(Entity(id: EntityID(name), kind: .node, name: name)) }
        try! graph.add(Relation(kind: .link, source: "a", target: "b", weight: 2))
        try! graph.add(Relation(kind: .link, source: "b", target: "Zürich", weight: 0.5))
        try! graph.add(Relation(kind: .link, source: "c", target: "a"))
        return graph
    }

    /// `text` as UTF-8 data.
    static func data(_ text: String) -> Data { Data(text.utf8) }
}
