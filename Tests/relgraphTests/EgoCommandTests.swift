import Foundation
import Testing

@Suite struct EgoCommandTests {
    @Test func writesTheNeighbourhoodAsAGraph() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let output = directory.appendingPathComponent("fidan.json").path
        let result = try CLIRunner.run([
            "ego", AnalysisFixtures.diplomacy, "hakan fidan", "--radius", "1", "-o", output,
        ])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as! [String: Any]
        let ids = (json["entities"] as! [[String: Any]]).map { $0["id"] as! String }
        #expect(ids == [
            "country/turkey", "person/hakan-fidan", "person/ilia-darchiashvili", "person/jeyhun-bayramov",
            "person/peter-szijjarto",
        ])
        // Relations among the kept entities, not only those touching the centre.
        #expect((json["relations"] as! [Any]).count == 5)
    }

    @Test func radiusAndRelationsAndStdout() throws {
        let result = try CLIRunner.run([
            "ego", AnalysisFixtures.diplomacy, "Zakir Hasanov", "--radius", "2", "--relations", "meeting",
        ])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: result.stdout) as! [String: Any]
        #expect((json["entities"] as! [Any]).count == 3)
        let zero = try CLIRunner.run(["ego", AnalysisFixtures.diplomacy, "Zakir Hasanov", "--radius", "0"])
        #expect(((try JSONSerialization.jsonObject(with: zero.stdout) as! [String: Any])["relations"] as! [Any]).isEmpty)
    }

    @Test func errors() throws {
        let unknown = try CLIRunner.run(["ego", AnalysisFixtures.diplomacy, "Nobody At All"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("relgraph: no entity named 'Nobody At All'"))
        #expect(try CLIRunner.run(["ego", AnalysisFixtures.diplomacy, "NATO", "--radius", "-1"]).status == 2)
    }
}
