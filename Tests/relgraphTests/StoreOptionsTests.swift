import Foundation
import Testing

/// `--store`, `--since`, `--until` and `--source` on every command that reads a graph.
///
/// The store holds the three fixture articles: Ankara (March, Harbour News Service:
/// Erdoğan–Aliyev), Baku (June, Meridian Wire: Bayramov–Braže) and Riga (July, Meridian
/// Wire: Braže–Budrys).
@Suite struct StoreOptionsTests {
    /// A folder holding `corpus.sqlite` with the three articles.
    private func store() throws -> URL {
        let folder = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(
            ["ingest", "-", "--store", "corpus.sqlite", "--quiet"], stdin: try StoreFixtures.jsonLines(), in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        return folder
    }

    /// The entity ids of a relgraph JSON graph.
    private func entityIDs(_ data: Data) throws -> Set<String> {
        let graph = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entities = try #require(graph["entities"] as? [[String: Any]])
        return Set(entities.compactMap { $0["id"] as? String })
    }

    /// The documents of the evidence sentences of a relgraph JSON graph.
    private func documents(_ data: Data) throws -> Set<String> {
        let graph = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let relations = try #require(graph["relations"] as? [[String: Any]])
        return Set(relations.flatMap { ($0["evidence"] as? [[String: Any]] ?? []).compactMap { $0["document"] as? String } })
    }

    @Test func analyzeFiltersByDateAndSource() throws {
        let folder = try store()
        let june = try CLIRunner.run(
            ["analyze", "--store", "corpus.sqlite", "--since", "2024-06", "--until", "2024-06", "--format", "csv"],
            in: folder)
        #expect(june.status == 0, "\(june.stderr)")
        #expect(june.stdoutText.contains("person/jeyhun-bayramov"))
        #expect(!june.stdoutText.contains("person/kestutis-budrys"))
        #expect(!june.stdoutText.contains("country/turkey"))
        // A store given where the graph goes takes the filters too.
        let harbour = try CLIRunner.run(
            ["analyze", "corpus.sqlite", "--source", "Harbour News Service", "--format", "csv"], in: folder)
        #expect(harbour.status == 0, "\(harbour.stderr)")
        #expect(harbour.stdoutText.contains("country/turkey"))
        #expect(!harbour.stdoutText.contains("person/baiba-braze"))
        let monthly = try CLIRunner.run(["analyze", "corpus.sqlite", "--every", "month"], in: folder)
        #expect(monthly.status == 0, "\(monthly.stderr)")
        #expect(monthly.stdoutText.hasPrefix("period,start,end,measure,entity,name,value\n"))
    }

    @Test func pathFindsItsWayOnlyThroughThePeriod() throws {
        let folder = try store()
        let whole = try CLIRunner.run(["path", "--store", "corpus.sqlite", "Bayramov", "Kęstutis Budrys"], in: folder)
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(whole.stdoutText.contains("Jeyhun Bayramov → Baiba Braže → Kęstutis Budrys"))
        // The store's graph is searched without evidence and each hop's sentences are read
        // from the store afterwards: the same output as the path on the exported graph.
        #expect(try CLIRunner.run(["convert", "corpus.sqlite", "-o", "whole.json"], in: folder).status == 0)
        let exported = try CLIRunner.run(["path", "whole.json", "Bayramov", "Kęstutis Budrys"], in: folder)
        #expect(exported.stdoutText == whole.stdoutText)
        #expect(whole.stdoutText.contains("baku: Azerbaijani Foreign Minister Jeyhun Bayramov met"))
        let json = try CLIRunner.run(
            ["path", "--store", "corpus.sqlite", "Bayramov", "Kęstutis Budrys", "--format", "json"], in: folder)
        let exportedJSON = try CLIRunner.run(
            ["path", "whole.json", "Bayramov", "Kęstutis Budrys", "--format", "json"], in: folder)
        #expect(json.stdout == exportedJSON.stdout)
        // Budrys met Braže in July: before July he is not in the graph.
        let june = try CLIRunner.run(
            ["path", "corpus.sqlite", "Bayramov", "Kęstutis Budrys", "--until", "2024-06"], in: folder)
        #expect(june.status == 1)
        #expect(june.stderr.contains("no entity named 'Kęstutis Budrys'"))
        let distances = try CLIRunner.run(
            ["path", "--store", "corpus.sqlite", "Latvia", "--since", "2024-07", "--format", "csv"], in: folder)
        #expect(distances.status == 0, "\(distances.stderr)")
        #expect(distances.stdoutText.contains("country/lithuania"))
        #expect(!distances.stdoutText.contains("country/azerbaijan"))
    }

    @Test func egoWritesThePeriodsNeighbourhood() throws {
        let folder = try store()
        let june = try CLIRunner.run(
            ["ego", "--store", "corpus.sqlite", "Latvia", "--since", "2024-06-01", "--until", "2024-06-30"], in: folder)
        #expect(june.status == 0, "\(june.stderr)")
        let ids = try entityIDs(june.stdout)
        #expect(ids.contains("person/jeyhun-bayramov"))
        #expect(!ids.contains("country/lithuania"))
        #expect(try documents(june.stdout) == ["baku"])
        let july = try CLIRunner.run(["ego", "corpus.sqlite", "Latvia", "--since", "2024-07"], in: folder)
        #expect(try entityIDs(july.stdout).contains("country/lithuania"))
        #expect(!(try entityIDs(july.stdout)).contains("person/jeyhun-bayramov"))
    }

    @Test func communitiesOfOneSource() throws {
        let folder = try store()
        let result = try CLIRunner.run(
            ["communities", "--store", "corpus.sqlite", "--source", "Meridian Wire", "--format", "csv"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("person/kestutis-budrys"))
        #expect(!result.stdoutText.contains("country/turkey"))
        let march = try CLIRunner.run(
            ["communities", "corpus.sqlite", "--until", "2024-03", "--format", "csv"], in: folder)
        #expect(march.status == 0, "\(march.stderr)")
        #expect(march.stdoutText.contains("country/turkey"))
        #expect(!march.stdoutText.contains("country/latvia"))
    }

    @Test func convertWritesThePeriodsGraph() throws {
        let folder = try store()
        let july = try CLIRunner.run(
            ["convert", "--store", "corpus.sqlite", "--since", "2024-07", "--to", "json", "-o", "-"], in: folder)
        #expect(july.status == 0, "\(july.stderr)")
        #expect(try documents(july.stdout) == ["riga"])
        #expect(!(try entityIDs(july.stdout)).contains("person/jeyhun-bayramov"))
        let converted = try CLIRunner.run(
            ["convert", "corpus.sqlite", "--source", "Harbour News Service", "-o", "harbour.graphml"], in: folder)
        #expect(converted.status == 0, "\(converted.stderr)")
        let graphML = try String(contentsOf: folder.appendingPathComponent("harbour.graphml"), encoding: .utf8)
        #expect(graphML.contains("country/turkey"))
        #expect(!graphML.contains("country/latvia"))
    }

    @Test func mergeFiltersTheStoreAndKeepsTheOtherGraphs() throws {
        let folder = try store()
        let extra = #"{"format": "relgraph-graph", "version": 1, "entities": [{"id": "country/peru", "kind": "country", "name": "Peru"}], "relations": []}"#
        try extra.write(to: folder.appendingPathComponent("extra.json"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(
            ["merge", "extra.json", "--store", "corpus.sqlite", "--until", "2024-03-31", "-o", "-"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let ids = try entityIDs(result.stdout)
        #expect(ids.contains("country/peru"))
        #expect(ids.contains("person/ilham-aliyev"))
        #expect(!ids.contains("person/baiba-braze"))
        #expect(try documents(result.stdout) == ["ankara"])
    }

    @Test func renderDrawsThePeriod() throws {
        let folder = try store()
        let result = try CLIRunner.run(
            ["render", "--store", "corpus.sqlite", "--since", "2024-06", "--until", "2024-06", "-o", "june.dot"],
            in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let dot = try String(contentsOf: folder.appendingPathComponent("june.dot"), encoding: .utf8)
        #expect(dot.contains("person/jeyhun-bayramov"))
        #expect(!dot.contains("person/kestutis-budrys"))
        let harbour = try CLIRunner.run(
            ["render", "corpus.sqlite", "--source", "Harbour News Service", "-o", "-", "--format", "dot"], in: folder)
        #expect(harbour.status == 0, "\(harbour.stderr)")
        #expect(harbour.stdoutText.contains("country/turkey"))
        #expect(!harbour.stdoutText.contains("country/latvia"))
    }

    @Test func theReportDrawsThePeriodAndSaysWhichItIs() throws {
        let folder = try store()
        let result = try CLIRunner.run(
            ["report", "--store", "corpus.sqlite", "--since", "2024-01", "--until", "2024-06", "-o", "h1", "--quiet"],
            in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let output = folder.appendingPathComponent("h1")
        let graph = try Data(contentsOf: output.appendingPathComponent("graph.json"))
        let ids = try entityIDs(graph)
        #expect(ids.contains("person/jeyhun-bayramov"))
        #expect(ids.contains("person/recep-tayyip-erdogan"))
        #expect(!ids.contains("person/kestutis-budrys"))
        #expect(!ids.contains("country/lithuania"))
        #expect(try documents(graph) == ["ankara", "baku"])
        let summary = try String(contentsOf: output.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(summary.hasPrefix("# Relationship graph of corpus.sqlite, evidence dated 2024-01-01 to 2024-06-30\n"))
        let svg = try String(contentsOf: output.appendingPathComponent("graph.svg"), encoding: .utf8)
        // Graphviz writes ids with "-" as "&#45;".
        #expect(svg.contains("person/jeyhun&#45;bayramov"))
        #expect(!svg.contains("kestutis"))
        let page = try String(contentsOf: output.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(page.contains("evidence dated 2024-01-01 to 2024-06-30"))

        let titled = try CLIRunner.run(
            ["report", "corpus.sqlite", "--source", "Meridian Wire", "--title", "Baltic", "-o", "baltic", "--quiet"],
            in: folder)
        #expect(titled.status == 0, "\(titled.stderr)")
        let baltic = try String(
            contentsOf: folder.appendingPathComponent("baltic/summary.md"), encoding: .utf8)
        #expect(baltic.hasPrefix("# Baltic, evidence from Meridian Wire\n"))
    }

    @Test func filtersWithoutAStoreAreAOneLineUsageError() throws {
        let folder = try store()
        let graph = #"{"format": "relgraph-graph", "version": 1, "entities": [{"id": "country/peru", "kind": "country", "name": "Peru"}], "relations": []}"#
        try graph.write(to: folder.appendingPathComponent("g.json"), atomically: true, encoding: .utf8)
        let commands: [[String]] = [
            ["analyze", "g.json", "--since", "2024"],
            ["path", "g.json", "Peru", "--until", "2024-06"],
            ["ego", "g.json", "Peru", "--source", "Reuters"],
            ["communities", "g.json", "--since", "2024-01-01"],
            ["convert", "g.json", "--source", "Reuters", "-o", "-"],
            ["merge", "g.json", "--since", "2024"],
            ["render", "g.json", "--until", "2024", "-o", "g.svg"],
            ["report", "g.json", "--since", "2024", "-o", "out", "--quiet"],
        ]
        for arguments in commands {
            let result = try CLIRunner.run(arguments, in: folder)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("--since, --until and --source need a corpus store"), "\(arguments)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func aGraphAndAStoreTogetherOrABadDateAreUsageErrors() throws {
        let folder = try store()
        for arguments in [
            ["communities", "g.json", "--store", "corpus.sqlite"],
            ["path", "g.json", "A", "B", "--store", "corpus.sqlite"],
            ["ego", "g.json", "A", "--store", "corpus.sqlite"],
            ["convert", "g.json", "--store", "corpus.sqlite"],
            ["render", "g.json", "--store", "corpus.sqlite", "-o", "g.svg"],
            ["evidence", "corpus.sqlite", "A", "B", "--store", "corpus.sqlite"],
            ["convert", "--store", "corpus.sqlite", "--since", "June"],
            ["path", "--store", "corpus.sqlite", "Latvia", "--until", "2024-13"],
        ] {
            #expect(try CLIRunner.run(arguments, in: folder).status == 2, "\(arguments)")
        }
        let missing = try CLIRunner.run(["communities", "--store", "nothing.sqlite"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nothing.sqlite: no such corpus store"))
    }
}
