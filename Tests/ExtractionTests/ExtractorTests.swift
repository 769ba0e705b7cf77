import Foundation
import GraphModel
import Testing
@testable import Extraction

@Suite struct ExtractorTests {
    private let article = """
        Ministers meet in Tbilisi

        TBILISI, Georgia, May 4. Georgian Foreign Minister Ilia Darchiashvili met with Armenian Foreign Minister Ararat Mirzoyan on Thursday.

        “Georgia and Armenia are reliable partners,” Darchiashvili said.
        """

    @Test func sameInputGivesIdenticalOutput() throws {
        let first = try extract(article)
        let second = try extract(article)
        #expect(first == second)
        #expect(first.relationLines == second.relationLines)
    }

    @Test func evidenceCarriesDocumentSentenceAndOffsets() throws {
        let graph = try extract(article, document: "tbilisi.txt")
        let meeting = try #require(graph.relation(.meeting, "Ilia Darchiashvili", "Ararat Mirzoyan"))
        let evidence = try #require(meeting.evidence.first)
        #expect(evidence.document == "tbilisi.txt")
        let scalars = Array(article.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == evidence.sentence)
        #expect(evidence.sentence.hasPrefix("Georgian Foreign Minister"))
        #expect(meeting.attributes["date"] == "Thursday")
    }

    @Test func emptyAndBlankInputGiveAnEmptyGraph() throws {
        #expect(try extract("").isEmpty)
        #expect(try extract("\n\n   \n").isEmpty)
        #expect(try Shared.extractor.extract(bytes: [UInt8](), document: "empty.txt").isEmpty)
    }

    @Test func invalidBytesAreAnErrorNamingTheLine() {
        let bytes = Array("Georgia\nand Armenia\n".utf8) + [0xFF, 0xFE]
        #expect(throws: ExtractionError.invalidUTF8(document: "bad.txt", line: 3)) {
            try Shared.extractor.extract(bytes: bytes, document: "bad.txt")
        }
    }

    @Test func binaryInputIsAnError() {
        var bytes: [UInt8] = []
        for i in 0..<4096 { bytes.append(UInt8(i % 256)) }
        #expect(throws: ExtractionError.self) { try Shared.extractor.extract(bytes: bytes, document: "blob.bin") }
    }

    // A hang fails by the time limit; speed itself is measured in benchmarks/extraction.
    @Test(.timeLimit(.minutes(10))) func longSingleLineFinishes() throws {
        // Megabytes on one line, without sentence ends every so often.
        let unit = "Georgian Foreign Minister Ilia Darchiashvili met Armenian Foreign Minister Ararat Mirzoyan, "
        let text = String(repeating: unit, count: 20_000)
        let graph = try extract(text)
        #expect(graph.entity("Ilia Darchiashvili") != nil)
    }

    @Test func extractorIsReusableAcrossThreads() async throws {
        let texts = (0..<8).map { "Kenyan President William Ruto met Ugandan President Yoweri Museveni on day \($0)." }
        let graphs = try await withThrowingTaskGroup(of: (Int, Graph).self) { group in
            for (index, text) in texts.enumerated() {
                group.addTask { (index, try Shared.extractor.extract(text: text, document: "\(index).txt")) }
            }
            var result: [Int: Graph] = [:]
            for try await (index, graph) in group { result[index] = graph }
            return result
        }
        #expect(graphs.count == 8)
        #expect(graphs.values.allSatisfy { $0.has(.meeting, "William Ruto", "Yoweri Museveni") })
    }
}

/// Cut and shuffled articles: whatever the text, extraction returns a graph.
@Suite struct RobustnessTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }

    @Test(arguments: ExampleArticlesTests.names)
    func cutAndShuffledArticlesNeverCrash(name: String) throws {
        let text = try String(contentsOf: ExampleArticlesTests.folder.appendingPathComponent(name + ".txt"), encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        var generator = Generator(state: UInt64(name.utf8.count))
        for _ in 0..<40 {
            let a = generator.next(scalars.count), b = generator.next(scalars.count)
            let cut = String(String.UnicodeScalarView(scalars[min(a, b)..<max(a, b)]))
            _ = try extract(cut)
            var shuffled = words
            for i in shuffled.indices.reversed() { shuffled.swapAt(i, generator.next(i + 1)) }
            _ = try extract(shuffled.joined(separator: " "))
        }
    }

    @Test func punctuationOnlyAndOddInput() throws {
        for text in ["\"\"\"", "“", "”", ",,,;;;", "(((", "- -- —", "'s 's", "A.", "U.S.", "Mr.", "\t\r\n", "¡¿", String(repeating: "“", count: 1000)] {
            _ = try extract(text)
        }
    }
}
