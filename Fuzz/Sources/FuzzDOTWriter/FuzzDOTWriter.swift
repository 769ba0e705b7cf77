import Foundation
import FuzzSupport
import GraphFormats
import GraphModel
import Graphviz

/// Random graphs with hostile names → DOTWriter → Graphviz's parser: the text must
/// parse and give back the same entities (ids, names) and relations (kinds, ends),
/// whatever the names hold and whichever drawing options are on.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOTWriter(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    var input = FuzzInput(start, count)
    var options = DOTWriter.Options()
    options.showsLegend = input.bool()
    options.clusterBy = input.bool() ? .country : nil
    options.scalesPenWidthByWeight = input.bool()
    let graph = input.graph(finiteWeights: true)
    if input.bool(), let first = graph.entities.first {
        options.highlight = DOTWriter.Highlight(entities: [first.id])
    }
    let dot = DOTWriter(options: options).write(graph)
    let read: Graph
    do {
        read = try DOTReader.read(dot, source: "written.dot")
    } catch {
        fatalError("DOTWriter output does not parse: \(error)\n\(dot)")
    }
    fuzzCheck(read.entities.map(\.id) == graph.entities.map(\.id), "entity ids changed:\n\(dot)")
    fuzzCheck(read.entities.map(\.name) == graph.entities.map(\.name), "entity names changed:\n\(dot)")
    fuzzCheck(read.relations.map(\.key) == graph.relations.map(\.key), "relations changed:\n\(dot)")
    return 0
}
