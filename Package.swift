// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "GeoStance",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "StanceGraph", targets: ["StanceGraph"]),
        .library(name: "GraphExport", targets: ["GraphExport"]),
        .library(name: "GraphvizRendering", targets: ["GraphvizRendering"]),
    ],
    targets: [
        .target(name: "StanceGraph"),
        .target(name: "GraphExport", dependencies: ["StanceGraph"]),
        .systemLibrary(
            name: "CGraphviz", pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]),
        .target(name: "GraphvizRendering", dependencies: ["CGraphviz"]),
        .testTarget(name: "StanceGraphTests", dependencies: ["StanceGraph"]),
        .testTarget(
            name: "GraphExportTests", dependencies: ["GraphExport", "StanceGraph"],
            resources: [.copy("Golden")]),
        .testTarget(
            name: "GraphvizRenderingTests",
            dependencies: ["GraphvizRendering", "GraphExport", "StanceGraph"]),
    ],
    swiftLanguageModes: [.v6]
)
