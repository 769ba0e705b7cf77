import ArgumentParser
import CorpusStore
import Foundation
import GraphModel

/// `relgraph evidence`: the sentences behind an entity's relations, or a pair's.
struct Evidence: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "List the sentences behind an entity or a pair, with documents and dates.",
        discussion: """
            Names are matched like everywhere in relgraph: by id, canonical name or alias,
            ignoring case and diacritics.

            Examples:
              relgraph evidence corpus.sqlite "Zakir Hasanov"
              relgraph evidence corpus.sqlite Azerbaijan NATO --since 2024-01
              relgraph evidence corpus.sqlite Latvia --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The corpus store.")
    var store: String

    @Argument(help: "An entity: its relations' evidence.")
    var first: String

    @Argument(help: "A second entity: only the evidence of relations between the two.")
    var second: String?

    @Option(help: "Only evidence dated on or after this day (YYYY-MM-DD, YYYY-MM or YYYY).")
    var since: String?

    @Option(help: "Only evidence dated on or before this day (YYYY-MM-DD, YYYY-MM or YYYY).")
    var until: String?

    @Option(help: "Only articles from this news source.")
    var source: String?

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @Option(help: "Print at most this many sentences (default: all).")
    var limit: Int?

    func validate() throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, !StoreOptions.isDateBound(value) {
                throw ValidationError("\(name) '\(value)' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
            }
        }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let corpus = try StoreOptions.open(store, readOnly: true)
        var records: [EvidenceRecord]
        do {
            let a = try Self.resolve(first, in: corpus, store: store)
            if let second {
                let b = try Self.resolve(second, in: corpus, store: store)
                records = try corpus.evidence(between: a, and: b, since: since, until: until, source: source)
            } else {
                records = try corpus.evidence(of: a, since: since, until: until, source: source)
            }
        } catch let error as CorpusStoreError {
            throw CLIError.input(error.description)
        }
        if let limit { records = Array(records.prefix(limit)) }
        switch format {
        case .text: try OutputFile.write(Self.text(records), to: "-")
        case .json: try OutputFile.write(Self.json(records), to: "-")
        }
    }

    /// The entity `name` denotes in the store: looked up among the few entities whose id,
    /// name or alias it matches, and only if none does among all (for suggestions).
    static func resolve(_ name: String, in corpus: CorpusStore, store: String) throws -> EntityID {
        var candidates = Graph()
        for entity in try corpus.entities(named: name) { candidates.add(entity) }
        var match = EntityLookup(candidates).match(name)
        if case .notFound = match {
            var everything = Graph()
            for entity in try corpus.entities() { everything.add(entity) }
            match = EntityLookup(everything).match(name)
        }
        switch match {
        case .found(let id):
            return id
        case .ambiguous(let ids):
            throw CLIError.input(
                "\(store): '\(name)' is ambiguous: \(ids.map(\.rawValue).joined(separator: ", "))")
        case .notFound(let suggestions):
            let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.prefix(3).joined(separator: ", "))?)"
            throw CLIError.input("\(store): no entity named '\(name)'\(hint)")
        }
    }

    /// One block per sentence: day, relation, then document (source) and the sentence.
    static func text(_ records: [EvidenceRecord]) -> String {
        var out = ""
        for record in records {
            let relation = record.relation
            let arrow = relation.isDirected ? "->" : "--"
            out += "\(record.day ?? "undated")  \(relation.kind)  \(relation.source) \(arrow) \(relation.target)\n"
            let source = record.source.map { ", \($0)" } ?? ""
            let written = record.evidence.date.map { ", \"\($0)\"" } ?? ""
            out +=
                "  \(record.evidence.document)\(source)\(written) [\(record.evidence.start)-\(record.evidence.end)]\n"
            out += "  \(record.evidence.sentence)\n"
        }
        if records.isEmpty { out = "no evidence\n" }
        return out
    }

    static func json(_ records: [EvidenceRecord]) throws -> Data {
        let objects: [[String: Any]] = records.map { record in
            var object: [String: Any] = [
                "kind": record.relation.kind.rawValue, "source": record.relation.source.rawValue,
                "target": record.relation.target.rawValue, "directed": record.relation.isDirected,
                "document": record.evidence.document, "sentence": record.evidence.sentence,
                "start": record.evidence.start, "end": record.evidence.end,
            ]
            if let date = record.evidence.date { object["date"] = date }
            if let day = record.day { object["day"] = day }
            if let source = record.source { object["news_source"] = source }
            return object
        }
        var data = try JSONSerialization.data(
            withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        data.append(0x0A)
        return data
    }
}
