import Foundation
import GraphModel

/// The ids of names with non-ASCII letters, remembered: `EntityID(kind:name:)` folds
/// them through Unicode decomposition, which costs as much as extracting a short
/// article, and the same names recur across a corpus. Shared by every thread.
final class EntityIDCache: @unchecked Sendable {
    static let shared = EntityIDCache()

    private struct Name: Hashable {
        var kind: EntityKind
        var name: String
    }

    private let lock = NSLock()
    private var ids: [Name: EntityID] = [:]
    /// Bounds memory on corpora with endless distinct names: the table starts over when full.
    private let limit = 100_000

    /// `EntityID(kind:name:)`.
    func id(kind: EntityKind, name: String) -> EntityID {
        let key = Name(kind: kind, name: name)
        lock.lock()
        let known = ids[key]
        lock.unlock()
        if let known { return known }
        let id = EntityID(kind: kind, name: name)
        lock.lock()
        if ids.count >= limit { ids.removeAll(keepingCapacity: true) }
        ids[key] = id
        lock.unlock()
        return id
    }
}
