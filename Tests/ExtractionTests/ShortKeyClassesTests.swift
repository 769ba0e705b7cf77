import Testing
@testable import Extraction

@Suite struct ShortKeyClassesTests {
    /// Through several growths, with a key set twice and the empty key, the table answers as
    /// a dictionary from codes to classes (none for an unknown code).
    @Test func answersAsADictionaryByCode() {
        let table = ShortKeyClasses()
        var reference: [UInt64: Lexicon.WordClass] = [:]
        for k in 0..<500 {
            let code = Token.code(of: "w\(k)")
            let classes: Lexicon.WordClass = k % 3 == 0 ? [.stop] : [.month, .speech]
            table.set(classes, of: code)
            reference[code] = classes
        }
        let again = Token.code(of: "w7")
        table.set([.weekday], of: again)
        reference[again] = [.weekday]
        for k in 0..<1000 {
            let code = Token.code(of: "w\(k)")
            #expect(table.classes(of: code) == (reference[code] ?? []), "w\(k)")
        }
        #expect(table.classes(of: 0) == [])
        table.set([.stop], of: 0)
        #expect(table.classes(of: 0) == [.stop])
    }

    @Test func aCopyIsIndependent() {
        let table = ShortKeyClasses()
        table.set([.stop], of: Token.code(of: "the"))
        let copy = ShortKeyClasses(copying: table)
        copy.set([.month], of: Token.code(of: "may"))
        #expect(table.classes(of: Token.code(of: "may")) == [])
        #expect(copy.classes(of: Token.code(of: "the")) == [.stop])
        #expect(copy.classes(of: Token.code(of: "may")) == [.month])
    }
}
