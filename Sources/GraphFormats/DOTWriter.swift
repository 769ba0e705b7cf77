import Foundation
import GraphModel

/// Writes a graph as Graphviz DOT: styled for drawing, and carrying the data to read
/// it back.
///
/// The output is one `digraph`; undirected relations are edges with `dir=none`. Each
/// entity is a node named by its id, labelled with its name, shaped and coloured by
/// kind (`DOTStyle`), with a tooltip giving kind, role and aliases. Each relation is
/// an edge coloured and dashed by kind, with a tooltip quoting its evidence.
///
/// With `Options.includesData` (the default) the model is also written as attributes,
/// so that `DOTReader` (module Graphviz) reads the same graph back:
///
/// | object | attribute | value |
/// |---|---|---|
/// | node | (node name) | entity id |
/// | node | `relgraph_kind`, `relgraph_name` | text |
/// | node | `relgraph_aliases` | JSON array of strings (when there are aliases) |
/// | node | `relgraph_attributes` | JSON object of strings (when there are attributes) |
/// | edge | `relgraph_kind` | text |
/// | edge | `relgraph_directed` | `true` or `false` |
/// | edge | `relgraph_weight` | number (shortest form that reads back exactly) |
/// | edge | `relgraph_attributes` | JSON object of strings (when there are attributes) |
/// | edge | `relgraph_evidence` | JSON array of `{document, sentence, start, end, date}` (when there is evidence) |
/// | legend | `relgraph_legend` | `true`: not part of the graph |
/// | graph | `relgraph_version` | `1`: every other node and edge carries data |
///
/// Graphviz cannot tell an empty attribute from an absent one, so an absent
/// `relgraph_*` value in a graph marked `relgraph_version` reads as empty.
///
/// Names and data values are quoted losslessly (`DOTQuoting.quotedData`), labels and
/// tooltips for display (`DOTQuoting.quotedLabel`). The same graph and options give
/// the same bytes.
public struct DOTWriter: Sendable {
    /// How to group entities into Graphviz clusters.
    public enum Clustering: String, CaseIterable, Hashable, Sendable {
        /// Each country with the persons affiliated to it (by their heaviest
        /// `affiliation` relation to a country; ties to the smaller id).
        case country
    }

    /// Entities and relations to draw bold, everything else faded.
    public struct Highlight: Hashable, Sendable {
        /// The entities to emphasise.
        public var entities: Set<EntityID>
        /// The relations to emphasise.
        public var relations: Set<RelationKey>

        public init(entities: Set<EntityID> = [], relations: Set<RelationKey> = []) {
            self.entities = entities
            self.relations = relations
        }
    }

    /// What to write and how to draw it.
    public struct Options: Hashable, Sendable {
        /// The name after `digraph`.
        public var graphName: String
        /// Shapes and colours by kind.
        public var style: DOTStyle
        /// Whether to write the `relgraph_*` data attributes that make the output
        /// read back losslessly.
        public var includesData: Bool
        /// A score per entity (centrality, say): node width grows linearly with it
        /// from `nodeWidths.lowerBound` (lowest score, or no score) to the upper bound.
        public var nodeScores: [EntityID: Double]
        /// Node widths in inches for the lowest and highest score.
        public var nodeWidths: ClosedRange<Double>
        /// Whether edge pen width grows linearly with relation weight within `penWidths`.
        public var scalesPenWidthByWeight: Bool
        /// Edge pen widths in points for the lightest and heaviest relation.
        public var penWidths: ClosedRange<Double>
        /// How to group entities into clusters, if at all.
        public var clusterBy: Clustering?
        /// Whether to draw a legend of the entity and relation kinds present.
        public var showsLegend: Bool
        /// Entities and relations to emphasise, fading everything else.
        public var highlight: Highlight?
        /// Graph attributes (`overlap`, `splines`, `rankdir`…) over the defaults
        /// (`fontname`, `outputorder=edgesfirst`).
        public var graphAttributes: [String: String]
        /// The random seed written as `start`, so neato, fdp and sfdp lay out the same
        /// way every run; nil writes none. A `start` in `graphAttributes` wins.
        public var seed: Int?

