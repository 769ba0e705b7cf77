import Foundation

/// The page's script and style sheet, read from the module's bundled `Resources`.
enum ReportAssets {
    /// The text of the bundled asset `name` (`report.js`, `report.css`).
    ///
    /// - Throws: `ReportError.missingAsset` when the build lacks the file.
    static func text(named name: String) throws -> String {
        // `.copy("Resources")` keeps the folder; Foundation on Linux may already treat it
        // as the bundle's resource folder, so look in both places.
        let candidates = [
            Bundle.module.bundleURL.appendingPathComponent("Resources").appendingPathComponent(name),
            Bundle.module.resourceURL?.appendingPathComponent(name),
        ]
        for case let url? in candidates {
            if let data = FileManager.default.contents(atPath: url.path) { return String(decoding: data, as: UTF8.self) }
        }
        throw ReportError.missingAsset(name)
    }
}
