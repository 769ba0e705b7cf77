import Foundation
import Testing
@testable import Extraction

@Suite struct ThreadLocalTableTests {
    final class Box { var count = 0 }

    @Test func oneTablePerThreadMadeOnFirstUse() async throws {
        let table = ThreadLocalTable<Box> { Box() }
        let first = table.current
        first.count += 1
        // The same thread gets the same table back.
        #expect(table.current === first)
        #expect(table.current.count == 1)
        // Another thread gets a table of its own.
        let other = await withCheckedContinuation { (continuation: CheckedContinuation<Int, Never>) in
            Thread {
                let mine = table.current
                mine.count += 10
                continuation.resume(returning: mine.count)
            }.start()
        }
        #expect(other == 10)
        #expect(table.current.count == 1)
    }
}
