import Testing
@testable import Extraction

@Suite struct FoldingTests {
    @Test func containsAnswersAsStringContains() {
        let samples = ["press secretary", "deputy spokesperson", "spoke", "", "the press service of the president", "pressservice"]
        for text in samples {
            for part in ["spokes", "press secretary", "press service", "e"] {
                #expect(Folding.contains(text, part) == text.contains(part), "\(text) / \(part)")
            }
        }
    }

    @Test func containsWorksOnFoldedNonASCIIText() {
        let folded = Tokenizer.fold("Pressesprecherin Gülşen, Spokesperson")
        #expect(Folding.contains(folded, "spokes"))
        #expect(!Folding.contains(folded, "press secretary"))
    }
}
