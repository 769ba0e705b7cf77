import Foundation
import Testing

@Suite struct AnalyzeCommandTests {
    @Test func tableRanksByTheFirstMeasure() throws {
        let result = try CLIRunner.run(["analyze", AnalysisFixtures.diplomacy, "--measure", "betweenness,degree"])
        #expect(result.status == 0)
        let lines = result.stdoutText.split(separator: "\n")
        #expect(lines[0] == "11 entities, 13 edges")
        #expect(lines[1].contains("betweenness") && lines[1].contains("degree"))
        #expect(lines[2].contains("Hakan Fidan") && lines[2].contains("0.362963"))
        #expect(lines.count == 12)  // summary, header, top 10
    }

    @Test func csvHasNetworkxBetweenness() throws {
        // networkx.betweenness_centrality(karate_club_graph())["0"] = 0.43763528138528146
        let result = try CLIRunner.run([
            "analyze", AnalysisFixtures.karate, "--measure", "betweenness,closeness", "--format", "csv",
        ])
        #expect(result.status == 0)
        let lines = result.stdoutText.split(separator: "\n")
        #expect(lines.count == 35)
        #expect(lines[0] == "id,name,kind,betweenness,closeness")
        let first = lines[1].split(separator: ",")
        #expect(first[0] == "node/0")
        #expect(abs(Double(first[3])! - 0.43763528138528146) < 1e-12)
        #expect(abs(Double(first[4])! - 0.5689655172413793) < 1e-12)
    }

    @Test func jsonWithTopAndFilters() throws {
        let result = try CLIRunner.run([
            "analyze", AnalysisFixtures.diplomacy, "--measure", "pagerank", "--relations", "meeting",
            "--kinds", "person", "--format", "json", "--top", "2",
        ])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: result.stdout) as! [String: Any]
        #expect(json["nodes"] as? Int == 6)
        #expect(json["edges"] as? Int == 4)
        let entities = json["entities"] as! [[String: Any]]
        #expect(entities.count == 2)
        #expect(entities[0]["id"] as? String == "person/hakan-fidan")
    }

    @Test func directedWeightedAndSampledOptions() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let output = directory.appendingPathComponent("scores.csv").path
        let result = try CLIRunner.run([
            "analyze", AnalysisFixtures.diplomacy, "--directed", "--weighted", "--measure",
            "in-degree,out-degree,strength,betweenness,harmonic,eigenvector,katz,core", "--samples", "11",
            "--format", "csv", "-o", output,
        ])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.hasPrefix("id,name,kind,in-degree,out-degree,strength,betweenness,harmonic,eigenvector,katz,core\n"))
        #expect(text.split(separator: "\n").count == 12)
    }

    @Test func projectionOntoCountries() throws {
        let result = try CLIRunner.run([
            "analyze", AnalysisFixtures.diplomacy, "--project", "country", "--measure", "degree", "--format", "csv",
        ])
        #expect(result.status == 0)
        #expect(result.stdoutText.split(separator: "\n")[1] == "country/turkey,Turkey,country,1")
    }

    @Test func badUsageAndInput() throws {
        let unknown = try CLIRunner.run(["analyze", AnalysisFixtures.diplomacy, "--measure", "fame"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown measure 'fame'"))
        let format = try CLIRunner.run(["analyze", AnalysisFixtures.diplomacy, "--format", "xml"])
        #expect(format.status == 2)
        let missing = try CLIRunner.run(["analyze", "/nonexistent/graph.json"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/graph.json"))
        let katz = try CLIRunner.run(["analyze", AnalysisFixtures.karate, "--measure", "katz", "--weighted"])
        #expect(katz.status == 0)
    }

    @Test func malformedEdgeListNamesTheLine() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("bad.edgelist")
        try "a b\nb c 2\nc d e f\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["analyze", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.edgelist:3:"))
        try "a b x\n".write(to: file, atomically: true, encoding: .utf8)
        let weight = try CLIRunner.run(["analyze", file.path, "--weighted"])
        #expect(weight.status == 1)
        #expect(weight.stderr.contains("bad.edgelist:1: weight 'x'"))
    }
}
