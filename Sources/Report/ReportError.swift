/// Errors raised while building the report's page and summary.
public enum ReportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A bundled asset of the page is missing from the build.
    case missingAsset(String)
    /// The drawing passed as SVG is not an SVG document; the message says why.
    case invalidDrawing(String)
    /// A number of the page's data is NaN or infinite, which JSON cannot hold; the
    /// message names it.
    case unencodableNumber(String)

    public var description: String {
        switch self {
        case .missingAsset(let name):
            "report asset '\(name)' not found: keep relgraph_Report.resources beside the relgraph executable, or set RELGRAPH_RESOURCES to the folder that holds it"
        case .invalidDrawing(let message): "the graph drawing is not usable SVG: \(message)"
        case .unencodableNumber(let message): "the page's data cannot hold a number that is not finite: \(message)"
        }
    }
}
