import Foundation
import GraphFormats
import GraphModel
import Testing

/// Python 3 with networkx, when this machine has it.
enum Networkx {
    static let isAvailable: Bool = (try? run(["-c", "import networkx"]).status) == 0

    /// Runs `python3 arguments…`; returns the exit status and standard output.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }

    /// Reads each file with networkx, prints a summary per file, and writes it back
    /// with networkx as `nx-NAME`.
    static let script = #"""
        import json, sys, os
        import networkx as nx
        from networkx.readwrite import json_graph
        folder = sys.argv[1]
        summary = {}
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if name.startswith("nx-"):
                continue
            if name.endswith(".graphml"):
                G = nx.read_graphml(path)
                nx.write_graphml(G, os.path.join(folder, "nx-" + name))
            elif name.endswith(".gexf"):
                G = nx.read_gexf(path)
                nx.write_gexf(G, os.path.join(folder, "nx-" + name))
            elif name.endswith(".json"):
                with open(path, encoding="utf-8") as f:
                    G = json_graph.node_link_graph(json.load(f))
                with open(os.path.join(folder, "nx-" + name), "w", encoding="utf-8") as f:
                    json.dump(json_graph.node_link_data(G), f)
            else:
                continue
            names = {str(n): d.get("name", d.get("label")) for n, d in G.nodes(data=True)}
            summary[name] = {"nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
                             "directed": G.is_directed(), "names": names}
        json.dump(summary, sys.stdout, ensure_ascii=False, sort_keys=True)
        """#
}

@Suite(.enabled(if: Networkx.isAvailable, "needs python3 with networkx"))
struct NetworkxInteropTests {
    struct Summary: Decodable {
        var nodes: Int
        var edges: Int
        var directed: Bool
        var names: [String: String?]
    }

    /// Writes the sample graphs, has networkx read them (and write them back), and
    /// checks what networkx saw and what relgraph reads from networkx's files.
    @Test func networkxReadsWhatRelgraphWritesAndBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-nx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // networkx writes a carriage return raw into XML text, where every XML parser
        // reads it back as a line feed; leave that one name out.
        let tricky = SampleGraphs.tricky.filteringEntities { !$0.name.contains("\r") }, plain = SampleGraphs.plain
        try GraphMLWriter().write(tricky).write(to: folder.appendingPathComponent("tricky.graphml"), atomically: true, encoding: .utf8)
        try NodeLinkJSONWriter().write(tricky).write(to: folder.appendingPathComponent("tricky.json"), atomically: true, encoding: .utf8)
        try GEXFWriter().write(plain).write(to: folder.appendingPathComponent("plain.gexf"), atomically: true, encoding: .utf8)
        try GraphMLWriter().write(plain).write(to: folder.appendingPathComponent("plain.graphml"), atomically: true, encoding: .utf8)

        let result = try Networkx.run(["-c", Networkx.script, folder.path])
        try #require(result.status == 0, "\(result.error)")
        let summaries = try JSONDecoder().decode([String: Summary].self, from: Data(result.output.utf8))

        for file in ["tricky.graphml", "tricky.json"] {
            let summary = try #require(summaries[file])
            #expect(summary.nodes == tricky.entityCount, "\(file)")
            #expect(summary.edges == tricky.relationCount, "\(file)")
            #expect(summary.directed)
            for entity in tricky.entities { #expect(summary.names[entity.id.rawValue] == entity.name, "\(file)") }
        }
        for file in ["plain.gexf", "plain.graphml"] {
            let summary = try #require(summaries[file])
            #expect(summary.nodes == plain.entityCount && summary.edges == plain.relationCount && !summary.directed, "\(file)")
        }

        // And back: what networkx wrote reads as the graph relgraph started from.
        let graphml = try Data(contentsOf: folder.appendingPathComponent("nx-tricky.graphml"))
        #expect(try GraphMLReader().read(graphml, source: "nx-tricky.graphml") == tricky)
        let nodeLink = try Data(contentsOf: folder.appendingPathComponent("nx-tricky.json"))
        #expect(try NodeLinkJSONReader().read(nodeLink, source: "nx-tricky.json") == tricky)
        let gexf = try Data(contentsOf: folder.appendingPathComponent("nx-plain.gexf"))
        #expect(try GEXFReader().read(gexf, source: "nx-plain.gexf") == plain)
        let plainGraphML = try Data(contentsOf: folder.appendingPathComponent("nx-plain.graphml"))
        #expect(try GraphMLReader().read(plainGraphML, source: "nx-plain.graphml") == plain)
    }
}
