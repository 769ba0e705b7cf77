import Foundation
import Testing

/// The layouts `relgraph render` and `report` choose keep labels apart: read back from
/// Graphviz's JSON output (node positions and sizes, and each label's text position
/// and width), no two nodes' boxes and no two labels intersect.
@Suite struct RenderLayoutTests {
    /// A box in points.
    struct Box: CustomStringConvertible {
        var name: String
        var minX, minY, maxX, maxY: Double

        func intersects(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }

        var description: String { "\(name) [\(Int(minX)),\(Int(minY))–\(Int(maxX)),\(Int(maxY))]" }
    }

    /// The nodes' boxes and the labels' boxes of a Graphviz JSON drawing.
    static func boxes(_ json: Data) throws -> (nodes: [Box], labels: [Box]) {
        let document = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        var nodes: [Box] = []
        var labels: [Box] = []
        for object in document["objects"] as? [[String: Any]] ?? [] {
            guard let name = object["name"] as? String, let position = object["pos"] as? String,
                let width = (object["width"] as? String).flatMap(Double.init),
                let height = (object["height"] as? String).flatMap(Double.init)
            else { continue }  // clusters have no position
            let xy = position.split(separator: ",").compactMap { Double($0) }
            try #require(xy.count == 2)
            let (w, h) = (width * 72, height * 72)
            nodes.append(Box(name: name, minX: xy[0] - w / 2, minY: xy[1] - h / 2, maxX: xy[0] + w / 2, maxY: xy[1] + h / 2))
            var fontSize = 14.0
            for operation in object["_ldraw_"] as? [[String: Any]] ?? [] {
                if operation["op"] as? String == "F", let size = operation["size"] as? Double { fontSize = size }
                guard operation["op"] as? String == "T", let point = operation["pt"] as? [Double],
                    let textWidth = operation["width"] as? Double
                else { continue }
                let left: Double
                switch operation["align"] as? String {
                case "l": left = point[0]
                case "r": left = point[0] - textWidth
                default: left = point[0] - textWidth / 2
                }
                // The baseline is at y; descenders reach a quarter of the size below it.
                labels.append(
                    Box(name: name, minX: left, minY: point[1] - fontSize * 0.25, maxX: left + textWidth,
                        maxY: point[1] + fontSize * 0.8))
            }
        }
        return (nodes, labels)
    }

    static func overlaps(_ boxes: [Box]) -> [String] {
        var found: [String] = []
        for i in boxes.indices {
            for j in boxes.indices where j > i && boxes[i].name != boxes[j].name && boxes[i].intersects(boxes[j]) {
                found.append("\(boxes[i]) × \(boxes[j])")
            }
        }
        return found
    }

    @Test(arguments: [[], ["--layout", "neato"], ["--layout", "sfdp"], ["--layout", "fdp"]])
    func labelsDoNotOverlap(layout: [String]) throws {
        let directory = try CLIRunner.temporaryDirectory()
        // 12 countries with 4 persons each: 60 entities, names of 5 to 22 characters.
        let graph = try TestGraphs.diplomacy(countries: 12, personsPerCountry: 4, in: directory)
        let result = try CLIRunner.run(
            ["render", graph.path, "-o", "-", "--format", "json", "--legend", "--cluster-by", "country"] + layout)
        #expect(result.status == 0, "\(result.stderr)")
        let (nodes, labels) = try Self.boxes(result.stdout)
        #expect(nodes.count == 61)  // and the legend
        #expect(labels.count >= 60)
        #expect(Self.overlaps(nodes) == [])
        #expect(Self.overlaps(labels) == [])
    }

    @Test func theCheckFindsOverlaps() throws {
        // Two nodes 60 points apart, 1 inch wide: the boxes overlap, the labels too.
        let json = """
            {"objects": [
              {"name": "a", "pos": "100,100", "width": "1", "height": "0.5",
               "_ldraw_": [{"op": "F", "size": 14}, {"op": "T", "pt": [100, 96], "align": "c", "width": 70}]},
              {"name": "b", "pos": "160,110", "width": "1", "height": "0.5",
               "_ldraw_": [{"op": "T", "pt": [160, 106], "align": "l", "width": 30}]},
              {"name": "c", "pos": "400,100", "width": "1", "height": "0.5"}
            ]}
            """
        let (nodes, labels) = try Self.boxes(Data(json.utf8))
        #expect(Self.overlaps(nodes).count == 1)
        #expect(Self.overlaps(labels).count == 0)  // b's label starts at x=160, a's ends at 135
        let (_, moved) = try Self.boxes(Data(json.replacingOccurrences(of: "[160, 106]", with: "[120, 100]").utf8))
        #expect(Self.overlaps(moved).count == 1)
    }

    @Test func dotOnlyWhereItFits() throws {
        let directory = try CLIRunner.temporaryDirectory()
        // 60 entities: few enough for dot, whose drawing is a strip 6 times wider than
        // tall; neato draws it instead, whatever the format.
        let wide = try TestGraphs.diplomacy(countries: 12, personsPerCountry: 4, in: directory)
        let base = ["render", wide.path, "-o", "-", "--cluster-by", "country"]
        let dot = try CLIRunner.run(base + ["--format", "dot"])
        #expect(dot.status == 0, "\(dot.stderr)")
        #expect(dot.stdoutText.contains("overlap=prism"))
        #expect(!dot.stdoutText.contains("subgraph"))
        let plain = try CLIRunner.run(base + ["--format", "plain"])
        let size = plain.stdoutText.split(separator: "\n")[0].split(separator: " ").compactMap { Double($0) }
        // plain's first line: graph SCALE WIDTH HEIGHT.
        #expect(size.count == 3 && max(size[1] / size[2], size[2] / size[1]) <= 3, "\(size)")
        // Asked for by name, dot draws the strip, with the clusters.
        let asked = try CLIRunner.run(base + ["--format", "plain", "--layout", "dot"])
        let strip = asked.stdoutText.split(separator: "\n")[0].split(separator: " ").compactMap { Double($0) }
        #expect(strip.count == 3 && strip[1] / strip[2] > 3, "\(strip)")
        // A small graph that dot draws well keeps dot.
        let small = try CLIRunner.run(["render", RenderCommandTests.fixture, "-o", "-", "--format", "dot"])
        #expect(!small.stdoutText.contains("overlap"))
    }

    @Test func clustersAreDrawnByDotAndFdpOnly() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let graph = try TestGraphs.diplomacy(countries: 3, personsPerCountry: 2, in: directory)
        for (engine, clusters) in [("dot", 3), ("fdp", 3), ("neato", 0), ("sfdp", 0)] {
            let result = try CLIRunner.run(
                ["render", graph.path, "-o", "-", "--format", "svg", "--cluster-by", "country", "--layout", engine])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdoutText.components(separatedBy: "class=\"cluster\"").count - 1 == clusters, "\(engine)")
        }
    }
}