        public init(
            graphName: String = "relgraph",
            style: DOTStyle = .standard,
            includesData: Bool = true,
            nodeScores: [EntityID: Double] = [:],
            nodeWidths: ClosedRange<Double> = 0.9...2.4,
            scalesPenWidthByWeight: Bool = true,
            penWidths: ClosedRange<Double> = 1...5,
            clusterBy: Clustering? = nil,
            showsLegend: Bool = false,
            highlight: Highlight? = nil,
            graphAttributes: [String: String] = [:],
            seed: Int? = 1
        ) {
            self.graphName = graphName
            self.style = style
            self.includesData = includesData
            self.nodeScores = nodeScores
            self.nodeWidths = nodeWidths
            self.scalesPenWidthByWeight = scalesPenWidthByWeight
            self.penWidths = penWidths
            self.clusterBy = clusterBy
            self.showsLegend = showsLegend
            self.highlight = highlight
            self.graphAttributes = graphAttributes
            self.seed = seed
        }
    }

    /// The graph attribute that marks DOT written with the data attributes; its value
    /// is `dataVersion`.
    public static let versionAttribute = "relgraph_version"
    /// The version of the data attributes this build writes.
    public static let dataVersion = 1
    /// The name of the legend node (made unique against entity ids).
    public static let legendNodeName = "relgraph_legend"
    /// Evidence sentences quoted in an edge tooltip; the rest are counted.
    public static let tooltipEvidenceLimit = 10

    /// The options every `write` uses.
    public var options: Options

    /// Creates a writer with `options`.
    public init(options: Options = .init()) {
        self.options = options
    }

    /// The graph as DOT text, ending in a newline.
    ///
    /// - Complexity: O((*n* + *m*) log(*n* + *m*)) plus the size of the evidence.
    public func write(_ graph: Graph) -> String {
        var output = "digraph \(DOTQuoting.id(options.graphName)) {\n"
        writeDefaults(to: &output)
        let entities = graph.entities
        let relations = graph.relations
        let clusters = clusterMembers(graph, relations: relations)
        let clustered = Set(clusters.flatMap(\.members))
        let widths = scaled(options.nodeScores, over: entities.map(\.id), to: options.nodeWidths)
        for (country, members) in clusters {
            output += "\tsubgraph \(DOTQuoting.id("cluster_" + country.rawValue)) {\n"
            let name = graph[country]?.name ?? country.rawValue
            output +=
                "\t\tgraph [label=\(DOTQuoting.quotedLabel(name)), style=\"rounded,dashed\", "
                + "color=\"#a0aec0\", fontcolor=\"#4a5568\"];\n"
            for id in members {
                if let entity = graph[id] { output += "\t\t" + node(entity, width: widths[id]) }
            }
            output += "\t}\n"
        }
        for entity in entities where !clustered.contains(entity.id) {
            output += "\t" + node(entity, width: widths[entity.id])
        }
        let penWidths =
            options.scalesPenWidthByWeight
            ? scaled(
                Dictionary(relations.map { ($0.key, $0.weight) }, uniquingKeysWith: +),
                over: relations.map(\.key), to: options.penWidths)
            : [:]
        for relation in relations {
            output += "\t" + edge(relation, in: graph, penWidth: penWidths[relation.key])
        }
        if options.showsLegend { writeLegend(graph, entities: entities, relations: relations, to: &output) }
        output += "}\n"
        return output
    }

    // MARK: - Graph defaults

    private func writeDefaults(to output: inout String) {
        var attributes = ["fontname": options.style.fontName, "outputorder": "edgesfirst"]
        if let seed = options.seed { attributes["start"] = String(seed) }
        if options.includesData { attributes[Self.versionAttribute] = String(Self.dataVersion) }
        attributes.merge(options.graphAttributes) { _, new in new }
        output +=
            "\tgraph ["
            + attributes.sorted { $0.key < $1.key }
            .map { "\(DOTQuoting.id($0.key))=\(DOTQuoting.id($0.value))" }.joined(separator: ", ") + "];\n"
        let font = DOTQuoting.id(options.style.fontName)
        output += "\tnode [fontname=\(font), fontsize=11];\n"
        output += "\tedge [fontname=\(font), fontsize=9, arrowsize=0.7];\n"
    }

    // MARK: - Nodes

