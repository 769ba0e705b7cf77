import Foundation
import Testing

/// The selection options of `relgraph render` (shared with `report`): what is drawn,
/// read back from the SVG's node and edge titles.
@Suite struct GraphSelectionTests {
    static var fixture: String { RenderCommandTests.fixture }

    /// Renders the fixture (or `input`) with `options` and reads the SVG.
    static func draw(_ options: [String], input: String = fixture) throws -> DrawnSVG {
        let result = try CLIRunner.run(["render", input, "-o", "-", "--format", "svg"] + options)
        #expect(result.status == 0, "\(options): \(result.stderr)")
        return DrawnSVG(result.stdoutText)
    }

    static let persons: Set<String> = [
        "person/antony-blinken", "person/jens-stoltenberg", "person/peter-szijjarto", "person/tobias-billstrom",
        "person/ulf-kristersson", "person/viktor-orban",
    ]

    @Test func onlyKeepsEntityKinds() throws {
        #expect(try Self.draw(["--only", "person"]).entityTitles == Self.persons)
        let drawn = try Self.draw(["--only", "person, organization"])
        #expect(drawn.entityTitles == Self.persons.union(["organization/nato", "organization/hungarian-national-assembly"]))
        // The relations among the kept entities only: Blinken's two meetings, Kristersson–Orbán.
        #expect(drawn.edges.count == 4)
    }

