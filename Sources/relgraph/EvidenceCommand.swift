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
            Names are matched like everywhere in relgraph: by id, canonical name or alias
            (a surname the articles use alone is an alias), ignoring case and diacritics;
            an ambiguous or unknown name is an error that lists the candidates or close
            names. Looking names up and fetching the evidence are indexed queries, so a
            pair's evidence takes milliseconds on a store of millions of sentences.

            Examples:
              relgraph evidence corpus.sqlite "Zakir Hasanov"
              relgraph evidence corpus.sqlite Azerbaijan NATO --since 2024-01
              relgraph evidence corpus.sqlite Latvia --format json
              relgraph evidence --store corpus.sqlite Bayramov Braže --source "Meridian Wire"
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The corpus store (omitted with --store).")
    var store: String

    @Argument(help: "An entity: its relations' evidence.")
    var first: String?

    @Argument(help: "A second entity: only the evidence of relations between the two.")
    var second: String?

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @Option(help: "Print at most this many sentences (default: all).")
    var limit: Int?

    mutating func validate() throws {
        (store, first, second) = try storeOptions.movingNames(store, first, second)
        guard first != nil else { throw ValidationError("Missing expected argument '<first>'") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        guard let first else { throw CLIError.usage("missing the entity") }
        let corpus = try StoreOptions.open(store, readOnly: true)
        let (since, until, source) = (storeOptions.since, storeOptions.until, storeOptions.source)
        var records: [EvidenceRecord]
        do {
            let a = try Self.resolve(first, in: corpus)
            if let second {
                let b = try Self.resolve(second, in: corpus)
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

    /// The entity `name` denotes in the store, found as every command finds names
    /// (`AnalysisNames.resolve`, hence `EntityLookup`: id, canonical name or alias,
    /// ignoring case and diacritics), with the same messages when it is ambiguous or
    /// unknown.
    ///
    /// The candidates come from the store's folded-name index, so a known name costs
    /// one indexed query; an unknown one a pass over the index for the entities whose
    /// names come close (the suggestions `EntityLookup` makes over the whole graph).
    static func resolve(_ name: String, in corpus: CorpusStore) throws -> EntityID {
        var candidates = Graph()
        for entity in try corpus.entities(named: name) { candidates.add(entity) }
        if candidates.isEmpty {
            for entity in try corpus.entities(resembling: name) { candidates.add(entity) }
        }
        return try AnalysisNames.resolve(name, in: candidates)
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
