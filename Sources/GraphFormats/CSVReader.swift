import Foundation
import GraphModel

/// Reads a graph from a nodes table and an edges table, in any `CSVLayout`.
///
/// The layout is recognised from the headers (`src`/`dst`, `:START_ID`/`:END_ID`,
/// else `source`/`target`); columns may come in any order, names are matched
/// ignoring case, and Neo4j type suffixes (`weight:double`) are ignored. Gephi's
/// Data Laboratory export (`Id,Label` and `Source,Target,Type,Weight`) reads too. Columns the model has no field for become
/// attributes; empty cells are absent values. Cells the writer neutralised
/// (`'=…`) are restored in the `plain` layout.
public struct CSVReader: Sendable {
    /// Direction for edges without a `directed` column: `nil` takes the kind's default.
    public var isDirected: Bool?

    public init(isDirected: Bool? = nil) {
        self.isDirected = isDirected
    }

    /// Reads the graph in `tables`.
    ///
    /// - Parameters:
    ///   - nodesSource: the name errors give the nodes table (`nodes.csv`).
    ///   - edgesSource: the name errors give the edges table (`edges.csv`).
    /// - Throws: `GraphFormatError.malformed` naming the table and line: bad
    ///   quoting, a missing column, a row with too many cells, an edge to an
    ///   unknown node, a bad or non-finite weight, bad evidence JSON.
    /// - Complexity: O(size of the input + *m* log *m*).
    public func read(
        _ tables: CSVTables, nodesSource: String = "nodes.csv", edgesSource: String = "edges.csv"
    ) throws(GraphFormatError) -> Graph {
        var graph = Graph()
        let nodeTable = try Table(tables.nodes, source: nodesSource)
        let edgeTable = try Table(tables.edges, source: edgesSource)
        // Only the plain layout neutralises formulas, so only it is restored.
        let restores = edgeTable.names.contains("source")
        func text(_ cell: String) -> String { restores ? FormulaGuard.restore(cell) : cell }

        let idColumn = try nodeTable.require(["id"])
        let kindColumn = nodeTable.index(of: ["kind"])
        let labelColumn = nodeTable.index(of: [":LABEL"])
        // Gephi's Data Laboratory exports `Id,Label`: the label is the name when there is no name.
        let nameColumn = nodeTable.index(of: ["name"]) ?? nodeTable.index(of: ["label"])
        let aliasesColumn = nodeTable.index(of: ["aliases"])
        let nodeFields = Set([idColumn, kindColumn, labelColumn, nameColumn, aliasesColumn].compactMap { $0 })
        for row in nodeTable.rows {
            let id = text(row.cell(idColumn))
            guard !id.isEmpty else { throw nodeTable.fail(row.line, "empty id") }
            let kind = kindColumn.map { text(row.cell($0)) } ?? labelColumn.map { row.cell($0).lowercased() } ?? ""
            let name = nameColumn.map { text(row.cell($0)) } ?? ""
            var aliases: [String] = []
            if let aliasesColumn {
                aliases = try aliasList(text(row.cell(aliasesColumn)), line: row.line, fail: nodeTable.fail)
            }
            var attributes: [String: String] = [:]
            for (index, column) in nodeTable.names.enumerated() where !nodeFields.contains(index) && !column.isEmpty {
                let value = text(row.cell(index))
                if !value.isEmpty { attributes[attributeKey(fromField: column)] = value }
            }
            graph.add(
                Entity(
                    id: EntityID(id), kind: kind.isEmpty ? .node : EntityKind(kind), name: name.isEmpty ? id : name,
                    aliases: aliases, attributes: attributes))
        }

        let sourceColumn = try edgeTable.require(["source", "src", ":START_ID"])
        let targetColumn = try edgeTable.require(["target", "dst", ":END_ID"])
        let edgeKindColumn = edgeTable.index(of: ["kind"]) ?? edgeTable.index(of: ["relationship"])
        let typeColumn = edgeTable.index(of: [":TYPE"])
        let weightColumn = edgeTable.index(of: ["weight"])
        // Gephi writes the direction as `Type` (`Directed`/`Undirected`).
        let directedColumn = edgeTable.index(of: ["directed"])
        let gephiTypeColumn = edgeTable.index(of: ["type"])
        let evidenceColumn = edgeTable.index(of: ["evidence"])
        let derivedColumns = [edgeTable.index(of: ["evidence_count"]), edgeTable.index(of: ["first_evidence"])]
        let edgeFields = Set(
            ([sourceColumn, targetColumn, edgeKindColumn, typeColumn, weightColumn, directedColumn, gephiTypeColumn,
              evidenceColumn] + derivedColumns).compactMap { $0 })
        for row in edgeTable.rows {
            let source = EntityID(text(row.cell(sourceColumn)))
            let target = EntityID(text(row.cell(targetColumn)))
            for end in [source, target] where !graph.contains(end) {
                throw edgeTable.fail(row.line, "edge \(source) → \(target) refers to '\(end)', which is not in \(nodesSource)")
            }
            let kind = edgeKindColumn.map { text(row.cell($0)) } ?? typeColumn.map { row.cell($0).lowercased() } ?? ""
            var weight = 1.0
            if let weightColumn, !row.cell(weightColumn).isEmpty {
                let cell = row.cell(weightColumn)
                guard let value = Double(cell.trimmed()) else {
                    throw edgeTable.fail(row.line, "weight '\(cell)' is not a number")
                }
                guard value.isFinite else { throw edgeTable.fail(row.line, "weight '\(cell)' is not finite") }
                weight = value
            }
            var directed = isDirected
            if let gephiTypeColumn, !row.cell(gephiTypeColumn).isEmpty {
                switch row.cell(gephiTypeColumn).trimmed().lowercased() {
                case "directed": directed = true
                case "undirected": directed = false
                case let other: throw edgeTable.fail(row.line, "type '\(other)' is not Directed or Undirected")
                }
            }
            if let directedColumn, !row.cell(directedColumn).isEmpty {
                guard let flag = parseBool(row.cell(directedColumn)) else {
                    throw edgeTable.fail(row.line, "directed '\(row.cell(directedColumn))' is not true or false")
                }
                directed = flag
            }
            var evidence: [Evidence] = []
            if let evidenceColumn, !row.cell(evidenceColumn).isEmpty {
                do {
                    evidence = try Evidence.list(fromJSONText: text(row.cell(evidenceColumn)))
                } catch {
                    throw edgeTable.fail(row.line, "evidence: \(error.message)")
                }
            }
            var attributes: [String: String] = [:]
            for (index, column) in edgeTable.names.enumerated() where !edgeFields.contains(index) && !column.isEmpty {
                let value = text(row.cell(index))
                if !value.isEmpty { attributes[attributeKey(fromField: column)] = value }
            }
            try! graph.add(
                Relation(
                    kind: kind.isEmpty ? .link : RelationKind(kind), source: source, target: target,
                    isDirected: directed, weight: weight, attributes: attributes, evidence: evidence))
        }
        return graph
    }
}

