import Foundation
import Testing
@testable import Extraction

@Suite struct ArticleSourceTests {
    /// A new folder holding `files` (relative paths; folders made as needed), removed by `body`'s end.
    private func withFolder(_ files: [String], _ body: (String) throws -> Void) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-source-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        for file in files {
            let path = root + "/" + file
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("Text of \(file).".utf8).write(to: URL(fileURLWithPath: path))
        }
        try body(root)
    }

    @Test func aFolderGivesItsTextFilesBelowItInSortedOrder() throws {
        try withFolder(["b.txt", "a.txt", "notes.md", "sub/c.txt", "sub/deeper/d.txt", "a.b/e.txt", ".hidden.txt", ".txt", "x..txt"]) { root in
            let articles = try ArticleSource(paths: [root]).articles
            #expect(articles.map(\.path) == [".hidden.txt", "a.b/e.txt", "a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt", "x..txt"].map { root + "/" + $0 })
            #expect(articles.map(\.name) == [".hidden.txt", "e.txt", "a.txt", "b.txt", "c.txt", "d.txt", "x..txt"])
            #expect(try articles[2].read() == Array("Text of a.txt.".utf8))
        }
    }

    /// Every `*.txt` path below `root`, listed whole and sorted: the order the walk keeps.
    private func sortedListing(_ root: String) throws -> [String] {
        let all = try FileManager.default.subpathsOfDirectory(atPath: root)
        return all.map { root + "/" + $0 }.filter { ArticleSource.hasTextExtension($0) && !isFolder($0) }.sorted()
    }

    private func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    @Test func theWalkKeepsTheOrderOfTheSortedPaths() throws {
        // Names that sort differently as entries than as paths: "-" and "." before "/",
        // "0" after it; a folder named like a file; capitals, accents and digits.
        let files = [
            "a-b.txt", "a/c.txt", "a.txt", "a0.txt", "a/b/z.txt", "a/b-c.txt", "a/b.txt", "ab/a.txt",
            "B.txt", "b/a.txt", "é/x.txt", "e/x.txt", "f.txt/inner.txt", "f.txt0.txt", "10.txt", "9.txt", "x/y/z/deep.txt",
        ]
        try withFolder(files) { root in
            let walked = Array(TextFileWalk(root: root))
            let sorted = try sortedListing(root)
            let counted = try ArticleSource.count(in: [root])
            #expect(walked == sorted)
            #expect(walked.count == files.count)
            #expect(counted == files.count)
        }
    }

    @Test func theWalkHoldsOneFolderAtATime() throws {
        try withFolder(["a/1.txt", "a/2.txt", "b/3.txt"]) { root in
            var walk = TextFileWalk(root: root)
            #expect(walk.next() == root + "/a/1.txt")
            // A folder not entered yet is listed when the walk gets there.
            try Data("new".utf8).write(to: URL(fileURLWithPath: root + "/b/0.txt"))
            #expect(Array(IteratorSequence(walk)) == ["a/2.txt", "b/0.txt", "b/3.txt"].map { root + "/" + $0 })
        }
    }

    @Test func forEachStopsWhenTheBodyThrows() throws {
        struct Stop: Error {}
        try withFolder(["a.txt", "b.txt", "c.txt"]) { root in
            var seen: [String] = []
            #expect(throws: Stop.self) {
                try ArticleSource.forEach(in: [root]) { article in
                    seen.append(article.name)
                    if seen.count == 2 { throw Stop() }
                }
            }
            #expect(seen == ["a.txt", "b.txt"])
        }
    }

    @Test func aTrailingSlashChangesNothing() throws {
        try withFolder(["a.txt", "sub/b.txt"]) { root in
            let slashed = try ArticleSource(paths: [root + "//"]).articles
            #expect(try slashed == ArticleSource(paths: [root]).articles)
        }
    }

    @Test func linksToFilesAreListedAndLinksToFoldersNotFollowed() throws {
        try withFolder(["real/a.txt", "inside/b.txt"]) { root in
            try FileManager.default.createSymbolicLink(atPath: root + "/inside/link.txt", withDestinationPath: root + "/real/a.txt")
            try FileManager.default.createSymbolicLink(atPath: root + "/inside/folder", withDestinationPath: root + "/real")
            let articles = try ArticleSource(paths: [root + "/inside"]).articles
            #expect(articles.map(\.name) == ["b.txt", "link.txt"])
            #expect(try articles[1].read() == Array("Text of real/a.txt.".utf8))
        }
    }

    @Test func filesAndStandardInputKeepTheirOrder() throws {
        try withFolder(["z.txt", "folder/a.txt", "notes.md"]) { root in
            let articles = try ArticleSource(paths: [root + "/z.txt", "-", root + "/folder", root + "/notes.md"]).articles
            #expect(articles.map(\.name) == ["z.txt", "-", "a.txt", "notes.md"])
        }
    }

    @Test func aMissingPathIsAnError() {
        #expect(throws: ExtractionError.self) { try ArticleSource(paths: ["/no/such/relgraph/folder"]) }
    }
}
