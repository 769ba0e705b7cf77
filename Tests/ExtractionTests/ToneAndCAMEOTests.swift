import Testing
@testable import Extraction

@Suite struct ToneAndCAMEOTests {
    @Test(arguments: [
        ("welcomed", "positive", "051"), ("praised", "positive", "051"), ("thanked", "positive", "051"),
        ("condemned", "negative", "111"), ("criticised", "negative", "111"), ("rejected", "negative", "120"),
        ("said", "neutral", "010"), ("urged", "neutral", "020"),
    ])
    func verbGivesToneAndCode(verb: String, tone: String, cameo: String) throws {
        let graph = try extract("Pakistan \(verb) the decision of India.")
        let relation = try #require(graph.relation(.statement, "Pakistan", "India"))
        #expect(relation.attributes["tone"] == tone)
        #expect(relation.attributes["cameo"] == cameo)
    }

    @Test func meetingCodes() throws {
        let graph = try extract("Polish President Andrzej Duda received Lithuanian President Gitanas Nausėda. Duda visited Estonia.")
        #expect(graph.relation(.meeting, "Andrzej Duda", "Gitanas Nausėda")?.attributes["cameo"] == "043")
        #expect(graph.relation(.meeting, "Andrzej Duda", "Estonia")?.attributes["cameo"] == "042")
    }
}
