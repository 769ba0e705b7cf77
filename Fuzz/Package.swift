// swift-tools-version: 6.0
import Foundation
import PackageDescription

// The fuzz targets: a package of its own, so that `-sanitize=fuzzer` never reaches the
// main build. Each target is an executable whose `LLVMFuzzerTestOneInput` libFuzzer
// drives; build and run them with `scripts/fuzz`.
//
// The main package is a path dependency, and SwiftPM names a path dependency after its
// directory, which differs between clones (main, a worktree, CI's checkout).
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let mainIdentity = mainPackage.lastPathComponent.lowercased()

func fuzzTarget(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport"] + products.map { .product(name: $0, package: mainIdentity) }
    )
}

let package = Package(
    name: "relgraph-fuzz",
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        .target(name: "CFuzzerDriver"),
        .target(
            name: "FuzzSupport",
            dependencies: ["CFuzzerDriver", .product(name: "GraphModel", package: mainIdentity)]
        ),
        fuzzTarget("FuzzJSON", ["GraphModel", "GraphFormats"]),
        fuzzTarget("FuzzDOT", ["GraphModel", "GraphFormats", "Graphviz"]),
        fuzzTarget("FuzzGraphML", ["GraphModel", "GraphFormats"]),
        fuzzTarget("FuzzGEXF", ["GraphModel", "GraphFormats"]),
        fuzzTarget("FuzzEdgeList", ["GraphModel", "GraphFormats"]),
        fuzzTarget("FuzzDOTWriter", ["GraphModel", "GraphFormats", "Graphviz"]),
        fuzzTarget("FuzzExtraction", ["GraphModel", "GraphFormats", "Graphviz", "Extraction"]),
    ]
)
