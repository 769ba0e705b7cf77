/// The tables the extraction reads, loaded once and shared by every document.
struct ExtractionResources: Sendable {
    let lexicon: Lexicon
    let gazetteer: Gazetteer

    static func load() throws -> ExtractionResources {
        ExtractionResources(lexicon: try Lexicon.load(), gazetteer: try Gazetteer.load())
    }
}