    private func node(_ entity: Entity, width: Double?) -> String {
        let style = options.style.style(for: entity.kind)
        var attributes: [(String, String)] = [
            ("label", DOTQuoting.quotedLabel(entity.name)),
            ("tooltip", DOTQuoting.quotedLabel(tooltip(for: entity))),
            ("shape", DOTQuoting.id(style.shape)),
        ]
        var lineStyle = style.style
        var fill = style.fillColor
        var border = style.borderColor
        if let highlight = options.highlight {
            if highlight.entities.contains(entity.id) {
                lineStyle += ",bold"
                attributes.append(("penwidth", "2.5"))
            } else {
                fill += Self.fadedFillAlpha
                border += Self.fadedLineAlpha
                attributes.append(("fontcolor", DOTQuoting.id("#1a202c" + Self.fadedLineAlpha)))
            }
        }
        attributes += [
            ("style", DOTQuoting.id(lineStyle)),
            ("fillcolor", DOTQuoting.id(fill)),
            ("color", DOTQuoting.id(border)),
        ]
        if let width {
            attributes.append(("width", Self.number(width)))
            attributes.append(("height", Self.number(width * 0.5)))
            let range = options.nodeWidths
            let fraction =
                range.upperBound > range.lowerBound
                ? (width - range.lowerBound) / (range.upperBound - range.lowerBound) : 0
            attributes.append(("fontsize", Self.number(11 + 7 * fraction)))
        }
        if options.includesData {
            attributes.append(("relgraph_kind", DOTQuoting.id(entity.kind.rawValue)))
            attributes.append(("relgraph_name", DOTQuoting.id(entity.name)))
            if !entity.aliases.isEmpty {
                attributes.append(("relgraph_aliases", DOTQuoting.id(JSONWriter.compact(.array(entity.aliases.map(JSONValue.string))))))
            }
            if !entity.attributes.isEmpty {
                attributes.append(("relgraph_attributes", DOTQuoting.id(Self.json(entity.attributes))))
            }
        }
        return DOTQuoting.id(entity.id.rawValue) + " " + Self.list(attributes)
    }

