import Foundation
import Testing

@Suite struct PathCommandTests {
    @Test func printsEachHopWithItsEvidence() throws {
        let result = try CLIRunner.run(["path", AnalysisFixtures.diplomacy, "zakir hasanov", "HAKAN FIDAN"])
        #expect(result.status == 0)
        let text = result.stdoutText
        #expect(text.hasPrefix("Zakir Hasanov → Péter Szijjártó → Hakan Fidan (2 hops)\n"))
        #expect(text.contains("baku.txt: Zakir Hasanov met Péter Szijjártó in Baku on Monday."))
        #expect(text.contains("ankara.txt: Szijjártó held talks with Turkish Foreign Minister Hakan Fidan in Ankara."))
    }

    @Test func diacriticsAndAliasesMatch() throws {
        let result = try CLIRunner.run(["path", AnalysisFixtures.diplomacy, "Peter Szijjarto", "Türkiye"])
        #expect(result.status == 0)
        #expect(result.stdoutText.hasPrefix("Péter Szijjártó → "))
    }

    @Test func relationsRestrictAndNoPathIsClear() throws {
        let result = try CLIRunner.run([
            "path", AnalysisFixtures.diplomacy, "Zakir Hasanov", "Georgia", "--relations", "meeting",
        ])
        #expect(result.status == 1)
        #expect(result.stdoutText == "no path from Zakir Hasanov to Georgia through meeting relations\n")
        let open = try CLIRunner.run(["path", AnalysisFixtures.diplomacy, "Zakir Hasanov", "Georgia"])
        #expect(open.status == 0)
    }

    @Test func unknownAndAmbiguousNames() throws {
        let unknown = try CLIRunner.run(["path", AnalysisFixtures.diplomacy, "Zakir Hasanof", "Georgia"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "relgraph: no entity named 'Zakir Hasanof'; did you mean: Zakir Hasanov?\n")
        let ambiguous = try CLIRunner.run(["path", AnalysisFixtures.diplomacy, "Hasanov", "Georgia"])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("'Hasanov' is ambiguous: person/mark-hasanov, person/zakir-hasanov"))
    }

    @Test func kShortestAllAndJSON() throws {
        let k = try CLIRunner.run(["path", AnalysisFixtures.karate, "0", "33", "--k", "4"])
        #expect(k.status == 0)
        #expect(k.stdoutText.split(separator: "\n").filter { $0.first?.isNumber == true }.count == 4)
        let all = try CLIRunner.run(["path", AnalysisFixtures.karate, "0", "33", "--all", "--format", "json"])
        #expect(all.status == 0)
        let json = try JSONSerialization.jsonObject(with: all.stdout) as! [String: Any]
        // networkx: len(list(all_shortest_paths(karate, 0, 33))) == 4
        #expect((json["paths"] as! [Any]).count == 4)
        let both = try CLIRunner.run(["path", AnalysisFixtures.karate, "0", "33", "--all", "--k", "2"])
        #expect(both.status == 2)
    }

    @Test func distancesFromOneEntity() throws {
        let result = try CLIRunner.run(["path", AnalysisFixtures.karate, "0", "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.stdoutText.split(separator: "\n")
        #expect(lines.count == 35)
        #expect(lines[1] == "node/0,0,0")
        #expect(lines.last!.hasSuffix(",3"))  // eccentricity of node 0 in the karate club
    }
}
