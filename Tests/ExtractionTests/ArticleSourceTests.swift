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
