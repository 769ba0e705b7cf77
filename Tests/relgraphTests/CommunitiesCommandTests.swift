import Foundation
import Testing

@Suite struct CommunitiesCommandTests {
    @Test func louvainReportsModularity() throws {
        let result = try CLIRunner.run(["communities", AnalysisFixtures.karate, "--format", "json", "--seed", "3"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: result.stdout) as! [String: Any]
        // networkx's Louvain on the karate club reaches about 0.42-0.44.
        let modularity = json["modularity"] as! Double
        #expect(modularity > 0.40 && modularity < 0.45)
        let communities = json["communities"] as! [[String: Any]]
        #expect(communities.map { $0["size"] as! Int }.reduce(0, +) == 34)
        let again = try CLIRunner.run(["communities", AnalysisFixtures.karate, "--format", "json", "--seed", "3"])
        #expect(again.stdout == result.stdout)
    }

    @Test func tableAndCSV() throws {
        let table = try CLIRunner.run(["communities", AnalysisFixtures.diplomacy])
        #expect(table.status == 0)
        #expect(table.stdoutText.hasPrefix("5 communities of 11 entities; modularity "))
        let csv = try CLIRunner.run(["communities", AnalysisFixtures.diplomacy, "--format", "csv"])
        #expect(csv.stdoutText.split(separator: "\n").count == 12)
        #expect(csv.stdoutText.hasPrefix("id,name,kind,community\n"))
    }

    @Test func componentsOfProjectedCountries() throws {
        let result = try CLIRunner.run([
            "communities", AnalysisFixtures.diplomacy, "--method", "components", "--project", "country",
            "--relations", "meeting",
        ])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("1 (4): Azerbaijan, Georgia, Hungary, Turkey"))
        let strong = try CLIRunner.run([
            "communities", AnalysisFixtures.diplomacy, "--method", "strong-components", "--directed",
        ])
        // Meetings run both ways: the five ministers are one strong component.
        #expect(strong.stdoutText.hasPrefix("7 components of 11 entities"))
    }

    @Test func badOptions() throws {
        #expect(try CLIRunner.run(["communities", AnalysisFixtures.karate, "--method", "magic"]).status == 2)
        #expect(try CLIRunner.run(["communities", AnalysisFixtures.karate, "--resolution", "0"]).status == 2)
    }
}
