import Foundation
import FuzzSupport
import GraphFormats
import GraphModel
import Graphviz

/// Arbitrary bytes as DOT, through Graphviz's parser and relgraph's mapping. A graph
/// that reads must write (DOTWriter) and read back to the same entity ids.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOT(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    if let graph = try? DOTReader.read(text, source: "fuzz.dot") {
        let again = try? DOTReader.read(DOTWriter().write(graph), source: "again.dot")
        fuzzCheck(again != nil, "DOTWriter output of a graph read from DOT does not parse")
        fuzzCheck(again!.entities.map(\.id) == graph.entities.map(\.id), "DOT round trip changed the entities")
    }
    return 0
}
