// swift-tools-version: 6.0
import PackageDescription

// Dependencies point one way: the `relgraph` CLI → Extraction, Analysis, GraphFormats,
// Graphviz → GraphModel. The stages never import each other; GraphModel imports none of them.
let package = Package(
    name: "relgraph",
    products: [
        .executable(name: "relgraph", targets: ["relgraph"]),
        .library(name: "GraphModel", targets: ["GraphModel"]),
        .library(name: "GraphFormats", targets: ["GraphFormats"]),
        .library(name: "Graphviz", targets: ["Graphviz"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "Analysis", targets: ["Analysis"]),
        .library(name: "Report", targets: ["Report"]),
        .library(name: "CorpusStore", targets: ["CorpusStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "GraphModel"),
        .target(name: "GraphFormats", dependencies: ["GraphModel"]),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "Graphviz", dependencies: ["GraphModel", "CGraphviz"]),
        .target(
            name: "Extraction",
            dependencies: ["GraphModel"],
            resources: [.copy("Resources")]
        ),
        .target(name: "Analysis", dependencies: ["GraphModel"]),
        // The corpus store: SQLite through a small wrapper of the system library
        // (no package to build; the same C library SwiftPM itself wraps).
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // SHA-256, shared by the store's content hashes and the report page's script hash.
        .target(name: "Digest"),
        .target(name: "CorpusStore", dependencies: ["GraphModel", "CSQLite", "Digest"]),
        // The HTML page and the summary of `relgraph report`, built from plain data
        // (graph, scores, communities, SVG) so it imports no other stage.
        .target(name: "Report", dependencies: ["GraphModel", "Digest"], resources: [.copy("Resources")]),
        .executableTarget(
            name: "relgraph",
            dependencies: [
                "GraphModel", "GraphFormats", "Graphviz", "Extraction", "Analysis", "Report", "CorpusStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc in place of glibc's malloc for the whole process: extraction makes some
            // 300 short-lived allocations per article, and mimalloc serves them in fewer
            // instructions (docs/performance.md). Linked before libc, so its malloc and free
            // are the ones every library of the process binds to.
            linkerSettings: [.linkedLibrary("mimalloc")]
        ),
        .testTarget(name: "GraphModelTests", dependencies: ["GraphModel"]),
        .testTarget(name: "GraphFormatsTests", dependencies: ["GraphFormats"]),
        .testTarget(name: "GraphvizTests", dependencies: ["Graphviz", "GraphFormats"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Digest"]),
        // Temporary folders the test targets remove at exit.
        .target(name: "TemporaryFolders", path: "Tests/TemporaryFolders"),
        .testTarget(name: "CorpusStoreTests", dependencies: ["CorpusStore", "TemporaryFolders"]),
        .testTarget(name: "DigestTests", dependencies: ["Digest"]),
        .testTarget(name: "relgraphTests", dependencies: ["relgraph", "TemporaryFolders"], resources: [.copy("Fixtures")]),
    ]
)
