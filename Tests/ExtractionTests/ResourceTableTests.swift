import Testing
@testable import Extraction

@Suite struct ResourceTableTests {
    @Test func readsRowsCellsAndLines() throws {
        let text = "# a comment\nname\tcodes\n\n Alpha \tA|B | \nBeta\t\n#\u{301}not a comment\tx\n"
        let table = try ResourceTable.parse(text, name: "t.tsv", hasHeader: true)
        #expect(table.header == ["name", "codes"])
        #expect(table.rows == [["Alpha", "A|B |"], ["Beta", ""], ["#\u{301}not a comment", "x"]])
        #expect(table.lines == [4, 5, 6])
        #expect(ResourceTable.list(table.rows[0][1]) == ["A", "B"])
    }

    /// A CR LF pair is one character: a split on "\n" leaves it inside the line (as it did).
    @Test func keepsCarriageReturnLineFeedInTheLine() throws {
        let table = try ResourceTable.parse("a\tb\r\nc\td\re\n", name: "t.tsv", hasHeader: false)
        #expect(table.rows == [["a", "b\r\nc", "d\re"]])
        #expect(table.lines == [1])
    }

    @Test func trimsUnicodeSpacesAtTheEdges() throws {
        let table = try ResourceTable.parse("\u{00A0}Gamma\u{3000}\tDelta\u{2009}|\u{00A0}Eps\u{00A0}\n", name: "t.tsv", hasHeader: false)
        #expect(table.rows == [["Gamma", "Delta\u{2009}|\u{00A0}Eps"]])
        #expect(ResourceTable.list(table.rows[0][1]) == ["Delta", "Eps"])
    }
}
