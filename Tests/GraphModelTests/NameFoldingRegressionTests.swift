import GraphModel
import Testing

/// The bad-input catalogue's 20 MB line: folding a long name was quadratic twice over
/// (Foundation's canonical decomposition on Linux, and
/// `UnicodeScalarView.append(contentsOf:)`, which copies the view on every call), so
/// a 20 MB name never finished. Linear, a million characters fold in seconds.
@Suite struct NameFoldingRegressionTests {
    @Test(.timeLimit(.minutes(1)))
    func longNameFoldsInLinearTime() {
        let name = String(repeating: "Ça e\u{301} ", count: 200_000)
        let folded = NameFolding.fold("ß Æ " + name)
        #expect(folded.count == "ss ae ".count + 200_000 * "ca e ".count - 1)
        #expect(folded.hasPrefix("ss ae ca e ca e"))
        #expect(EntityID(kind: .person, name: name).rawValue.hasPrefix("person/ca-e-ca-e"))
    }

    /// Chunked decomposition gives what decomposing the whole text gives.
    @Test func longTextFoldsAsItsPartsDo() {
        let word = "Péter Szijjártó Œuvre Ǆ ﬁ e\u{301}\u{323} "
        let text = String(repeating: word, count: 400)
        #expect(NameFolding.fold(text) == Array(repeating: NameFolding.fold(word), count: 400).joined(separator: " "))
    }
}
