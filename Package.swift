// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "GeoStance",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "StanceGraph", targets: ["StanceGraph"]),
        .library(name: "GraphExport", targets: ["GraphExport"]),
    ],
    targets: [
        .target(name: "StanceGraph"),
        .target(name: "GraphExport", dependencies: ["StanceGraph"]),
        .testTarget(name: "StanceGraphTests", dependencies: ["StanceGraph"]),
        .testTarget(name: "GraphExportTests", dependencies: ["GraphExport", "StanceGraph"]),
        .testTarget(name: "PeerComparisonTests", dependencies: ["GraphExport", "StanceGraph"]),
    ],
    swiftLanguageModes: [.v6]
)
