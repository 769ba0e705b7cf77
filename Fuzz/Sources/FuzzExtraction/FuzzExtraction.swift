import Extraction
import Foundation
import FuzzSupport
import GraphFormats
import GraphModel
import Graphviz

/// Loaded once: the tables are the same for every input.
nonisolated(unsafe) let extractor = try! Extractor()

/// Arbitrary bytes as an article, through the whole path article text takes: extraction,
/// then DOT (which Graphviz must parse back to the same entities), GraphML and JSON.
/// Evidence offsets must lie inside the article.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtraction(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let bytes = UnsafeBufferPointer(start: start, count: count)
    let fromBytes = try? extractor.extract(bytes: bytes, document: "fuzz.txt")
    let text = String(decoding: bytes, as: UTF8.self)
    guard let graph = try? extractor.extract(text: text, document: "fuzz.txt") else { return 0 }
    if String(validating: bytes, as: UTF8.self) != nil, let fromBytes {
        fuzzCheck(fromBytes == graph, "extract(bytes:) and extract(text:) differ on UTF-8 input")
    }
    let scalarCount = text.unicodeScalars.count
    for relation in graph.relations {
        for evidence in relation.evidence {
            fuzzCheck(0 <= evidence.start && evidence.start <= evidence.end && evidence.end <= scalarCount,
                      "evidence offsets \(evidence.start)..<\(evidence.end) outside the article (\(scalarCount) scalars)")
        }
    }
    let dot = DOTWriter().write(graph)
    do {
        let read = try DOTReader.read(dot, source: "extracted.dot")
        fuzzCheck(read.entities.map(\.id) == graph.entities.map(\.id), "extracted graph changed through DOT:\n\(dot)")
    } catch {
        fatalError("DOT of an extracted graph does not parse: \(error)\n\(dot)")
    }
    if let graphML = try? GraphMLWriter().write(graph) {
        fuzzCheck((try? GraphMLReader().read(Data(graphML.utf8))) != nil, "GraphML of an extracted graph does not read back")
    }
    if let json = try? GraphJSON.encode(graph) {
        fuzzCheck((try? GraphJSON.decode(json)) == graph, "JSON of an extracted graph does not read back equal")
    }
    return 0
}
