import GraphModel

/// Extracts a relationship graph from the text of a news article.
///
/// ```swift
/// let extractor = try Extractor()
/// let graph = try extractor.extract(text: article, document: "article.txt")
/// ```
///
/// An extractor loads its tables once and is `Sendable`: one instance serves any
/// number of documents, from any number of threads. The same text always gives the
/// same graph.
public struct Extractor: Sendable {
    let resources: ExtractionResources

    /// Loads the bundled tables (countries, organizations, titles, verbs).
    ///
    /// - Throws: `ExtractionError.resource` when a table is missing or malformed.
    public init() throws {
        resources = try ExtractionResources.load()
    }

    /// The graph of one article.
    ///
    /// - Parameters:
    ///   - text: the article.
    ///   - document: its name in evidence (the file name, or `-`).
    /// - Complexity: O(*n*) in the length of the article for the text passes; the
    ///   relation passes are linear in the number of sentences times a bounded window.
    public func extract(text: String, document: String) throws -> Graph {
        try extract(ArticleText(text: text, document: document))
    }

    /// The graph of one article given as UTF-8 bytes.
    ///
    /// - Throws: `ExtractionError.invalidUTF8` (with the line of the first bad byte)
    ///   or `ExtractionError.binary`.
    public func extract(bytes: some Collection<UInt8>, document: String) throws -> Graph {
        try extract(ArticleText(bytes: bytes, document: document))
    }

    func extract(_ text: ArticleText) throws -> Graph {
        let doc = analyze(text)
        return try GraphBuilder(doc: doc).build()
    }

    /// Runs every pass over one article.
    func analyze(_ text: ArticleText) -> DocumentAnalysis {
        let doc = DocumentAnalysis(text: text, resources: resources)
        CountryRecognizer(document: doc).run()
        OrganizationRecognizer(document: doc).run()
        var persons = PersonRecognizer(document: doc)
        persons.run()
        QuoteFinder.run(doc)
        let affiliations = AffiliationResolver(doc: doc)
        affiliations.resolveBodies()
        affiliations.resolveKnownOfficials()

        let coreference = CoreferenceResolver(document: doc)
        let statements = StatementDetector(document: doc, coreference: coreference)
        let meetings = MeetingDetector(document: doc, coreference: coreference)
        let cooperation = CooperationDetector(doc: doc, coreference: coreference)
        let membership = MembershipDetector(doc: doc, coreference: coreference)
        var lastOrganization: Int? = nil
        statements.findDocumentSpeaker()
        for s in doc.sentences.indices {
            coreference.noteMentions(of: s)
            coreference.resolveDescriptions(in: s)
            let speakers = statements.process(s)
            statements.record(speakers, sentence: s)
            if speakers.isEmpty { statements.processDefault(s) }
            meetings.process(s, speakers: speakers)
            cooperation.process(s, speakers: speakers)
            membership.process(s, lastOrganization: lastOrganization)
            if !speakers.isEmpty {
                coreference.noteSubject(speakers)
            } else {
                coreference.noteSubject(personsMentioned(doc, s).reversed())
            }
            for m in doc.mentions(in: s) where doc.mentions[m].entity >= 0 && doc.kind(of: doc.mentions[m].entity) == .organization
                && !doc.entities[doc.mentions[m].entity].isNational
            {
                lastOrganization = doc.mentions[m].entity
            }
        }
        statements.attributeRemainingQuotes()
        for quote in doc.quotes {
            for speaker in quote.speakers where speaker >= 0 { meetings.addFirstPersonParticipant(speaker, quote: quote.tokens) }
        }
        affiliations.resolvePersons(meetings: meetings.partnerPairs(), visited: meetings.visitedCountries())
        meetings.finish()
        return doc
    }

    /// The persons mentioned in sentence `s` outside quotes, in order: a person named in
    /// what someone said ("Putin is afraid") is not what a following "he" refers to.
    private func personsMentioned(_ doc: DocumentAnalysis, _ s: Int) -> [Int] {
        var result: [Int] = []
        for m in doc.mentions(in: s) {
            let mention = doc.mentions[m]
            if doc.quoteOfToken[mention.tokens.lowerBound] >= 0 { continue }
            if mention.entity >= 0, doc.kind(of: mention.entity) == .person, !result.contains(mention.entity) { result.append(mention.entity) }
        }
        return result
    }
}
