import ArgumentParser
import Foundation

/// A file (or, for CSV, a pair of files) that `relgraph report` writes, named for
/// `--formats` by its format.
enum ReportFile: String, CaseIterable, Hashable, Comparable {
    /// `graph.json`: the whole graph with evidence.
    case json
    /// `graph.dot`: the styled DOT that is drawn.
    case dot
    /// `graph.graphml`.
    case graphml
    /// `nodes.csv` and `edges.csv`, with the centrality columns.
    case csv
    /// `graph.svg`.
    case svg
    /// `graph.png`.
    case png
    /// `report.html`: the interactive page.
    case html
    /// `summary.md`.
    case md

    /// The names of the files written into the report's folder.
    var fileNames: [String] {
        switch self {
        case .json: ["graph.json"]
        case .dot: ["graph.dot"]
        case .graphml: ["graph.graphml"]
        case .csv: ["nodes.csv", "edges.csv"]
        case .svg: ["graph.svg"]
        case .png: ["graph.png"]
        case .html: ["report.html"]
        case .md: ["summary.md"]
        }
    }

    /// Whether the file needs the measures and communities.
    var needsAnalysis: Bool { self == .csv || self == .html || self == .md }

    static func < (lhs: ReportFile, rhs: ReportFile) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The files `list` names (comma-separated, any case; `all` for every file).
    ///
    /// - Throws: `ValidationError` (a usage error) naming an unknown format, or for an empty list.
    static func parse(_ list: String) throws(ValidationError) -> Set<ReportFile> {
        var files = Set<ReportFile>()
        for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() })
        where !name.isEmpty {
            if name == "all" {
                files.formUnion(allCases)
            } else if let file = ReportFile(rawValue: name) {
                files.insert(file)
            } else {
                throw ValidationError("unknown format '\(name)' for --formats (valid: \(validNames))")
            }
        }
        guard !files.isEmpty else { throw ValidationError("--formats needs at least one format (valid: \(validNames))") }
        return files
    }

    /// The names `--formats` accepts.
    static var validNames: String { (allCases.map(\.rawValue) + ["all"]).joined(separator: ", ") }
}
