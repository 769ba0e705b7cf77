internal import CGraphviz

/// Owns a cgraph graph (`Agraph_t`) parsed from DOT text; `deinit` closes it.
///
/// Create, read and lay it out only under `GraphvizLock`; `deinit` takes the lock.
final class GraphvizGraph {
    let pointer: UnsafeMutablePointer<Agraph_t>

    /// Parses `text` with cgraph's parser (`agread` on a memory stream). Call under the lock.
    ///
    /// - Throws: `GraphvizError.syntax` with Graphviz's message and line.
    init(parsing text: String, source: String) throws {
        if text.utf8.contains(0) {
            // A C string would end at the NUL and Graphviz would read only a prefix.
            let line = text.prefix { $0 != "\0" }.filter { $0 == "\n" }.count + 1
            throw GraphvizError.syntax(source: source, line: line, message: "NUL character in DOT text")
        }
        let lock = GraphvizLock.shared
        // cgraph's scanner is global: without a reset, the read-ahead of the previous
        // text (its trailing lines) would be read first and shift the line numbers.
        rg_reset_scanner()
        var text = text
        let parsed = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { rg_read_text($0.baseAddress, $0.count) }
        }
        if lock.hasErrors || parsed == nil {
            if let parsed { _ = agclose(parsed) }
            let message = lock.firstError(
                or: text.allSatisfy(\.isWhitespace)
                    ? "no graph in the DOT text" : "Graphviz could not read the DOT text")
            throw GraphvizError.syntax(source: source, line: message.line, message: message.text)
        }
        pointer = parsed!
    }

    deinit {
        let pointer = pointer
        GraphvizLock.shared.run { _ = agclose(pointer) }
    }

    /// The value of attribute `name` of the graph, node or edge `object`, or nil
    /// when it is empty or not declared. Call under the lock.
    static func attribute(_ name: String, of object: UnsafeMutableRawPointer) -> String? {
        guard let value = rg_get(object, name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }
}
