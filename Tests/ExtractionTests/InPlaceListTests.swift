import Testing
@testable import Extraction

@Suite struct InPlaceListTests {
    @Test func readsAndGrowsAsAnArray() {
        let list = InPlaceList<String>(capacity: 1)
        var reference: [String] = []
        for k in 0..<40 {
            list.append("item \(k)")
            reference.append("item \(k)")
        }
        #expect(Array(list) == reference)
        #expect(list.count == 40 && list.first == "item 0" && list.last == "item 39")
        #expect(list.indices == 0..<40)
        #expect(list.filter { $0.hasSuffix("9") }.count == 4)
    }

    @Test func changesElementsInPlace() {
        struct Element { var values: [Int] = [] }
        let list = InPlaceList<Element>()
        list.append(Element())
        list.append(Element(values: [1]))
        list[0].values.append(7)
        list[1].values.append(contentsOf: [2, 3])
        #expect(list[0].values == [7])
        #expect(list[1].values == [1, 2, 3])
    }

    @Test func copiesShareTheElements() {
        // The owner keeps one list; a copy is a second reference to it.
        let list = InPlaceList<Int>()
        let copy = list
        list.append(5)
        #expect(copy.count == 1 && copy[0] == 5)
    }
}
