import Foundation
import Testing
@testable import relgraph

@Suite struct OrderedPipelineTests {
    /// A counter shared by worker threads and the test.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        private(set) var highest = 0

        func add(_ amount: Int) {
            lock.lock()
            value += amount
            highest = max(highest, value)
            lock.unlock()
        }

        var current: Int {
            lock.lock()
            defer { lock.unlock() }
            return value
        }
    }

    struct Stop: Error {}

    @Test func resultsComeInTheOrderTheItemsWentIn() throws {
        var results: [Int] = []
        // Uneven work, so that later items often finish before earlier ones.
        try OrderedPipeline.run(
            workers: 4, window: 8,
            makeWorker: { { (item: Int) in usleep(UInt32((item * 7919) % 13) * 50); return item * item } },
            items: { submit in for item in 0..<500 { try submit(item) } },
            deliver: { results.append($0) })
        #expect(results == (0..<500).map { $0 * $0 })
    }

    @Test func noMoreThanTheWindowIsInFlight() throws {
        let inFlight = Counter()
        var delivered = 0
        try OrderedPipeline.run(
            workers: 3, window: 6,
            makeWorker: { { (item: Int) in inFlight.add(1); usleep(200); return item } },
            items: { submit in for item in 0..<200 { try submit(item) } },
            deliver: { _ in
                inFlight.add(-1)
                delivered += 1
            })
        #expect(delivered == 200)
        #expect(inFlight.highest <= 6)
        #expect(inFlight.highest >= 2)
    }

    @Test func eachWorkerMakesItsOwnFunctionOnce() throws {
        let made = Counter()
        var total = 0
        try OrderedPipeline.run(
            workers: 3, window: 12,
            makeWorker: {
                made.add(1)
                // Scratch space kept from item to item on one thread.
                var seen = 0
                return { (item: Int) in
                    seen += 1
                    return item + 0 * seen
                }
            },
            items: { submit in for item in 1...100 { try submit(item) } },
            deliver: { total += $0 })
        #expect(total == 5050)
        #expect(made.current == 3)
    }

    @Test func aFailedDeliveryStopsThePipeline() throws {
        let worked = Counter()
        var delivered: [Int] = []
        #expect(throws: Stop.self) {
            try OrderedPipeline.run(
                workers: 2, window: 4,
                makeWorker: { { (item: Int) in worked.add(1); return item } },
                items: { submit in for item in 0..<10_000 { try submit(item) } },
                deliver: { item in
                    if item == 10 { throw Stop() }
                    delivered.append(item)
                })
        }
        #expect(delivered == Array(0..<10))
        // Items past the window are never started.
        #expect(worked.current <= 11 + 4)
    }

    @Test func aFailureWhileSubmittingStopsThePipeline() throws {
        var delivered = 0
        #expect(throws: Stop.self) {
            try OrderedPipeline.run(
                workers: 2, window: 4,
                makeWorker: { { (item: Int) in item } },
                items: { submit in
                    for item in 0..<20 { try submit(item) }
                    throw Stop()
                },
                deliver: { _ in delivered += 1 })
        }
        #expect(delivered <= 20)
    }

    @Test func oneWorkerRunsOnTheCallingThreadAndDeliversEachItemAtOnce() throws {
        let caller = pthread_self()
        var onCaller = true
        var log: [String] = []
        try OrderedPipeline.run(
            workers: 1, window: 8,
            makeWorker: {
                { (item: Int) in
                    // (Read on this thread only: the test checks that it is the caller's.)
                    return (item, pthread_equal(pthread_self(), caller) != 0)
                }
            },
            items: { submit in
                for item in 0..<3 {
                    log.append("submit \(item)")
                    try submit(item)
                }
            },
            deliver: { item, sameThread in
                onCaller = onCaller && sameThread
                log.append("deliver \(item)")
            })
        #expect(onCaller)
        #expect(log == ["submit 0", "deliver 0", "submit 1", "deliver 1", "submit 2", "deliver 2"])
    }

    @Test func noItemsIsNoResults() throws {
        var delivered = 0
        try OrderedPipeline.run(
            workers: 2, window: 4, makeWorker: { { (item: Int) in item } },
            items: { _ in }, deliver: { _ in delivered += 1 })
        #expect(delivered == 0)
    }
}
