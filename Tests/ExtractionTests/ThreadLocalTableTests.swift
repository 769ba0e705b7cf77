import Foundation
import Testing
@testable import Extraction

@Suite struct ThreadLocalTableTests {
    final class Box: @unchecked Sendable { var count = 0 }

    @Test func oneTablePerThreadMadeOnFirstUse() throws {
        let table = ThreadLocalTable<Box> { Box() }
        // Everything on one thread of its own, and one other: a test function may hop threads.
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var results: [Int] = []
        Thread {
            let first = table.current
            first.count += 1
            let sameBack = table.current === first
            let inner = DispatchSemaphore(value: 0)
            nonisolated(unsafe) var other = -1
            Thread {
                let mine = table.current
                mine.count += 10
                other = mine.count
                inner.signal()
            }.start()
            inner.wait()
            results = [sameBack ? 1 : 0, other, table.current.count]
            done.signal()
        }.start()
        done.wait()
        // The same thread gets its table back; another thread gets a table of its own.
        #expect(results == [1, 10, 1])
    }
}
