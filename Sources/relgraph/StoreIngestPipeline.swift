import CorpusStore
import Foundation
import GraphModel

/// A first-in first-out queue of bounded size shared by threads: `push` waits while it is
/// full, `pop` waits while it is empty, so a fast reader cannot run ahead of slow workers
/// and memory stays flat however large the corpus.
final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element?]
    private var head = 0
    private var count = 0
    private var closed = false

    init(capacity: Int) {
        items = Array(repeating: nil, count: max(1, capacity))
    }

    /// Adds `element`, waiting for room; `false` if the queue was closed.
    @discardableResult
    func push(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while count == items.count && !closed { condition.wait() }
        guard !closed else { return false }
        items[(head + count) % items.count] = element
        count += 1
        condition.broadcast()
        return true
    }

    /// The next element, waiting for one; `nil` once the queue is closed and drained.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while count == 0 && !closed { condition.wait() }
        guard count > 0 else { return nil }
        let element = items[head]
        items[head] = nil
        head = (head + 1) % items.count
        count -= 1
        condition.broadcast()
        return element
    }

    /// No more pushes; waiting pops drain what is left, then get `nil`.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Closes and drops what is queued (after a failure).
    func cancel() {
        condition.lock()
        closed = true
        items = items.map { _ in nil }
        count = 0
        condition.broadcast()
        condition.unlock()
    }
}

/// What `relgraph ingest` did.
struct IngestSummary {
    var added = 0
    var replaced = 0
    var unchanged = 0
    var seconds = 0.0

    var total: Int { added + replaced + unchanged }
}

/// Reads articles on one thread, checks, extracts and prepares them on `jobs` threads, and
/// writes them to the store on the calling thread: the store's single writer.
///
/// The workers turn each graph into the store's rows (`PreparedDocument`: sorted relations,
/// evidence days, attribute JSON), so the writer only binds and steps statements. Articles are
/// written in input order whichever worker finishes first (the writer puts batches back
/// in sequence, and the reader stays at most `window` batches ahead of the writer), so
/// the store's rows do not depend on thread timing and memory stays flat.
///
/// An article whose hash and extractor version the store already holds is skipped
/// before extraction (each worker asks the store through its own read-only connection),
/// which is what makes a re-run of an unchanged corpus fast and an interrupted run
/// resumable: committed batches are skipped, the rest is done. A new store is filled as
/// a bulk load (`CorpusStore.beginBulkLoad()`): its query indexes are built at the end.
struct StoreIngestPipeline {
    /// The result of one worker for one article (the text is dropped: the writer does not need it).
    enum Outcome: Sendable {
        case skipped(name: String)
        case extracted(PreparedDocument)
    }

    var storePath: String
    var inputs: StoreInputReader
    var jobs: Int
    var source: String?
    var extractorVersion: String
    /// Makes an extraction function for one worker thread.
    var makeExtractor: @Sendable () throws -> @Sendable (_ text: String, _ document: String) throws -> Graph
    /// Called on the writer thread after each article with the running counts.
    var progress: (IngestSummary) -> Void = { _ in }

