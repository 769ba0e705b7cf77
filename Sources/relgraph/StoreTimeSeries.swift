import CorpusStore
import Foundation
import GraphModel

/// How measures move over time: the rows of `relgraph analyze --store S --every month`,
/// one per period, measure and entity, as CSV ready to plot (long format: one value per row).
///
/// The network-level measures (entities, relations, evidence, density) are computed here;
/// entity measures come from the caller, usually `Measure.analysis(_:view:)` (the measures
/// of `relgraph analyze`).
struct StoreTimeSeries {
    /// An entity-level measure: a name for the CSV and the scores of a graph's entities.
    struct Measure {
        var name: String
        var scores: (Graph) throws -> [EntityID: Double]

        init(name: String, scores: @escaping (Graph) throws -> [EntityID: Double]) {
            self.name = name
            self.scores = scores
        }
    }

    var slices: [TimeSlice]
    var measures: [Measure]
    /// Keep, for each measure, only the entities among the `top` highest summed over all
    /// periods (`nil`: all), so a plot shows the main actors.
    var top: Int?

    static let header = "period,start,end,measure,entity,name,value"

    /// The CSV text, header included, rows in period order.
    func csv() throws -> String {
        var lines = [Self.header]
        var names: [EntityID: String] = [:]
        for slice in slices {
            for entity in slice.graph.entities { names[entity.id] = entity.name }
        }
        var perMeasure: [[[EntityID: Double]]] = []
        for measure in measures {
            perMeasure.append(try slices.map { try measure.scores($0.graph) })
        }
        for (index, slice) in slices.enumerated() {
            let prefix = "\(slice.label),\(slice.start),\(slice.end)"
            let graph = slice.graph
            let n = Double(graph.entityCount)
            let density = n > 1 ? Double(graph.relationCount) / (n * (n - 1) / 2) : 0
            let evidence = graph.relations.reduce(0) { $0 + $1.weight }
            for (name, value) in [
                ("entities", n), ("relations", Double(graph.relationCount)), ("evidence", evidence),
                ("density", density),
            ] {
                lines.append("\(prefix),\(name),,,\(Self.number(value))")
            }
            for (measureIndex, measure) in measures.enumerated() {
                let kept = keptEntities(perMeasure[measureIndex])
                for (id, value) in perMeasure[measureIndex][index].sorted(by: { $0.key < $1.key })
                where kept?.contains(id) ?? true {
                    lines.append(
                        "\(prefix),\(Self.field(measure.name)),\(Self.field(id.rawValue)),"
                            + "\(Self.field(names[id] ?? id.rawValue)),\(Self.number(value))")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func keptEntities(_ series: [[EntityID: Double]]) -> Set<EntityID>? {
        guard let top else { return nil }
        var totals: [EntityID: Double] = [:]
        for scores in series {
            for (id, value) in scores { totals[id, default: 0] += value }
        }
        let ranked = totals.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return Set(ranked.prefix(top).map(\.key))
    }

    static func number(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return String(format: "%.6g", value)
    }

    /// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
