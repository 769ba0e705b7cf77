import Foundation

/// Runs independent pieces of work on every core.
///
/// Work is split statically (worker *w* takes items *w*, *w* + *W*, …) and per-worker
/// partial results are combined in worker order, so for a given core count the
/// result is the same in every run.
enum Parallel {
    /// The number of workers: the active processor count.
    static var workerCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Calls `body(worker)` for every worker in `0..<workers`, concurrently.
    static func run(workers: Int, _ body: @Sendable (Int) -> Void) {
        if workers <= 1 {
            body(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: body)
        }
    }

    /// Calls `body(item)` for every item of `0..<count`, spread over the workers.
    /// `body` must write only state that belongs to its item.
    static func forEach(_ count: Int, _ body: @Sendable (Int) -> Void) {
        let workers = min(workerCount, max(1, count))
        run(workers: workers) { worker in
            var item = worker
            while item < count {
                body(item)
                item += workers
            }
        }
    }
}

/// A fixed-size buffer of doubles that workers write in disjoint places.
///
/// The buffer is shared across threads without locks; every caller writes only
/// the elements that belong to it, which is what makes the sharing safe.
final class SharedBuffer<Element>: @unchecked Sendable {
    let pointer: UnsafeMutableBufferPointer<Element>

    init(repeating value: Element, count: Int) {
        pointer = .allocate(capacity: count)
        pointer.initialize(repeating: value)
    }

    deinit {
        pointer.deinitialize()
        pointer.deallocate()
    }

    var array: [Element] { Array(pointer) }
}
