import Foundation

/// Runs work on items on several threads and hands the results back in the order the
/// items were submitted, with a bounded number of items in flight.
///
/// The submitting thread only queues items and delivers finished results; the workers take
/// the next queued item as soon as they are free. Unlike batches with a barrier after each,
/// no worker waits for the slowest item of a batch or for the results to be written, which
/// is what lets throughput grow with the cores. Memory stays flat: at most `window` items
/// and results are held at once.
///
///     try OrderedPipeline.run(workers: 4, window: 32, makeWorker: { { (item: Int) in item * item } },
///                             items: { submit in for item in 1...100 { try submit(item) } },
///                             deliver: { print($0) })
///
/// Threads are woken only when they can go on: a worker when an item is queued and it is
/// idle, the submitting thread when the window is full and the oldest half of it is done
/// (so that it delivers results and queues items in runs, not one wake-up per item).
final class OrderedPipeline<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    /// An item's place in the ring of `window` slots.
    private enum Slot {
        case empty
        case queued(Input)
        case running
        case done(Output)
    }

    private let makeWorker: @Sendable () -> (Input) -> Output
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    /// Where idle workers wait for an item.
    private let itemQueued = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    /// Where the submitting thread waits for the item numbered `awaited`.
    private let resultDone = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var slots: [Slot]
    /// Items submitted, started and delivered so far (sequence numbers; the slot of item
    /// `n` is `n % window`).
    private var submitted = 0
    private var started = 0
    private var delivered = 0
    /// The item the submitting thread waits for, or -1.
    private var awaited = -1
    /// Workers waiting on `itemQueued`.
    private var idleWorkers = 0
    /// Set when no more items come (or delivery failed): idle workers then exit.
    private var closed = false
    private let exited = DispatchGroup()

    /// Runs work on every item that `items` submits, on `workers` threads, and calls
    /// `deliver` with each result in submission order, on the calling thread.
    ///
    /// - Parameters:
    ///   - workers: The number of threads running the work; with one (or fewer), the work
    ///     runs on the calling thread, each item delivered as soon as it is done, and no
    ///     thread is started.
    ///   - window: The most items queued, running or waiting for delivery at once (at
    ///     least `workers`).
    ///   - makeWorker: Called once on each worker thread, gives what that thread does to
    ///     each item (a function that may keep its own scratch space from item to item).
    ///   - items: Submits the items, in order, through the function it is given.
    ///   - deliver: Takes each result, in order.
    /// - Throws: What `items` or `deliver` throws; items not yet started are then dropped.
    ///   The workers have exited when this returns or throws.
    static func run(
        workers: Int, window: Int, makeWorker: @escaping @Sendable () -> (Input) -> Output,
        items: ((Input) throws -> Void) throws -> Void, deliver: (Output) throws -> Void
    ) throws {
        // (`deliver` is only called on this thread, before `run` returns.)
        try withoutActuallyEscaping(deliver) { deliver in
            if workers <= 1 {
                let work = makeWorker()
                try items { try deliver(work($0)) }
                return
            }
            let pipeline = OrderedPipeline(workers: workers, window: window, makeWorker: makeWorker)
            defer {
                pipeline.close()
                pipeline.exited.wait()
            }
            try items { try pipeline.submit($0, deliver: deliver) }
            try pipeline.deliver(upTo: pipeline.submitted, deliver)
        }
    }

    /// Starts `workers` threads that wait for items.
    private init(workers: Int, window: Int, makeWorker: @escaping @Sendable () -> (Input) -> Output) {
        self.makeWorker = makeWorker
        slots = Array(repeating: .empty, count: max(window, workers, 1))
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(itemQueued, nil)
        pthread_cond_init(resultDone, nil)
        for _ in 0..<max(1, workers) {
            exited.enter()
            // (The thread holds the pipeline until `close()` lets it exit: `run` closes it.)
            let thread = Thread { [self] in
                runWorker()
                exited.leave()
            }
            // Extraction's recursion is shallow; give the stack the main thread's room anyway.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    deinit {
        pthread_cond_destroy(resultDone)
        pthread_cond_destroy(itemQueued)
        pthread_mutex_destroy(mutex)
        resultDone.deallocate()
        itemQueued.deallocate()
        mutex.deallocate()
    }

    /// Queues `item`; when the window is full, first waits for its oldest half and
    /// delivers it (and whatever else is done, in order) to `deliver`.
    private func submit(_ item: Input, deliver: (Output) throws -> Void) throws {
        if submitted - delivered == slots.count {
            try self.deliver(upTo: delivered + max(1, slots.count / 2), deliver)
        }
        pthread_mutex_lock(mutex)
        slots[submitted % slots.count] = .queued(item)
        submitted += 1
        if idleWorkers > 0 { pthread_cond_signal(itemQueued) }
        pthread_mutex_unlock(mutex)
    }

    /// Delivers results in order: every item numbered below `end`, waiting for them, and
    /// then those after them that are already done.
    ///
    /// It waits for the last of the range first, so that it is woken about once for the
    /// range, and takes the results out in one hold of the lock.
    /// (`submitted` and `delivered` change only on the submitting thread, which calls this.)
    private func deliver(upTo end: Int, _ deliver: (Output) throws -> Void) throws {
        var ready: [Output] = []
        pthread_mutex_lock(mutex)
        var number = min(end, submitted) - 1
        while number >= delivered {
            if isDone(slots[number % slots.count]) {
                number -= 1
            } else {
                awaited = number
                pthread_cond_wait(resultDone, mutex)
            }
        }
        awaited = -1
        while delivered < submitted, case .done(let output) = slots[delivered % slots.count] {
            slots[delivered % slots.count] = .empty
            delivered += 1
            ready.append(output)
        }
        pthread_mutex_unlock(mutex)
        for output in ready { try deliver(output) }
    }

    private func isDone(_ slot: Slot) -> Bool {
        if case .done = slot { return true }
        return false
    }

    /// Lets the workers exit once they finish what they run; items not started are dropped.
    private func close() {
        pthread_mutex_lock(mutex)
        closed = true
        pthread_cond_broadcast(itemQueued)
        pthread_mutex_unlock(mutex)
    }

    private func runWorker() {
        let work = makeWorker()
        pthread_mutex_lock(mutex)
        while true {
            while started == submitted, !closed {
                idleWorkers += 1
                pthread_cond_wait(itemQueued, mutex)
                idleWorkers -= 1
            }
            if closed { break }
            let number = started
            let index = number % slots.count
            guard case .queued(let item) = slots[index] else { preconditionFailure("item \(number) not queued") }
            slots[index] = .running
            started += 1
            pthread_mutex_unlock(mutex)
            let output = work(item)
            pthread_mutex_lock(mutex)
            slots[index] = .done(output)
            if number == awaited { pthread_cond_signal(resultDone) }
        }
        pthread_mutex_unlock(mutex)
    }
}
