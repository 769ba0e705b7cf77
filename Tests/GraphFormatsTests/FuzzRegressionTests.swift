import Foundation
import GraphFormats
import GraphModel
import Testing

/// Inputs the fuzzers (Fuzz/, scripts/fuzz) found crashing relgraph, minimised; each
/// must now fail with a one-line error instead.
@Suite struct FuzzRegressionTests {
    /// FuzzGraphML and FuzzGEXF: an element or attribute name that is not UTF-8 in a
    /// document that declares no other encoding made FoundationXML trap (SIGILL).
    static let nonUTF8Names: [(String, [UInt8])] = [
        ("element name", Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml>\n<".utf8) + [0xE7] + Array("x/>\n</graphml>\n".utf8)),
        ("attribute name", Array("<graphml>\n<node id=\"a\" ".utf8) + [0xE7] + Array("=\"1\"/>\n</graphml>\n".utf8)),
        ("gexf element", Array("<gexf>\n<graph>\n<".utf8) + [0xC3, 0x28] + Array("/>\n</graph></gexf>\n".utf8)),
    ]

    @Test(arguments: 0..<3)
    func nonUTF8NameIsAnErrorNotACrash(index: Int) {
        let (label, bytes) = Self.nonUTF8Names[index]
        let data = Data(bytes)
        let readers: [(String, (Data) throws -> Graph)] = [
            ("GraphML", { try GraphMLReader().read($0, source: "x.graphml") }),
            ("GEXF", { try GEXFReader().read($0, source: "x.gexf") }),
        ]
        for (format, read) in readers {
            do {
                _ = try read(data)
                Issue.record("\(format), \(label): read without an error")
            } catch let error as GraphFormatError {
                #expect(error.description.contains("not UTF-8 text"), "\(format), \(label): \(error)")
                #expect(error.description.contains(":3:") || error.description.contains(":2:"), "\(error)")
            } catch {
                Issue.record("\(format), \(label): unexpected error \(error)")
            }
        }
    }

    /// A file that declares its encoding is converted by libxml2, not refused.
    @Test func declaredLatin1IsConverted() throws {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<graphml><graph><node id=\"".utf8)
            + [0xE7] + Array("\"/></graph></graphml>\n".utf8)
        let graph = try GraphMLReader().read(Data(bytes), source: "latin1.graphml")
        #expect(graph.entities.map(\.id) == [EntityID("ç")])
    }
}
