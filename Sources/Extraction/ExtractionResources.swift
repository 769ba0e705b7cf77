/// The tables the extraction reads, loaded once and shared by every document.
///
/// A class: the tables hold dozens of arrays, and every copy of a struct holding them
/// (each `Extractor` passed to a worker, each document's analysis) would retain each one.
final class ExtractionResources: Sendable {
    let lexicon: Lexicon
    let gazetteer: Gazetteer

    init(lexicon: Lexicon, gazetteer: Gazetteer) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
    }

    static func load() throws -> ExtractionResources {
        ExtractionResources(lexicon: try Lexicon.load(), gazetteer: try Gazetteer.load())
    }
}
