import GraphModel

/// Writes a graph as two CSV tables, nodes and edges, in one of three layouts.
///
/// Columns (all layouts, names per layout in `docs/csv.md`): nodes `id`, `kind`,
/// `name`, `aliases` (`; `-joined, or a JSON array if an alias holds a `;`;
/// a `;`-joined string array for Neo4j), `role`,
/// `affiliation`, `iso`, then the other attribute keys sorted (then `:LABEL` for
/// Neo4j); edges `source`, `target`, `kind`, `directed`, `weight`, `date`, `tone`,
/// `cameo`, the other attribute keys sorted, `evidence_count`, `first_evidence`
/// (the first sentence) and `evidence` (every piece of evidence as JSON). Fields
/// are quoted as RFC 4180 says; lines end with LF. In the `plain` layout, meant for
/// spreadsheets, text cells that would run as a formula get a leading `'`
/// (`FormulaGuard`); numeric and boolean columns are never touched.
public struct CSVWriter: Sendable {
    /// The columns to write.
    public var layout: CSVLayout
    /// Whether formula-like text cells get a leading `'` (default: in `plain` only).
    public var neutralizesFormulas: Bool

    static let nodeColumns = ["id", "kind", "name", "aliases", "role", "affiliation", "iso"]
    static let edgeColumns = ["source", "target", "kind", "directed", "weight", "date", "tone", "cameo"]
    static let edgeTrailingColumns = ["evidence_count", "first_evidence", "evidence"]
    static let nodeFields: Set<String> = ["id", "kind", "name", "aliases", "label"]
    static let edgeFields: Set<String> = [
        "source", "target", "kind", "directed", "weight", "evidence_count", "first_evidence", "evidence", "src", "dst",
        "relationship", "type",
    ]

    public init(layout: CSVLayout = .plain, neutralizesFormulas: Bool? = nil) {
        self.layout = layout
        self.neutralizesFormulas = neutralizesFormulas ?? (layout == .plain)
    }

    /// The graph as a nodes table and an edges table.
    ///
    /// - Throws: `GraphFormatError.unrepresentable` for a non-finite weight.
    /// - Complexity: O(*n* log *n* + *m* log *m*) plus the size of the output.
    public func write(_ graph: Graph) throws(GraphFormatError) -> CSVTables {
        try checkWeightsAreFinite(graph, format: "CSV")
        let entities = graph.entities
        let relations = graph.relations
        let nodeExtras = Set(entities.flatMap(\.attributes.keys)).subtracting(Self.nodeColumns.dropFirst(4)).sorted()
        let edgeExtras = Set(relations.flatMap(\.attributes.keys)).subtracting(Self.edgeColumns.dropFirst(5)).sorted()
        func text(_ cell: String) -> String { neutralizesFormulas ? FormulaGuard.neutralize(cell) : cell }

        // An attribute named like a structural column is written as `attribute.NAME`.
        var nodeHeader = Self.nodeColumns + nodeExtras.map { attributeFieldName($0, reserved: Self.nodeFields) }
        var edgeHeader = Self.edgeColumns + edgeExtras.map { attributeFieldName($0, reserved: Self.edgeFields) }
            + Self.edgeTrailingColumns
        switch layout {
        case .plain: break
        case .graphFrames:
            edgeHeader[0...2] = ["src", "dst", "relationship"]
        case .neo4j:
            nodeHeader[0] = "id:ID"
            nodeHeader[3] = "aliases:string[]"
            nodeHeader.append(":LABEL")
            edgeHeader[0...4] = [":START_ID", ":END_ID", ":TYPE", "directed:boolean", "weight:double"]
            edgeHeader.insert("kind", at: 3)
            edgeHeader[edgeHeader.count - 3] = "evidence_count:int"
        }

        var nodes = CSVCodec.line(nodeHeader) + "\n"
        for entity in entities {
            var row = [
                text(entity.id.rawValue), text(entity.kind.rawValue), text(entity.name),
                layout == .neo4j ? entity.aliases.joined(separator: ";") : text(Self.aliasCell(entity.aliases)),
            ]
            for key in Self.nodeColumns.dropFirst(4) + nodeExtras { row.append(text(entity.attributes[key] ?? "")) }
            if layout == .neo4j { row.append(Self.neo4jLabel(entity.kind)) }
            nodes += CSVCodec.line(row) + "\n"
        }

        var edges = CSVCodec.line(edgeHeader) + "\n"
        for relation in relations {
            var row = [text(relation.source.rawValue), text(relation.target.rawValue)]
            if layout == .neo4j {
                row += [relation.kind.rawValue.uppercased(), text(relation.kind.rawValue)]
            } else {
                row.append(text(relation.kind.rawValue))
            }
            row += [relation.isDirected ? "true" : "false", JSONWriter.format(relation.weight)]
            for key in Self.edgeColumns.dropFirst(5) + edgeExtras { row.append(text(relation.attributes[key] ?? "")) }
            row.append(String(relation.evidence.count))
            row.append(text(relation.evidence.first?.sentence ?? ""))
            row.append(relation.evidence.isEmpty ? "" : text(Evidence.jsonText(relation.evidence)))
            edges += CSVCodec.line(row) + "\n"
        }
        return CSVTables(nodes: nodes, edges: edges)
    }

    /// Aliases joined by `; `, or as a JSON array when one holds a `;` or starts with `[`
    /// (so that splitting gives them back).
    static func aliasCell(_ aliases: [String]) -> String {
        if aliases.contains(where: { $0.contains(";") || $0.hasPrefix("[") }) {
            return JSONWriter.compact(.array(aliases.map(JSONValue.string)))
        }
        return aliases.joined(separator: "; ")
    }

    /// `person` → `Person`: Neo4j's convention for labels.
    static func neo4jLabel(_ kind: EntityKind) -> String {
        kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
    }
}
