import CorpusStore
import Foundation

/// The version of the extractor that `relgraph ingest` records with each document:
/// relgraph's version and a digest of the extraction's data tables, so that a new
/// release or an edited gazetteer re-extracts the corpus and nothing else does.
enum StoreExtractorVersion {
    static var current: String {
        let version = RelGraph.configuration.version
        guard let digest = resourceDigest() else { return "relgraph \(version)" }
        return "relgraph \(version) resources \(digest.prefix(16))"
    }

    /// SHA-256 over the names and contents of the files of the Extraction module's
    /// resource bundle (SwiftPM puts it beside the executable), or `nil` if not found.
    private static func resourceDigest() -> String? {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let folder = (Bundle.main.executableURL ?? executable).deletingLastPathComponent()
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path),
            let bundle = entries.first(where: { $0.hasSuffix("_Extraction.resources") })
        else { return nil }
        let root = folder.appendingPathComponent(bundle)
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return nil }
        var files: [String] = []
        for case let path as String in walker { files.append(path) }
        var bytes: [UInt8] = []
        for path in files.sorted() {
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
                continue
            }
            bytes += Array(path.utf8) + [0] + Array(data) + [0]
        }
        return ContentHash(of: bytes).description
    }
}