    func run(into store: CorpusStore) throws -> IngestSummary {
        let started = Date()
        // Items travel in batches: one lock hand-off per batch, not per article.
        let batch = 64
        // Batches read but not yet written; each holds a credit until the writer is done with
        // it. A credit carries the written batch back to the reader, which frees it: freeing
        // the prepared rows cost the writer, the busiest thread, a few percent.
        let window = jobs * 8
        let credits = BoundedQueue<[Outcome]>(capacity: window)
        for _ in 0..<window { credits.push([]) }
        let pending = BoundedQueue<(sequence: Int, items: [StoreInputItem])>(capacity: window)
        let results = BoundedQueue<(sequence: Int, outcomes: [Outcome])>(capacity: window)
        let failure = FirstFailure()
        let group = DispatchGroup()

        let inputs = self.inputs
        let reader = Thread {
            do {
                var items: [StoreInputItem] = []
                var sequence = 0
                func send() -> Bool {
                    guard credits.pop() != nil, pending.push((sequence, items)) else { return false }
                    sequence += 1
                    items.removeAll(keepingCapacity: true)
                    return true
                }
                try inputs.forEach { item in
                    items.append(item)
                    return items.count < batch || send()
                }
                if !items.isEmpty { _ = send() }
            } catch {
                failure.record(error)
                results.cancel()
                credits.cancel()
            }
            pending.close()
        }
        reader.stackSize = 1 << 22
        reader.start()

        let storePath = self.storePath
        // A new store holds nothing to skip: the workers need not ask about every article
        // (the writer still checks each one before writing).
        let checksArticles = try !store.isEmpty()
        if !checksArticles { try store.beginBulkLoad() }
        let source = self.source
        let version = self.extractorVersion
        let makeExtractor = self.makeExtractor
        for _ in 0..<jobs {
            group.enter()
            let worker = Thread {
                defer { group.leave() }
                do {
                    let extract = try makeExtractor()
                    let checker = checksArticles ? try CorpusStore(path: storePath, readOnly: true) : nil
                    while let (sequence, items) = pending.pop() {
                        var outcomes: [Outcome] = []
                        outcomes.reserveCapacity(items.count)
                        for item in items {
                            let quick = checksArticles ? item.quickIdentity() : nil
                            if let quick, let checker,
                                try !checker.needsIngest(
                                    document: quick.name, hash: quick.hash, extractorVersion: version)
                            {
                                outcomes.append(.skipped(name: quick.name))
                                continue
                            }
                            let article = try item.article(source: source, lineHash: quick?.hash)
                            let hash = article.hash
                            // Asked already when the quick identity is the article's.
                            let asked = quick.map { $0.name == article.name && $0.hash == hash } ?? false
                            if let checker, !asked,
                                try !checker.needsIngest(
                                    document: article.name, hash: hash, extractorVersion: version)
                            {
                                outcomes.append(.skipped(name: article.name))
                                continue
                            }
                            let graph: Graph
                            do {
                                graph = try extract(article.text, article.name)
                            } catch let error as CLIError {
                                throw error
                            } catch {
                                throw CLIError.input("\(article.location): \(error)")
                            }
                            outcomes.append(
                                .extracted(
                                    PreparedDocument(
                                        document: article.name, hash: hash, source: article.source,
                                        date: article.date, graph: graph, extractorVersion: version)))
                        }
                        guard results.push((sequence, outcomes)) else { return }
                    }
                } catch {
                    failure.record(error)
                    pending.cancel()
                    results.cancel()
                    credits.cancel()
                }
            }
            // Extraction recurses over sentences and tokens; give it room.
            worker.stackSize = 1 << 24
            worker.start()
        }
        group.notify(queue: .global()) { results.close() }

        var summary = IngestSummary()
        do {
            // Batches that arrived before an earlier one, by sequence number (at most `window`).
            var early: [Int: [Outcome]] = [:]
            var next = 0
            while let (sequence, outcomes) = results.pop() {
                early[sequence] = outcomes
                while let ready = early.removeValue(forKey: next) {
                    for outcome in ready {
                        switch outcome {
                        case .skipped:
                            summary.unchanged += 1
                        case .extracted(let document):
                            switch try store.ingest(document) {
                            case .added: summary.added += 1
                            case .replaced: summary.replaced += 1
                            case .unchanged: summary.unchanged += 1
                            }
                        }
                    }
                    next += 1
                    credits.push(ready)
                    progress(summary)
                }
            }
        } catch {
            failure.record(error)
            pending.cancel()
            results.cancel()
            credits.cancel()
        }
        group.wait()
        // Keep what was done, so a re-run resumes after it.
        try store.commit()
        try store.finishBulkLoad()
        if let error = failure.error { throw error }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }
}

/// The first error any thread of the pipeline met.
final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var first: (any Error)?

    func record(_ error: any Error) {
        lock.lock()
        if first == nil { first = error }
        lock.unlock()
    }

    var error: (any Error)? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }
}
