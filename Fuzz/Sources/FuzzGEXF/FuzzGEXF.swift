import Foundation
import FuzzSupport
import GraphFormats
import GraphModel

/// Arbitrary bytes as GEXF. A graph that reads must write and read back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGEXF(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let data = Data(bytes: start, count: count)
    if let graph = try? GEXFReader().read(data, source: "fuzz.gexf"), let text = try? GEXFWriter().write(graph) {
        let again = try? GEXFReader().read(Data(text.utf8), source: "again.gexf")
        fuzzCheck(again != nil, "GEXF output does not read back")
        fuzzCheck(again!.entityCount == graph.entityCount, "GEXF round trip changed the entity count")
    }
    return 0
}