    @Test func relationsKeepRelationKindsAndTheirEntities() throws {
        let drawn = try Self.draw(["--relations", "meeting"])
        #expect(
            drawn.entityTitles == [
                "person/antony-blinken", "person/tobias-billstrom", "person/ulf-kristersson", "person/viktor-orban",
            ])
        #expect(drawn.edges.count == 3)
        let two = try Self.draw(["--relations", "meeting,cooperation"])
        #expect(two.entityTitles.count == 7)
        #expect(two.edges.count == 5)
    }

    @Test func minWeightDropsLightRelations() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let graph = try TestGraphs.write(
            entities: ["country/a": "Avalon", "country/b": "Brigadoon", "country/c": "Camelot", "country/d": "Dorne"],
            links: [
                .init(kind: "meeting", source: "country/a", target: "country/b", weight: 3),
                .init(kind: "meeting", source: "country/b", target: "country/c", weight: 1),
                .init(kind: "cooperation", source: "country/c", target: "country/d", weight: 2),
            ], in: directory)
        #expect(try Self.draw(["--min-weight", "2"], input: graph.path).entityTitles
            == ["country/a", "country/b", "country/c", "country/d"])
        let heavy = try Self.draw(["--min-weight", "2.5"], input: graph.path)
        #expect(heavy.entityTitles == ["country/a", "country/b"])
        #expect(heavy.edges.map(\.title) == ["country/a->country/b"])
        let both = try Self.draw(["--min-weight", "2", "--relations", "cooperation"], input: graph.path)
        #expect(both.entityTitles == ["country/c", "country/d"])
    }

    @Test func egoKeepsTheNeighbourhood() throws {
        #expect(
            try Self.draw(["--ego", "Viktor Orban"]).entityTitles == [
                "person/viktor-orban", "person/ulf-kristersson", "country/hungary", "country/sweden",
            ])
        #expect(try Self.draw(["--ego", "orbán", "--radius", "0"]).entityTitles == ["person/viktor-orban"])
        let two = try Self.draw(["--ego", "person/viktor-orban", "--radius", "2"])
        #expect(two.entityTitles.count == 11)
        #expect(!two.entityTitles.contains("country/turkiye"))
    }

    @Test func topKeepsTheMostCentral() throws {
        #expect(
            try Self.draw(["--top", "3", "--top-by", "degree"]).entityTitles == [
                "country/sweden", "country/hungary", "organization/nato",
            ])
        let byPageRank = try Self.draw(["--top", "5", "--legend"])
        #expect(byPageRank.entityTitles.count == 5)
        #expect(byPageRank.entityTitles.contains("country/sweden"))
        #expect(byPageRank.hasLegend)
        // More than the graph has: everything.
        #expect(try Self.draw(["--top", "100"]).entityTitles.count == RenderCommandTests.entityCount)
    }

    @Test func highlightPathDrawsThePathBoldAndFadesTheRest() throws {
        let drawn = try Self.draw(["--highlight-path", "antony blinken", "Orbán"])
        #expect(drawn.entityTitles.count == RenderCommandTests.entityCount)
        let path: Set<String> = ["person/antony-blinken", "person/ulf-kristersson", "person/viktor-orban"]
        for node in drawn.nodes {
            // Bold: a 2.5-point border; faded: translucent fill.
            #expect(node.markup.contains("stroke-width=\"2.5\"") == path.contains(node.title), "\(node.title)")
            #expect(node.markup.contains("fill-opacity") == !path.contains(node.title), "\(node.title)")
        }
        let bold = drawn.edges.filter { $0.markup.contains("stroke-width=\"3\"") }.map(\.title).sorted()
        #expect(bold == ["person/antony-blinken->person/ulf-kristersson", "person/ulf-kristersson->person/viktor-orban"])
        #expect(drawn.edges.filter { !$0.markup.contains("stroke-opacity") }.count == 2)
    }

    @Test func highlightedPathSurvivesTop() throws {
        let drawn = try Self.draw(["--top", "2", "--top-by", "degree", "--highlight-path", "Blinken", "Orban"])
        #expect(
            drawn.entityTitles == [
                "country/sweden", "country/hungary", "person/antony-blinken", "person/ulf-kristersson",
                "person/viktor-orban",
            ])
    }

    @Test func unknownAndAmbiguousNamesAreInputErrors() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let unknown = try CLIRunner.run(["render", Self.fixture, "-o", "out.svg", "--ego", "Viktr Orbn"], in: directory)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no entity named 'Viktr Orbn'; did you mean: Viktor Orbán"))
        let path = try CLIRunner.run(
            ["render", Self.fixture, "-o", "out.svg", "--highlight-path", "Blinken", "Sweeden"], in: directory)
        #expect(path.status == 1)
        #expect(path.stderr.contains("did you mean: Sweden"))
        let graph = try TestGraphs.write(
            entities: ["person/a": "Lee", "person/b": "Lee", "country/c": "Camelot", "country/d": "Dorne"],
            links: [
                .init(kind: "meeting", source: "person/a", target: "person/b"),
                .init(kind: "cooperation", source: "country/c", target: "country/d"),
            ], in: directory)
        let ambiguous = try CLIRunner.run(["render", graph.path, "-o", "out.svg", "--ego", "lee"], in: directory)
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr == "relgraph: 'lee' is ambiguous: person/a, person/b; give an id\n")
        let noPath = try CLIRunner.run(
            ["render", graph.path, "-o", "out.svg", "--highlight-path", "person/a", "Camelot"], in: directory)
        #expect(noPath.status == 1)
        #expect(noPath.stderr.contains("no path from Lee to Camelot"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["graph.json"])
    }

    @Test func badSelectionsAreUsageErrors() throws {
        let cases: [[String]] = [
            ["--only", "persn"], ["--relations", "meetings"], ["--top", "0"], ["--top", "3", "--top-by", "fame"],
            ["--radius", "2"], ["--ego", "Sweden", "--radius", "-1"], ["--highlight-path", "Sweden"],
            ["--highlight-path", "Sweden", "Hungary", "NATO"],
        ]
        for options in cases {
            let result = try CLIRunner.run(["render", Self.fixture, "-o", "-"] + options)
            #expect(result.status == 2, "\(options): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let kinds = try CLIRunner.run(["render", Self.fixture, "-o", "-", "--only", "persn"])
        #expect(kinds.stderr == "relgraph: unknown kind 'persn' for --only (valid: country, person, organization)\n")
    }
}
