import Foundation
import FuzzSupport
import GraphFormats
import GraphModel

/// Arbitrary bytes as relgraph JSON and as node-link JSON. A graph that reads must
/// write and read back to the same graph (native JSON) or at least read back (node-link).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let data = Data(bytes: start, count: count)
    if let graph = try? GraphJSON.decode(data, source: "fuzz.json"), let encoded = try? GraphJSON.encode(graph) {
        let again = try? GraphJSON.decode(encoded, source: "again.json")
        fuzzCheck(again != nil, "GraphJSON output does not read back")
        fuzzCheck(again!.entities.map(\.id) == graph.entities.map(\.id), "GraphJSON round trip changed the entities")
        fuzzCheck(again!.relations.map(\.key) == graph.relations.map(\.key), "GraphJSON round trip changed the relations")
    }
    if let graph = try? NodeLinkJSONReader().read(data, source: "fuzz.json"),
        let text = try? NodeLinkJSONWriter().write(graph)
    {
        fuzzCheck((try? NodeLinkJSONReader().read(Data(text.utf8), source: "again.json")) != nil,
                  "node-link output does not read back")
    }
    return 0
}
