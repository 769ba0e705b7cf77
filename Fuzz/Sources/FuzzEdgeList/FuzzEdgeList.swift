import Foundation
import FuzzSupport
import GraphFormats
import GraphModel

/// Arbitrary bytes as an edge list, undirected and directed. A graph that reads must
/// write and read back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEdgeList(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let data = Data(bytes: start, count: count)
    for directed in [false, true] {
        if let graph = try? EdgeListReader(isDirected: directed).read(data, source: "fuzz.edges"),
            let text = try? EdgeListWriter().write(graph)
        {
            let again = try? EdgeListReader(isDirected: directed).read(Data(text.utf8), source: "again.edges")
            fuzzCheck(again != nil, "edge list output does not read back")
        }
    }
    _ = GraphFormat.sniff(data)
    return 0
}