/// A parsed CSV table: its header and rows.
private struct Table {
    var source: String
    var headers: [String]
    /// The column names: trimmed, without Neo4j type suffixes (`weight:double` →
    /// `weight`) except for Neo4j's own columns (`:LABEL`, `:START_ID`).
    var names: [String] = []
    var rows: [Row]

    struct Row {
        var cells: [String]
        var line: Int
        func cell(_ index: Int) -> String { index < cells.count ? cells[index] : "" }
    }

    init(_ text: String, source: String) throws(GraphFormatError) {
        self.source = source
        let records: [CSVCodec.Record]
        do {
            records = try CSVCodec.records(text)
        } catch {
            throw GraphFormatError.malformed(format: "CSV", source: source, line: error.line, message: error.message)
        }
        guard let header = records.first else {
            throw GraphFormatError.malformed(format: "CSV", source: source, line: 1, message: "the table is empty (no header)")
        }
        headers = header.fields
        rows = records.dropFirst().map { Row(cells: $0.fields, line: $0.line) }
        names = header.fields.map { raw in
            let name = raw.trimmed()
            if !name.hasPrefix(":"), let colon = name.firstIndex(of: ":") { return String(name[..<colon]) }
            return name
        }
        for row in rows where row.cells.count > headers.count {
            throw fail(row.line, "\(row.cells.count) cells, but the header has \(headers.count) columns")
        }
    }

    func fail(_ line: Int, _ message: String) -> GraphFormatError {
        .malformed(format: "CSV", source: source, line: line, message: message)
    }

    /// The index of the first of `candidates` the header has, ignoring case
    /// (Gephi writes `Id`, `Source`, `Weight`).
    func index(of candidates: [String]) -> Int? {
        for candidate in candidates {
            if let index = names.firstIndex(where: { $0.caseInsensitiveCompare(candidate) == .orderedSame }) {
                return index
            }
        }
        return nil
    }

    /// The index of the first of `candidates` the header has.
    func require(_ candidates: [String]) throws(GraphFormatError) -> Int {
        guard let index = index(of: candidates) else {
            throw fail(1, "no '\(candidates[0])' column (header: \(headers.joined(separator: ",")))")
        }
        return index
    }
}
