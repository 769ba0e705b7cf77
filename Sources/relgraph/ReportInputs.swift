import Extraction
import Foundation
import GraphModel

/// The inputs of `relgraph report`: articles extracted on the fly, or graphs read.
enum ReportInputs {
    /// All `inputs` merged into one graph: article paths (`.txt`, folders) are
    /// extracted, corpus stores read with `store`'s filters, every other path is read
    /// as a graph in any format.
    static func load(_ inputs: [String], store: StoreOptions, progress: ProgressReporter) throws -> Graph {
        var merged = Graph()
        let articlePaths = inputs.filter(ArticleInput.isArticlePath)
        if !articlePaths.isEmpty {
            let articles = try ArticleInput.articles(articlePaths)
            let extractor = try ArticleInput.extractor()
            var done = 0
            try ArticleInput.extract(articles, with: extractor, jobs: nil) { _, graph in
                merged.merge(graph)
                done += 1
                progress.update("extracting", done: done, total: articles.count)
            }
        }
        for path in inputs where !ArticleInput.isArticlePath(path) {
            progress.update("reading \(path)")
            merged.merge(try store.graph(at: path))
        }
        return merged
    }

    /// A title naming the inputs and the graph's size.
    static func title(for inputs: [String], graph: Graph) -> String {
        let names = inputs.map { URL(fileURLWithPath: $0).lastPathComponent }
        let shown = names.count > 3 ? names.prefix(3).joined(separator: ", ") + ", …" : names.joined(separator: ", ")
        return "Relationship graph of \(shown)"
    }

    /// `title`, followed by what the store filters select ("…, evidence dated
    /// 2024-01-01 to 2024-06-30"), so the page and the summary say which period they show.
    static func title(_ title: String, selecting store: StoreOptions) -> String {
        store.selectionDescription.map { "\(title), \($0)" } ?? title
    }

    /// When the report was made: `SOURCE_DATE_EPOCH` if set (reproducible builds), else now, in UTC.
    static func generatedStamp() -> String {
        var date = Date()
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Double(epoch) {
            date = Date(timeIntervalSince1970: seconds)
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: date)
    }
}
