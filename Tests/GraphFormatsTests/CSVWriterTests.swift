import Foundation
import GraphFormats
import GraphModel
import Testing

@Suite struct CSVWriterTests {
    static var graph: Graph {
        var graph = Graph()
        graph.add(Entity(kind: .person, name: "Ilham Aliyev", aliases: ["Aliyev"], attributes: ["role": "President", "x": "1"]))
        graph.add(Entity(kind: .country, name: "Armenia, \"AM\""))
        graph.add(Entity(id: "=cmd", kind: .node, name: "=HYPERLINK(\"http://x\")", aliases: ["@SUM(A1)", "+1", "-1", "'=x"],
                attributes: ["role": "-1", "affiliation": "+1", "iso": "@1"]))
        try! graph.add(
            Relation(
                kind: .statement, source: "person/ilham-aliyev", target: "country/armenia-am", weight: -2,
                attributes: ["date": "May 1"],
                evidence: [Evidence(document: "a.txt", sentence: "Aliyev said \"no\",\nthen left.", start: 0, end: 27)]))
        try! graph.add(Relation(kind: .link, source: "=cmd", target: "country/armenia-am", weight: 0.25))
        return graph
    }

    @Test func plainLayoutKnownAnswer() throws {
        let tables = try CSVWriter().write(Self.graph)
        #expect(
            tables.nodes == #"""
                id,kind,name,aliases,role,affiliation,iso,x
                '=cmd,node,"'=HYPERLINK(""http://x"")",''=x; +1; -1; @SUM(A1),'-1,'+1,'@1,
                country/armenia-am,country,"Armenia, ""AM""",,,,,
                person/ilham-aliyev,person,Ilham Aliyev,Aliyev,President,,,1

                """#)
        #expect(
            tables.edges == #"""
                source,target,kind,directed,weight,date,tone,cameo,evidence_count,first_evidence,evidence
                '=cmd,country/armenia-am,link,false,0.25,,,,0,,
                person/ilham-aliyev,country/armenia-am,statement,true,-2,May 1,,,1,"Aliyev said ""no"",
                then left.","[{""document"":""a.txt"",""end"":27,""sentence"":""Aliyev said \""no\"",\nthen left."",""start"":0}]"

                """#)
    }

    @Test func neutralisesEveryFormulaTriggerButNotNumbers() throws {
        let tables = try CSVWriter().write(Self.graph)
        #expect(tables.edges.contains(",-2,"))  // a negative weight stays a number
        for cell in ["\n'=cmd", ",''=x", ",'-1,", ",'+1,", ",'@1,"] { #expect(tables.nodes.contains(cell)) }
        let raw = try CSVWriter(layout: .plain, neutralizesFormulas: false).write(Self.graph)
        #expect(raw.nodes.contains("=cmd,node,"))
        #expect(try CSVReader().read(tables) == Self.graph)
    }

    @Test func graphFramesLayout() throws {
        let tables = try CSVWriter(layout: .graphFrames).write(Self.graph)
        #expect(tables.nodes.hasPrefix("id,kind,name,aliases,role,affiliation,iso,x\n=cmd,node,"))
        #expect(tables.edges.hasPrefix("src,dst,relationship,directed,weight,date,tone,cameo,evidence_count,first_evidence,evidence\n"))
    }

    @Test func neo4jLayout() throws {
        let tables = try CSVWriter(layout: .neo4j).write(Self.graph)
        let nodeLines = tables.nodes.split(separator: "\n")
        #expect(nodeLines[0] == "id:ID,kind,name,aliases:string[],role,affiliation,iso,x,:LABEL")
        #expect(nodeLines[3] == "person/ilham-aliyev,person,Ilham Aliyev,Aliyev,President,,,1,Person")
        #expect(
            tables.edges.hasPrefix(
                ":START_ID,:END_ID,:TYPE,kind,directed:boolean,weight:double,date,tone,cameo,evidence_count:int,first_evidence,evidence\n"
                    + "=cmd,country/armenia-am,LINK,link,false,0.25,"))
    }
}
