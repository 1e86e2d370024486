// swift-tools-version: 6.1
import PackageDescription

// `GEOSTANCE_INTERNAL_CHECKS=1 swift test` builds StanceGraph so that every
// mutation of a graph checks all its invariants (slow; for testing the model).
let internalChecks: [SwiftSetting] =
    Context.environment["GEOSTANCE_INTERNAL_CHECKS"] != nil ? [.define("GEOSTANCE_INTERNAL_CHECKS")] : []

let package = Package(
    name: "GeoStance",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "StanceGraph", targets: ["StanceGraph"]),
        .library(name: "EnglishSyntax", targets: ["EnglishSyntax"]),
        .library(name: "StanceExtraction", targets: ["StanceExtraction"]),
        .library(name: "GraphIO", targets: ["GraphIO"]),
        .library(name: "GraphvizRendering", targets: ["GraphvizRendering"]),
        .library(name: "EventImport", targets: ["EventImport"]),
        .library(name: "GraphStore", targets: ["GraphStore"]),
        .executable(name: "geostance", targets: ["geostance"]),
        .executable(name: "geostance-worker", targets: ["geostance-worker"]),
        // Reading a graph file; the local web server in Serve/ (a package of its own) uses it.
        .library(name: "GraphLoading", targets: ["GraphLoading"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(name: "StanceGraph", swiftSettings: internalChecks),
        .target(name: "EnglishSyntax"),
        .target(name: "StanceExtraction", dependencies: ["StanceGraph", "EnglishSyntax"]),
        // The HTML report's script and styles are files an editor and a linter can read,
        // compiled into the module so the page stays one self-contained file.
        .target(
            name: "GraphIO", dependencies: ["StanceGraph"],
            resources: [
                .embedInCode("Resources/pan-zoom.js"), .embedInCode("Resources/report.js"),
                .embedInCode("Resources/report.css"),
            ]),
        // Extraction as a pipe filter; no Graphviz, XML or SQLite, so that the worker links statically.
        .target(name: "ExtractionStream", dependencies: ["StanceExtraction", "StanceGraph", "EnglishSyntax"]),
        .executableTarget(name: "geostance-worker", dependencies: ["ExtractionStream", "StanceExtraction"]),
        .systemLibrary(
            name: "CGraphviz", pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]),
        .target(name: "GraphvizRendering", dependencies: ["CGraphviz"]),
        .systemLibrary(
            name: "CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .target(name: "EventImport", dependencies: ["StanceGraph", "CZlib"]),
        .target(
            name: "GraphStore",
            dependencies: [
                "StanceGraph", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        .executableTarget(
            name: "geostance",
            dependencies: [
                "StanceGraph", "StanceExtraction", "ExtractionStream", "GraphIO", "GraphvizRendering", "EventImport",
                "EnglishSyntax", "GraphStore", "GraphLoading", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Reading a graph from a store or a snapshot on disk, shared by the CLI and the server.
        .target(name: "GraphLoading", dependencies: ["StanceGraph", "GraphIO", "GraphStore"]),
        .executableTarget(
            name: "geostance-bench",
            dependencies: [
                "StanceGraph", "StanceExtraction", "GraphIO", "GraphvizRendering", "EventImport", "EnglishSyntax",
                "GraphStore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "StanceGraphTests", dependencies: ["StanceGraph"]),
        .testTarget(name: "EnglishSyntaxTests", dependencies: ["EnglishSyntax"], exclude: ["Fixtures"]),
        .testTarget(name: "StanceExtractionTests", dependencies: ["StanceExtraction", "StanceGraph"]),
        .testTarget(
            name: "GraphIOTests", dependencies: ["GraphIO", "StanceGraph", "GraphStore"],
            resources: [.copy("Golden")]),
        .testTarget(
            name: "GraphStoreTests",
            dependencies: ["GraphStore", "StanceGraph", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "GeoStanceCLITests", dependencies: ["geostance", "geostance-worker"],
            exclude: ["Fixtures", "Golden"]),
        .testTarget(
            name: "EventImportTests", dependencies: ["EventImport", "StanceGraph", "CZlib"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "GraphvizRenderingTests",
            dependencies: ["GraphvizRendering", "GraphIO", "StanceGraph"]),
        .testTarget(name: "PeerComparisonTests", dependencies: ["GraphIO", "StanceGraph"]),
    ],
    swiftLanguageModes: [.v6]
)
