import Foundation
import GraphModel

/// Reads a graph from a nodes table and an edges table, in any `CSVLayout`.
///
/// The layout is recognised from the headers (`src`/`dst`, `:START_ID`/`:END_ID`,
/// else `source`/`target`); columns may come in any order, and Neo4j type suffixes
/// (`weight:double`) are ignored. Columns the model has no field for become
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
        let restores = edgeTable.columns["source"] != nil
        func text(_ cell: String) -> String { restores ? FormulaGuard.restore(cell) : cell }

        let idColumn = try nodeTable.require(["id"])
        let reservedNode: Set<String> = ["id", "kind", "name", "aliases", ":LABEL", "label"]
        for row in nodeTable.rows {
            let id = text(row.cell(idColumn))
            guard !id.isEmpty else { throw nodeTable.fail(row.line, "empty id") }
            let label = nodeTable.columns[":LABEL"].map { row.cell($0).lowercased() }
            let kind = nodeTable.columns["kind"].map { text(row.cell($0)) } ?? label ?? ""
            let name = nodeTable.columns["name"].map { text(row.cell($0)) } ?? ""
            var aliases: [String] = []
            if let column = nodeTable.columns["aliases"] {
                let cell = text(row.cell(column))
                aliases = cell.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            var attributes: [String: String] = [:]
            for (column, index) in nodeTable.columns where !reservedNode.contains(column) {
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
        let reservedEdge: Set<String> = [
            "source", "src", ":START_ID", "target", "dst", ":END_ID", "kind", "relationship", ":TYPE", "directed",
            "weight", "evidence_count", "first_evidence", "evidence", "type",
        ]
        for row in edgeTable.rows {
            let source = EntityID(text(row.cell(sourceColumn)))
            let target = EntityID(text(row.cell(targetColumn)))
            for end in [source, target] where !graph.contains(end) {
                throw edgeTable.fail(row.line, "edge \(source) → \(target) refers to '\(end)', which is not in \(nodesSource)")
            }
            var kind = ""
            for name in ["kind", "relationship", ":TYPE"] {
                if let column = edgeTable.columns[name], kind.isEmpty {
                    kind = name == ":TYPE" ? row.cell(column).lowercased() : text(row.cell(column))
                }
            }
            var weight = 1.0
            if let column = edgeTable.columns["weight"], !row.cell(column).isEmpty {
                let cell = row.cell(column)
                guard let value = Double(cell.trimmingCharacters(in: .whitespaces)) else {
                    throw edgeTable.fail(row.line, "weight '\(cell)' is not a number")
                }
                guard value.isFinite else { throw edgeTable.fail(row.line, "weight '\(cell)' is not finite") }
                weight = value
            }
            var directed = isDirected
            if let column = edgeTable.columns["directed"], !row.cell(column).isEmpty {
                guard let flag = parseBool(row.cell(column)) else {
                    throw edgeTable.fail(row.line, "directed '\(row.cell(column))' is not true or false")
                }
                directed = flag
            }
            var evidence: [Evidence] = []
            if let column = edgeTable.columns["evidence"], !row.cell(column).isEmpty {
                do {
                    evidence = try Evidence.list(fromJSONText: text(row.cell(column)))
                } catch {
                    throw edgeTable.fail(row.line, "evidence: \(error.message)")
                }
            }
            var attributes: [String: String] = [:]
            for (column, index) in edgeTable.columns where !reservedEdge.contains(column) {
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

/// A parsed CSV table: its header (column names without Neo4j type suffixes) and rows.
private struct Table {
    var source: String
    var headers: [String]
    /// Column name (type suffix removed, except for `:ID`-style Neo4j columns) → index.
    var columns: [String: Int] = [:]
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
        for (index, raw) in header.fields.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces)
            var key = name
            if name.hasPrefix(":") {
                key = name  // :LABEL, :TYPE, :START_ID, :END_ID
            } else if let colon = name.firstIndex(of: ":") {
                key = String(name[..<colon])  // id:ID, weight:double, aliases:string[]
            }
            columns[key] = index
        }
        for row in rows where row.cells.count > headers.count {
            throw fail(row.line, "\(row.cells.count) cells, but the header has \(headers.count) columns")
        }
    }

    func fail(_ line: Int, _ message: String) -> GraphFormatError {
        .malformed(format: "CSV", source: source, line: line, message: message)
    }

    /// The index of the first of `names` the header has.
    func require(_ names: [String]) throws(GraphFormatError) -> Int {
        for name in names {
            if let index = columns[name] { return index }
        }
        throw fail(1, "no '\(names[0])' column (header: \(headers.joined(separator: ",")))")
    }
}
