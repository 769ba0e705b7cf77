import Foundation
import Testing

@testable import CorpusStore

@Suite struct StoreJSONTests {
    @Test func valuesRoundTripThroughFoundationsParser() throws {
        let object = ["role": "Foreign \"Minister\"", "affiliation": "Côte d'Ivoire; UN", "x\ny": "tab\there\u{1}\\"]
        let text = StoreJSON.encode(object)
        #expect(text.hasPrefix("{\"affiliation\":"))  // keys sorted
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]
        #expect(parsed == object)
        #expect(StoreJSON.object(text) == object)
        let list = ["Hasanov", "Zakir \"Z\" Hasanov", "Ḥasanov", ""]
        #expect(StoreJSON.list(StoreJSON.encode(list)) == list)
        #expect(StoreJSON.encode([String]()) == "[]" && StoreJSON.encode([String: String]()) == "{}")
    }
}
