import Foundation
import FuzzSupport
import GraphFormats
import GraphModel

/// Arbitrary bytes as GraphML. A graph that reads must write and read back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphML(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let data = Data(bytes: start, count: count)
    if let graph = try? GraphMLReader().read(data, source: "fuzz.graphml"), let text = try? GraphMLWriter().write(graph) {
        let again = try? GraphMLReader().read(Data(text.utf8), source: "again.graphml")
        fuzzCheck(again != nil, "GraphML output does not read back")
        fuzzCheck(again!.entityCount == graph.entityCount, "GraphML round trip changed the entity count")
    }
    return 0
}
