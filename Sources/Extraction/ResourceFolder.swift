import Foundation

/// Where the extraction's tables are, found without `Bundle.module`, which stops the process
/// when its bundle is neither beside the executable nor in the build folder (an installed copy
/// of `relgraph` whose build folder is gone).
///
/// Looked for, in order:
/// 1. `$RELGRAPH_RESOURCES/relgraph_Extraction.resources/Resources` when the variable is set
///    (and only there: an explicit place is not second-guessed);
/// 2. `relgraph_Extraction.resources/Resources` beside the executable (links resolved) or the
///    main bundle (a test runner's folder), where SwiftPM puts it;
/// 3. the `Resources` folder of the sources the module was built from.
enum ResourceFolder {
    /// The bundle's folder name, as SwiftPM names it (`PACKAGE_TARGET.resources`).
    static let bundleName = "relgraph_Extraction.resources"

    /// The folder holding the tables, or nil when none of the places has them.
    static let url: URL? = locate(environment: ProcessInfo.processInfo.environment)

    /// The first place of the order above that holds `countries.tsv`.
    static func locate(environment: [String: String]) -> URL? {
        candidates(environment: environment).first { url in
            FileManager.default.fileExists(atPath: url.appendingPathComponent("countries.tsv").path)
        }
    }

    static func candidates(environment: [String: String]) -> [URL] {
        if let explicit = environment["RELGRAPH_RESOURCES"], !explicit.isEmpty {
            return [URL(fileURLWithPath: explicit).appendingPathComponent(bundleName).appendingPathComponent("Resources")]
        }
        var folders: [URL] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() { folders.append(executable.deletingLastPathComponent()) }
        folders.append(Bundle.main.bundleURL)
        var result = folders.map { $0.appendingPathComponent(bundleName).appendingPathComponent("Resources") }
        result.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources"))
        return result
    }

    /// Why the tables cannot be read, for the error.
    static let missingMessage =
        "cannot find relgraph's tables: keep \(bundleName) beside the relgraph executable, or set RELGRAPH_RESOURCES to the folder that holds it"
}
