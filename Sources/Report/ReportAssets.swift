import Foundation

/// The page's script and style sheet, read from the module's bundled `Resources`
/// (`ReportAssetFolder`).
enum ReportAssets {
    /// The text of the bundled asset `name` (`report.js`, `report.css`).
    ///
    /// - Throws: `ReportError.missingAsset` when the build lacks the file.
    static func text(named name: String) throws -> String {
        if let folder = ReportAssetFolder.url, let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) {
            return String(decoding: data, as: UTF8.self)
        }
        throw ReportError.missingAsset(name)
    }
}
