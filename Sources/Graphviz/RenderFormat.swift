/// An output format Graphviz renders to.
public enum RenderFormat: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// Scalable Vector Graphics (XML text).
    case svg
    /// Portable Network Graphics bitmap.
    case png
    /// Portable Document Format.
    case pdf
    /// Graphviz's plain text layout: node positions and edge splines, in inches.
    case plain
    /// Graphviz's JSON with the layout coordinates (`-Tjson`).
    case json

    public var description: String { rawValue }

    /// The format named `name` (case-insensitive), also usable for a file extension.
    ///
    /// - Throws: `GraphvizError.unknownFormat` listing the valid names.
    public init(parsing name: String) throws {
        guard let format = RenderFormat(rawValue: name.lowercased()) else {
            throw GraphvizError.unknownFormat(name, valid: RenderFormat.allCases.map(\.rawValue))
        }
        self = format
    }

    /// Whether the output is text (SVG, plain, JSON) rather than binary.
    public var isText: Bool { self != .png && self != .pdf }

    /// Whether the output is a bitmap, whose size in pixels depends on the resolution.
    public var isBitmap: Bool { self == .png }
}
