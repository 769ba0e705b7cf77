import GraphModel
@testable import Extraction

/// One extractor for all tests: loading the tables once keeps the suite fast.
enum Shared {
    static let extractor: Extractor = try! Extractor()
}

/// Extracts `text` with the shared extractor.
func extract(_ text: String, document: String = "test.txt") throws -> Graph {
    try Shared.extractor.extract(text: text, document: document)
}

extension Graph {
    /// The entity whose name or alias is `name` (folded), of `kind` if given.
    func entity(_ name: String, kind: EntityKind? = nil) -> Entity? {
        let folded = NameFolding.fold(name)
        return entities.first { entity in
            (kind == nil || entity.kind == kind) && entity.allNames.contains { NameFolding.fold($0) == folded }
        }
    }

    /// The names of the entities of `kind`, sorted.
    func names(_ kind: EntityKind) -> [String] {
        entities.filter { $0.kind == kind }.map(\.name).sorted()
    }

    /// Whether a relation of `kind` joins the entities named `source` and `target`
    /// (either way for undirected kinds).
    func has(_ kind: RelationKind, _ source: String, _ target: String) -> Bool {
        relation(kind, source, target) != nil
    }

    func relation(_ kind: RelationKind, _ source: String, _ target: String) -> Relation? {
        guard let a = entity(source)?.id, let b = entity(target)?.id else { return nil }
        return relations.first { relation in
            relation.kind == kind
                && ((relation.source == a && relation.target == b)
                    || (!relation.isDirected && relation.source == b && relation.target == a))
        }
    }

    /// "kind source -> target" for every relation, sorted, by entity names.
    var relationLines: [String] {
        relations.map { relation in
            "\(relation.kind) \(self[relation.source]?.name ?? "?") -> \(self[relation.target]?.name ?? "?")"
        }.sorted()
    }
}

/// The analysis of `text`, for tests of the internal passes.
func analyze(_ text: String) -> DocumentAnalysis {
    Shared.extractor.analyze(ArticleText(text: text, document: "test.txt"))
}
