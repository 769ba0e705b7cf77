import Foundation
import GraphModel
import Testing
@testable import Report

/// Writes sample pages for `scripts/browser-test` when `RELGRAPH_REPORT_SAMPLE_DIR` is set:
/// `sample.html` (the hand-made sample with a Graphviz drawing), `sample-summary.md`, and
/// `hostile.html` (names and sentences that run `window.__pwned = 1` if they ever execute),
/// and `bare.html` (the sample without drawing, scores or communities).
///
/// It runs `dot -Tsvg` on DOT written here, so it is a generator, not a unit test: it is
/// skipped unless the variable is set.
private let sampleOutputDirectory = ProcessInfo.processInfo.environment["RELGRAPH_REPORT_SAMPLE_DIR"]

@Suite(.enabled(if: sampleOutputDirectory != nil, "set RELGRAPH_REPORT_SAMPLE_DIR to write sample pages"))
struct SamplePageGenerator {
    static let payload = "window.__pwned=1"

    /// A graph whose every text tries to run `payload`.
    static let hostileInput: ReportInput = {
        var graph = Graph()
        let person = Entity(
            kind: .person, name: "<script>\(payload)</script>",
            aliases: [#"" onmouseover="\#(payload)"#, "Mallory"],
            attributes: ["role": #"<img src=x onerror="\#(payload)">"#, "affiliation": "Normal Country"])
        let organization = Entity(kind: .organization, name: "</script><script>\(payload)</script>")
        let country = Entity(kind: .country, name: "Normal Country", aliases: [#"' onclick='\#(payload)"#])
        // Keys that would reach Object.prototype if the script used objects as maps.
        let prototype = Entity(id: "__proto__", kind: "constructor", name: "toString", aliases: ["hasOwnProperty"])
        for entity in [person, organization, country, prototype] { graph.add(entity) }
        let sentence = #"He said <img src=x onerror=\#(payload)> and </script><script>\#(payload)</script>"#
            + "\u{2028}<!-- next --> \" onmouseover=\"\(payload)."
        try! graph.add(Relation(
            kind: .statement, source: person.id, target: organization.id, attributes: ["tone": "<b>bold</b>"],
            evidence: [Evidence(document: "javascript:\(payload)", sentence: sentence, start: 0,
                                end: sentence.unicodeScalars.count, date: "<i>June</i>")]))
        try! graph.add(Relation(kind: .affiliation, source: person.id, target: country.id, evidence: [
            Evidence(document: "<svg onload=\(payload)>.txt", sentence: "Mallory of Normal Country.", start: 0, end: 26)]))
        try! graph.add(Relation(kind: .membership, source: country.id, target: organization.id))
        try! graph.add(Relation(kind: "__proto__", source: prototype.id, target: country.id, evidence: [
            Evidence(document: "constructor", sentence: "toString met valueOf.", start: 0, end: 21)]))
        return ReportInput(
            title: "<script>\(payload)</script> hostile report", graph: graph,
            measures: [MeasureColumn(name: "<img src=x onerror=\(payload)>", values: [person.id: 2, country.id: 1, prototype.id: 3])],
            communities: [graph.entities.map(\.id)], modularity: 0, generated: "<script>\(payload)</script>")
    }()

    /// DOT for `input`'s graph, styled the way relgraph draws graphs: shape and colour by
    /// entity kind, size by the first measure, colour and style by relation kind, width by weight.
    ///
    /// Like relgraph's DOTWriter, nodes and edges have tooltips (Graphviz then wraps their
    /// shapes in `<a xlink:title>`); with `clustersCountries`, each country sits in a
    /// cluster with its affiliated persons.
    static func dot(for input: ReportInput, clustersCountries: Bool = false) -> String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: " ") + "\""
        }
        // The colours and shapes of relgraph's DOTStyle.
        let nodeStyle: [EntityKind: String] = [
            .country: ##"shape=box, style="rounded,filled", fillcolor="#dbe9f6", color="#2b6cb0""##,
            .person: ##"shape=ellipse, style=filled, fillcolor="#fde9d9", color="#c05621""##,
            .organization: ##"shape=hexagon, style=filled, fillcolor="#e3f4e8", color="#2f855a""##,
        ]
        let edgeStyle: [RelationKind: String] = [
            .meeting: ##"color="#2b6cb0""##, .statement: ##"color="#c05621", style=dashed"##,
            .affiliation: ##"color="#718096", style=dotted"##, .membership: ##"color="#2f855a", style=dashed"##,
            .cooperation: ##"color="#6b46c1""##,
        ]
        let scores = input.measures.first?.values ?? [:]
        let top = scores.values.max() ?? 1
        var lines = [
            "digraph relgraph {",
            #"  layout=dot; outputorder=edgesfirst; fontname="Helvetica";"#,
            #"  node [fontname="Helvetica", fontsize=11];"#,
            #"  edge [fontname="Helvetica", arrowsize=0.7];"#,
        ]
        var clusters: [EntityID: [EntityID]] = [:]
        if clustersCountries {
            for relation in input.graph.relations where relation.kind == .affiliation
            && input.graph[relation.target]?.kind == .country {
                clusters[relation.target, default: [relation.target]].append(relation.source)
            }
        }
        let clustered = Set(clusters.values.joined())
        func node(_ entity: Entity) -> String {
            let fraction = (scores[entity.id] ?? 0) / top
            return "\(quoted(entity.id.rawValue)) [label=\(quoted(entity.name)), "
                + "tooltip=\(quoted("\(entity.name) (\(entity.kind))")), "
                + "\(nodeStyle[entity.kind] ?? "shape=ellipse"), width=\(String(format: "%.2f", 0.9 + 0.9 * fraction)), "
                + "fontsize=\(String(format: "%.1f", 11 + 7 * fraction))];"
        }
        for (country, members) in clusters.sorted(by: { $0.key < $1.key }) {
            lines.append("  subgraph \(quoted("cluster_" + country.rawValue)) {")
            lines.append("    label=\(quoted(input.graph[country]?.name ?? "")); style=\"rounded,dashed\"; color=\"#a0aec0\";")
            for id in members { if let entity = input.graph[id] { lines.append("    " + node(entity)) } }
            lines.append("  }")
        }
        for entity in input.graph.entities where !clustered.contains(entity.id) { lines.append("  " + node(entity)) }
        for relation in input.graph.relations {
            lines.append("  \(quoted(relation.source.rawValue)) -> \(quoted(relation.target.rawValue)) ["
                + "\(edgeStyle[relation.kind] ?? "color=gray"), penwidth=\(String(format: "%.1f", 0.8 + relation.weight)), "
                + "tooltip=\(quoted(relation.evidence.first?.sentence ?? relation.kind.rawValue))"
                + (relation.isDirected ? "" : ", dir=none") + "];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The SVG `dot` makes of `source`.
    static func render(_ source: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["dot", "-Tsvg"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(source.utf8))
        try input.fileHandleForWriting.close()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "dot failed")
        return String(decoding: svg, as: UTF8.self)
    }

    @Test func writeSamplePages() throws {
        let directory = URL(fileURLWithPath: try #require(sampleOutputDirectory), isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        func write(_ text: String, _ name: String) throws {
            try Data(text.utf8).write(to: directory.appendingPathComponent(name), options: .atomic)
        }
        let sampleDOT = Self.dot(for: SampleReport.input())
        let sample = SampleReport.input(svg: try Self.render(sampleDOT))
        try write(sampleDOT, "sample.dot")
        try write(try ReportPage.html(for: sample), "sample.html")
        try write(ReportSummary.markdown(for: sample), "sample-summary.md")
        try write(try ReportPage.html(for: ReportInput(
            title: "Bare sample", graph: SampleReport.graph, generated: sample.generated)), "bare.html")
        var hostile = Self.hostileInput
        hostile.svg = try Self.render(Self.dot(for: hostile, clustersCountries: true))
        try write(try ReportPage.html(for: hostile), "hostile.html")
    }
}
