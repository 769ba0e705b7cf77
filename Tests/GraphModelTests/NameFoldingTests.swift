import GraphModel
import Testing

@Suite struct NameFoldingTests {
    @Test(arguments: [
        ("Péter  Szijjártó", "peter szijjarto"),
        ("Côte d’Ivoire", "cote d'ivoire"),
        ("Lars Løkke Rasmussen", "lars lokke rasmussen"),
        ("Straße", "strasse"),
        ("  Ahmed\tAboul\nGheit ", "ahmed aboul gheit"),
    ])
    func folds(input: String, expected: String) {
        #expect(NameFolding.fold(input) == expected)
    }
}
