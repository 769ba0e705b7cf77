import Foundation
import GraphFormats
import GraphModel
import Testing

@Suite struct CSVReaderTests {
    @Test(arguments: CSVLayout.allCases)
    func roundTripsEveryLayout(layout: CSVLayout) throws {
        let graph = SampleGraphs.tricky
        let tables = try CSVWriter(layout: layout).write(graph)
        #expect(try CSVReader().read(tables) == graph)
    }

    @Test func aliasesWithSemicolonsRoundTrip() throws {
        var graph = Graph()
        graph.add(Entity(kind: .organization, name: "P5+1", aliases: ["E3; plus three", "[sic]"]))
        let tables = try CSVWriter().write(graph)
        #expect(tables.nodes.contains(#""[""E3; plus three"",""[sic]""]""#))
        #expect(try CSVReader().read(tables) == graph)
    }

    @Test func readsRWriteCSVWithRowNames() throws {
        // write.csv(nodes, na = "") keeps R's row names as a first, unnamed column.
        let nodes = "\"\",\"id\",\"name\",\"kind\"\n\"1\",\"a\",\"A\",\"country\"\n"
        let edges = "\"\",\"source\",\"target\"\n\"1\",\"a\",\"a\"\n"
        let graph = try CSVReader().read(CSVTables(nodes: nodes, edges: edges))
        #expect(graph[EntityID("a")] == Entity(id: "a", kind: .country, name: "A"))
        #expect(graph.relations.first?.attributes == [:])
    }

    /// Gephi 0.10's Data Laboratory "Export table" output.
    @Test func readsGephiExport() throws {
        let nodes = "Id,Label,timeset,Modularity Class\n0,Myriel,,0\n1,Napoleon,,0\n"
        let edges = "Source,Target,Type,Id,Label,timeset,Weight\n1,0,Undirected,0,,,1.0\n0,1,Directed,1,,,4.5\n"
        let graph = try CSVReader().read(CSVTables(nodes: nodes, edges: edges))
        #expect(graph.entities.map(\.name) == ["Myriel", "Napoleon"])
        #expect(graph[EntityID("0")]?.attributes == ["Modularity Class": "0"])
        #expect(graph.relations.count == 2)
        #expect(graph.relations.first { $0.isDirected }?.weight == 4.5)
        #expect(graph.relations.first { !$0.isDirected }?.attributes == ["Id": "0"])
    }

    @Test func readsTablesWrittenByHand() throws {
        // As R's write.csv or a spreadsheet would save them: CRLF, quoted header, columns reordered.
        let nodes = "\"name\",\"id\",\"kind\"\r\n\"Armenia\",\"AM\",\"country\"\r\nAzerbaijan,AZ,country\r\n"
        let edges = "weight,target,source,kind,tone\r\n2,AM,AZ,meeting,positive\r\n,AZ,AM,statement,\r\n"
        let graph = try CSVReader().read(CSVTables(nodes: nodes, edges: edges))
        #expect(graph.entities.map(\.name) == ["Armenia", "Azerbaijan"])
        let meeting = try #require(graph.relations.first { $0.kind == .meeting })
        #expect(!meeting.isDirected && meeting.weight == 2 && meeting.attributes == ["tone": "positive"])
        let statement = try #require(graph.relations.first { $0.kind == .statement })
        #expect(statement.isDirected && statement.weight == 1 && statement.attributes.isEmpty)
    }

    @Test(arguments: [
        ("id,name\na,A\n", "source,target\na,b\n", "edges.csv:2:", "'b', which is not in nodes.csv"),
        ("id,name\na,A\n", "source,target,weight\n\na,a,x\n", "edges.csv:3:", "weight 'x' is not a number"),
        ("id,name\na,A\n", "source,target,weight\na,a,inf\n", "edges.csv:2:", "not finite"),
        ("name\nA\n", "source,target\n", "nodes.csv:1:", "no 'id' column"),
        ("id,name\n\"a\nb,A\n", "source,target\n", "nodes.csv:2:", "unterminated quoted field"),
        ("id,name\na,A,extra\n", "source,target\n", "nodes.csv:2:", "3 cells, but the header has 2 columns"),
        ("id,name\na,A\n", "source,target,evidence\na,a,\"[{\"\"x\"\": 1}]\"\n", "edges.csv:2:", "missing \"document\""),
        ("id,name\na\"b,A\n", "source,target\n", "nodes.csv:2:", "quote inside an unquoted field"),
    ])
    func malformedInputNamesFileAndLine(nodes: String, edges: String, prefix: String, phrase: String) throws {
        let error = #expect(throws: GraphFormatError.self) {
            try CSVReader().read(CSVTables(nodes: nodes, edges: edges))
        }
        #expect(error?.description.hasPrefix(prefix) == true, "\(String(describing: error))")
        #expect(error?.description.contains(phrase) == true, "\(String(describing: error))")
    }
}