    private func tooltip(for entity: Entity) -> String {
        var lines = ["\(entity.name) (\(entity.kind))"]
        let post = [entity.role, entity.attributes["affiliation"]].compactMap { $0 }
        if !post.isEmpty { lines.append(post.joined(separator: ", ")) }
        if !entity.aliases.isEmpty { lines.append("also: " + entity.aliases.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }

    // MARK: - Edges

    private func edge(_ relation: Relation, in graph: Graph, penWidth: Double?) -> String {
        let style = options.style.style(for: relation.kind)
        var attributes: [(String, String)] = []
        if !relation.isDirected { attributes.append(("dir", "none")) }
        var color = style.color
        var lineStyle = style.lineStyle
        var width = penWidth ?? 1
        if let highlight = options.highlight {
            if highlight.relations.contains(relation.key) {
                lineStyle = lineStyle == "solid" ? "bold" : lineStyle + ",bold"
                width = max(width, 3)
            } else {
                color += Self.fadedLineAlpha
            }
        }
        attributes += [
            ("color", DOTQuoting.id(color)),
            ("style", DOTQuoting.id(lineStyle)),
        ]
        if penWidth != nil || options.highlight != nil { attributes.append(("penwidth", Self.number(width))) }
        attributes.append(("tooltip", DOTQuoting.quotedLabel(tooltip(for: relation, in: graph))))
        if options.includesData {
            attributes += [
                ("relgraph_kind", DOTQuoting.id(relation.kind.rawValue)),
                ("relgraph_directed", relation.isDirected ? "true" : "false"),
                ("relgraph_weight", DOTQuoting.id(Self.exactNumber(relation.weight))),
            ]
            if !relation.attributes.isEmpty {
                attributes.append(("relgraph_attributes", DOTQuoting.id(Self.json(relation.attributes))))
            }
            if !relation.evidence.isEmpty {
                attributes.append(("relgraph_evidence", DOTQuoting.id(JSONWriter.compact(.array(relation.evidence.map(\.jsonValue))))))
            }
        }
        return DOTQuoting.id(relation.source.rawValue) + " -> " + DOTQuoting.id(relation.target.rawValue)
            + " " + Self.list(attributes)
    }

    private func tooltip(for relation: Relation, in graph: Graph) -> String {
        let source = graph[relation.source]?.name ?? relation.source.rawValue
        let target = graph[relation.target]?.name ?? relation.target.rawValue
        var lines = ["\(source) \(relation.isDirected ? "→" : "—") \(target): \(relation.kind)"]
        if let date = relation.attributes["date"] { lines[0] += " (\(date))" }
        for evidence in relation.evidence.prefix(Self.tooltipEvidenceLimit) {
            lines.append("• \(evidence.sentence) [\(evidence.document)]")
        }
        if relation.evidence.count > Self.tooltipEvidenceLimit {
            lines.append("… and \(relation.evidence.count - Self.tooltipEvidenceLimit) more")
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Clusters

    /// The clusters to draw: each country with its affiliated persons, by country id.
    private func clusterMembers(_ graph: Graph, relations: [Relation]) -> [(country: EntityID, members: [EntityID])] {
        guard options.clusterBy == .country else { return [] }
        var best: [EntityID: Relation] = [:]
        for relation in relations where relation.kind == .affiliation {
            guard graph[relation.source]?.kind == .person, graph[relation.target]?.kind == .country else { continue }
            if let current = best[relation.source],
                current.weight > relation.weight
                    || (current.weight == relation.weight && current.target < relation.target)
            {
                continue
            }
            best[relation.source] = relation
        }
        var members: [EntityID: [EntityID]] = [:]
        for (person, relation) in best { members[relation.target, default: []].append(person) }
        return members.keys.sorted().map { country in (country, [country] + members[country]!.sorted()) }
    }

    // MARK: - Legend

    private func writeLegend(_ graph: Graph, entities: [Entity], relations: [Relation], to output: inout String) {
        let entityKinds = Self.displayOrder(Set(entities.map(\.kind)), first: EntityKind.extracted)
        let relationKinds = Self.displayOrder(Set(relations.map(\.kind)), first: RelationKind.extracted)
        var rows = ["<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"]
        for kind in entityKinds {
            let style = options.style.style(for: kind)
            let rounded = style.style.contains("rounded") || style.shape != "box" ? " STYLE=\"rounded\"" : ""
            rows.append(
                "<TR><TD BGCOLOR=\"\(style.fillColor)\" COLOR=\"\(style.borderColor)\" BORDER=\"1\" "
                    + "WIDTH=\"28\" HEIGHT=\"16\"\(rounded)></TD>"
                    + "<TD ALIGN=\"LEFT\">\(DOTQuoting.escapedHTML(kind.rawValue))</TD></TR>")
        }
        for kind in relationKinds {
            let style = options.style.style(for: kind)
            let directed = relations.contains { $0.kind == kind && $0.isDirected }
            let lineStyle = style.lineStyle == "solid" ? "" : " STYLE=\"\(style.lineStyle)\""
            rows.append(
                "<TR><TD SIDES=\"B\" BORDER=\"2\" COLOR=\"\(style.color)\" WIDTH=\"28\" HEIGHT=\"8\"\(lineStyle)></TD>"
                    + "<TD ALIGN=\"LEFT\">\(DOTQuoting.escapedHTML(kind.rawValue))\(directed ? " →" : "")</TD></TR>")
        }
        var name = Self.legendNodeName
        while graph.contains(EntityID(rawValue: name)) { name += "_" }
        output +=
            "\t\(DOTQuoting.id(name)) [shape=plain, label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" "
            + "CELLSPACING=\"2\" CELLPADDING=\"2\">" + rows.joined() + "</TABLE>>, relgraph_legend=true];\n"
    }

    private static func displayOrder<Kind: Comparable>(_ present: Set<Kind>, first: [Kind]) -> [Kind] {
        first.filter(present.contains) + present.subtracting(first).sorted()
    }

    // MARK: - Formatting

    private static let fadedFillAlpha = "40"
    private static let fadedLineAlpha = "59"

    private static func list(_ attributes: [(String, String)]) -> String {
        "[" + attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "];\n"
    }

    /// Each key's score mapped linearly from the scores' range onto `range`; keys
    /// without a score (or all keys, when the scores are equal) get the lower bound.
    /// Empty when no key has a score.
    private func scaled<Key: Hashable>(_ scores: [Key: Double], over keys: [Key], to range: ClosedRange<Double>)
        -> [Key: Double]
    {
        let values = keys.compactMap { scores[$0] }.filter(\.isFinite)
        guard let low = values.min(), let high = values.max() else { return [:] }
        var result: [Key: Double] = [:]
        for key in keys {
            guard let score = scores[key], score.isFinite, high > low else {
                result[key] = range.lowerBound
                continue
            }
            result[key] = range.lowerBound + (score - low) / (high - low) * (range.upperBound - range.lowerBound)
        }
        return result
    }

    /// `value` rounded to two decimals, without trailing zeros (`1.5`, `2`).
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100
        let fraction = abs(hundredths) % 100
        if fraction == 0 { return sign + String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return "\(sign)\(whole).\(digits)"
    }

    /// `value` in the shortest form that reads back as the same `Double`.
    static func exactNumber(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return value.description
    }

    /// `attributes` as compact JSON with sorted keys (deterministic).
    private static func json(_ attributes: [String: String]) -> String {
        JSONWriter.compact(.object(attributes.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
    }
}
