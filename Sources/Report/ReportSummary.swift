import GraphModel

/// The report's `summary.md`: the figures a researcher pastes into notes.
///
/// Counts of entities and relations by kind, the top entities by each measure, the
/// most connected pairs and each community's members, as Markdown tables and lists.
/// Names from articles are escaped, so `|`, `*`, `_` or backticks never break a table.
public enum ReportSummary {
    /// How many entities each measure's table lists, and how many pairs.
    public static let topCount = 10

    /// The summary of `input` as Markdown. The same input gives the same text.
    ///
    /// - Complexity: O(*n* log *n* + *m* log *m*) in entities and relations.
    public static func markdown(for input: ReportInput) -> String {
        let graph = input.graph
        let relations = graph.relations
        var lines: [String] = []
        lines.append("# \(MarkdownEscaping.escape(input.title))")
        lines.append("")
        lines.append("Generated \(MarkdownEscaping.escape(input.generated)). "
            + MarkdownEscaping.escape(ReportPage.overview(of: input, relations: relations)) + ".")

        lines += ["", "## Entities and relations", ""]
        var entityCounts: [EntityKind: Int] = [:]
        for entity in graph.entities { entityCounts[entity.kind, default: 0] += 1 }
        lines += ["| Entity kind | Entities |", "| --- | ---: |"]
        for (kind, count) in entityCounts.sorted(by: { $0.key < $1.key }) {
            lines.append("| \(MarkdownEscaping.escape(kind.rawValue)) | \(count) |")
        }
        lines.append("| **total** | \(graph.entityCount) |")
        lines.append("")
        var relationCounts: [RelationKind: KindFigures] = [:]
        for relation in relations {
            relationCounts[relation.kind, default: KindFigures()].add(relation)
        }
        lines += ["| Relation kind | Relations | Total weight | Sentences |", "| --- | ---: | ---: | ---: |"]
        for (kind, figures) in relationCounts.sorted(by: { $0.key < $1.key }) {
            lines.append("| \(MarkdownEscaping.escape(kind.rawValue)) | \(figures.count) | "
                + "\(ReportNumberFormat.string(figures.weight)) | \(figures.sentences) |")
        }
        lines.append("| **total** | \(graph.relationCount) | "
            + "\(ReportNumberFormat.string(relations.reduce(0) { $0 + $1.weight })) | "
            + "\(relations.reduce(0) { $0 + $1.evidence.count }) |")

        lines += ["", "## Top entities"]
        if input.measures.isEmpty { lines += ["", "No centrality was computed."] }
        for measure in input.measures {
            let name = MarkdownEscaping.escape(measure.name)
            lines += ["", "### \(name)", "", "| # | Entity | Kind | \(name) |", "| ---: | --- | --- | ---: |"]
            for (rank, score) in measure.ranked().prefix(topCount).enumerated() {
                lines.append("| \(rank + 1) | \(displayName(score.id, in: graph)) | "
                    + "\(MarkdownEscaping.escape(graph[score.id]?.kind.rawValue ?? "")) | "
                    + "\(ReportNumberFormat.string(score.value)) |")
            }
        }

        lines += ["", "## Most connected pairs", ""]
        let pairs = ConnectedPair.ranked(in: graph)
        if pairs.isEmpty {
            lines.append("The graph has no relations between two entities.")
        } else {
            lines += ["| # | Pair | Relations | Total weight |", "| ---: | --- | --- | ---: |"]
            for (rank, pair) in pairs.prefix(topCount).enumerated() {
                let kinds = pair.weightByKind.sorted { $0.key < $1.key }
                    .map { "\(MarkdownEscaping.escape($0.key.rawValue)) (\(ReportNumberFormat.string($0.value)))" }
                lines.append("| \(rank + 1) | \(displayName(pair.first, in: graph)) — "
                    + "\(displayName(pair.second, in: graph)) | \(kinds.joined(separator: ", ")) | "
                    + "\(ReportNumberFormat.string(pair.totalWeight)) |")
            }
        }

        lines += ["", "## Communities", ""]
        if input.communities.isEmpty {
            lines.append("No communities were computed.")
        } else {
            var heading = "\(input.communities.count) "
                + (input.communities.count == 1 ? "community" : "communities")
            if let modularity = input.modularity, modularity.isFinite {
                heading += ", modularity \(ReportNumberFormat.string(modularity))"
            }
            lines.append(heading + ".")
            for (index, members) in input.communities.enumerated() {
                lines += ["", "### Community \(index + 1) (\(members.count) "
                    + (members.count == 1 ? "member)" : "members)"), ""]
                for id in members {
                    let kind = graph[id].map { " (\(MarkdownEscaping.escape($0.kind.rawValue)))" } ?? ""
                    lines.append("- \(displayName(id, in: graph))\(kind)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// How many relations of a kind there are, their total weight and their sentences.
    private struct KindFigures {
        var count = 0
        var weight = 0.0
        var sentences = 0

        mutating func add(_ relation: Relation) {
            count += 1
            weight += relation.weight
            sentences += relation.evidence.count
        }
    }

    /// The entity's name, escaped; its id when the graph does not have it.
    private static func displayName(_ id: EntityID, in graph: Graph) -> String {
        MarkdownEscaping.escape(graph[id]?.name ?? id.rawValue)
    }
}
