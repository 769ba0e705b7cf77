import Foundation
import GraphModel
import Testing
@testable import Report

@Suite struct ScriptJSONWriterTests {
    static func written(_ body: (inout ScriptJSONWriter) throws -> Void) rethrows -> String {
        var writer = ScriptJSONWriter()
        try body(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test func stringsHaveNoBreakoutAndParseBack() throws {
        let hostile = [
            "</script><script>alert(1)</script> <!-- x --> a & b \u{2028}\u{2029}",
            "quote \" backslash \\ slash / newline \n tab \t return \r nul \u{0} bell \u{7} \u{8}\u{C}\u{1F}",
            "Péter Szijjártó · 東京 · 🇭🇺 · \u{2027}\u{202A} · trailing \u{2028}",
            "",
        ]
        let json = Self.written { writer in
            writer.beginArray()
            for text in hostile { writer.string(text) }
            writer.endArray()
        }
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}", "\n", "\u{0}"] {
            #expect(!json.contains(forbidden), "\(forbidden.unicodeScalars.first!) left unescaped")
        }
        #expect(json.contains(#"\u003c/script\u003e"#))
        #expect(json.contains(#"nul \u0000 bell \u0007 \b\f\u001f"#))
        #expect(try JSONDecoder().decode([String].self, from: Data(json.utf8)) == hostile)
    }

    @Test func objectsArraysAndNumbers() throws {
        let json = try Self.written { writer in
            writer.beginObject()
            writer.key("a")
            writer.beginArray()
            try writer.number(2.0, of: "two")
            try writer.number(0.25, of: "a quarter")
            try writer.number(-1e-05, of: "small")
            try writer.number(1.5e300, of: "large")
            writer.number(-7)
            writer.bool(true)
            writer.beginObject()
            writer.endObject()
            writer.beginArray()
            writer.endArray()
            writer.endArray()
            writer.key("b")
            writer.bool(false)
            writer.endObject()
        }
        #expect(json == #"{"a":[2,0.25,-1e-05,1.5e+300,-7,true,{},[]],"b":false}"#)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((parsed["a"] as? [Any])?.count == 8)
        #expect(throws: ReportError.unencodableNumber("the weight is nan")) {
            var writer = ScriptJSONWriter()
            try writer.number(.nan, of: "the weight")
        }
        #expect(throws: ReportError.unencodableNumber("x is -inf")) {
            var writer = ScriptJSONWriter()
            try writer.number(-.infinity, of: "x")
        }
    }

    /// The page's data reads back as JSONEncoder's encoding of the same data does.
    @Test func pageDataMatchesJSONEncoder() throws {
        for input in [SampleReport.input(), ReportPageTests.hostileInput] {
            let data = ReportPageData(input)
            let written = try data.json()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let expected = try JSONSerialization.jsonObject(with: try encoder.encode(data)) as! NSDictionary
            let actual = try JSONSerialization.jsonObject(with: Data(written.utf8)) as! NSDictionary
            #expect(actual == expected)
            #expect(try JSONDecoder().decode(ReportPageData.self, from: Data(written.utf8)) == data)
        }
    }

    @Test func aWeightThatIsNotFiniteIsAnError() throws {
        var input = SampleReport.input()
        var graph = Graph()
        graph.add(Entity(kind: .country, name: "A"))
        graph.add(Entity(kind: .country, name: "B"))
        try graph.add(Relation(
            kind: .cooperation, source: EntityID(kind: .country, name: "A"),
            target: EntityID(kind: .country, name: "B"), weight: .infinity))
        input.graph = graph
        #expect(throws: ReportError.unencodableNumber("the weight of country/a – country/b is inf")) {
            try ReportPage.html(for: input)
        }
    }
}
