import Foundation
import GraphModel

/// Reads a plain edge list: one `source target [weight]` per line.
///
/// Fields are separated by tabs if the line has one, else by commas if it has one,
/// else by runs of spaces, so names with spaces need tabs or commas. `#` starts a
/// comment; blank lines are skipped, and so is a first line `source target [weight]`
/// (or `from to`, `src dst`). networkx's `write_edgelist` output, whose third
/// field is a data dictionary (`{'weight': 2.0}`), is read too. Every name becomes
/// an entity of kind `node` whose id and name are the name; every line a `link`
/// relation; a pair listed twice adds its weights.
public struct EdgeListReader: Sendable {
    /// Whether the relations point from the first name to the second.
    public var isDirected: Bool

    public init(isDirected: Bool = false) {
        self.isDirected = isDirected
    }

    /// Reads the edge list in `data` (UTF-8).
    ///
    /// - Throws: `GraphFormatError.malformed` naming `source` and the line of a line
    ///   with the wrong number of fields or a weight that is not a finite number.
    /// - Complexity: O(size of the input).
    public func read(_ data: Data, source: String = "-") throws(GraphFormatError) -> Graph {
        func fail(_ line: Int?, _ message: String) -> GraphFormatError {
            .malformed(format: "edge list", source: source, line: line, message: message)
        }
        guard let text = String(validating: data, as: UTF8.self) else { throw fail(nil, "the input is not UTF-8 text") }
        var graph = Graph()
        var lineNumber = 0
        var isFirstLine = true
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let content = line.trimmed()
            if content.isEmpty { continue }
            var fields: [String]
            var dataDictionary: String?
            if content.contains("\t" as Character) {
                fields = content.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmed() }
            } else if content.contains("," as Character) && !content.contains("{" as Character) {
                fields = content.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmed() }
            } else {
                fields = content.split(whereSeparator: { $0 == " " }).map(String.init)
                if fields.count > 2, let brace = content.firstIndex(of: "{") {
                    dataDictionary = String(content[brace...])
                    fields = content[..<brace].split(separator: " ").map(String.init)
                }
            }
            if isFirstLine {
                isFirstLine = false
                // A header line as spreadsheets and R write (`source,target,weight`) is skipped.
                let pair = fields.prefix(2).map { $0.lowercased() }
                if [["source", "target"], ["from", "to"], ["src", "dst"]].contains(pair) { continue }
            }
            guard fields.count == 2 || (fields.count == 3 && dataDictionary == nil) else {
                throw fail(lineNumber, "expected 'source target [weight]', found \(fields.count) field\(fields.count == 1 ? "" : "s")")
            }
            guard !fields[0].isEmpty, !fields[1].isEmpty else { throw fail(lineNumber, "empty node name") }
            var weightText: String?
            if fields.count == 3 { weightText = fields[2] }
            if let dataDictionary { weightText = pythonWeight(in: dataDictionary) }
            var weight = 1.0
            if let weightText {
                guard let value = Double(weightText) else {
                    throw fail(lineNumber, "weight '\(weightText)' is not a number")
                }
                guard value.isFinite else { throw fail(lineNumber, "weight '\(weightText)' is not finite") }
                weight = value
            }
            for name in fields.prefix(2) where !graph.contains(EntityID(name)) {
                graph.add(Entity(id: EntityID(name), kind: .node, name: name))
            }
            try! graph.add(
                Relation(
                    kind: .link, source: EntityID(fields[0]), target: EntityID(fields[1]),
                    isDirected: isDirected, weight: weight))
        }
        return graph
    }

    /// The `weight` of a networkx data dictionary such as `{'weight': 2.0, 'x': 1}`.
    private func pythonWeight(in dictionary: String) -> String? {
        guard let key = dictionary.range(of: "'weight':") ?? dictionary.range(of: "\"weight\":") else { return nil }
        let rest = dictionary[key.upperBound...].drop { $0 == " " }
        return String(rest.prefix { $0 != "," && $0 != "}" }).trimmed()
    }
}
