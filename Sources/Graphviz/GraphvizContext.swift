internal import CGraphviz

/// Owns a Graphviz context (`GVC_t`): the loaded layout and render plugins.
///
/// Create, use and free it only under `GraphvizLock`. `deinit` takes the (recursive)
/// lock itself, so the last reference may be dropped anywhere.
final class GraphvizContext: @unchecked Sendable {
    let pointer: OpaquePointer

    /// A new context with the plugins of the installed Graphviz. Call under the lock.
    init() {
        pointer = gvContext()
    }

    deinit {
        let pointer = pointer
        GraphvizLock.shared.run { _ = gvFreeContext(pointer) }
    }

    /// The context every renderer shares: loading the plugins once saves about a
    /// millisecond per render. Used only under the lock; never freed.
    static let shared: GraphvizContext = GraphvizLock.shared.run { GraphvizContext() }
}
