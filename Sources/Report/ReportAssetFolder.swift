import Foundation

/// Where the report page's script and style sheet are, found without `Bundle.module`, which
/// stops the process when its bundle is neither beside the executable nor in the build folder.
///
/// Looked for, in order: `$RELGRAPH_RESOURCES/relgraph_Report.resources/Resources` when the
/// variable is set (and only there); `relgraph_Report.resources/Resources` beside the
/// executable (links resolved) or the main bundle; the `Resources` folder of the sources the
/// module was built from.
enum ReportAssetFolder {
    static let bundleName = "relgraph_Report.resources"

    /// The folder holding the assets, or nil when none of the places has them.
    static let url: URL? = {
        let environment = ProcessInfo.processInfo.environment
        var places: [URL]
        if let explicit = environment["RELGRAPH_RESOURCES"], !explicit.isEmpty {
            places = [URL(fileURLWithPath: explicit).appendingPathComponent(bundleName).appendingPathComponent("Resources")]
        } else {
            var folders: [URL] = []
            if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() { folders.append(executable.deletingLastPathComponent()) }
            folders.append(Bundle.main.bundleURL)
            places = folders.map { $0.appendingPathComponent(bundleName).appendingPathComponent("Resources") }
            places.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources"))
        }
        return places.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("report.js").path) }
    }()
}
