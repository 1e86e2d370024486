// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "GeoStance",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "StanceGraph", targets: ["StanceGraph"]),
        .library(name: "GraphExport", targets: ["GraphExport"]),
        .library(name: "StanceExtraction", targets: ["StanceExtraction"]),
        .executable(name: "geostance", targets: ["geostance"]),
    ],
    dependencies: [
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "StanceGraph"),
        .target(name: "GraphExport", dependencies: ["StanceGraph"]),
        .target(
            name: "StanceExtraction",
            dependencies: ["StanceGraph", .product(name: "CSV", package: "CSV.swift")]),
        .executableTarget(
            name: "geostance",
            dependencies: [
                "StanceGraph", "StanceExtraction", "GraphExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "StanceGraphTests", dependencies: ["StanceGraph"]),
        .testTarget(name: "GraphExportTests", dependencies: ["GraphExport", "StanceGraph"]),
    ],
    swiftLanguageModes: [.v6]
)
