// swift-tools-version: 6.1
import PackageDescription

// geostance-serve, a local web server over one graph, is a package of its own beside the main
// one, as swift-collections keeps its benchmarks: Hummingbird and SwiftNIO are resolved and
// built only here, so the main package's first build (scripts/run) never waits for them.
// Build it with `swift build -c release --package-path Serve --product geostance-serve`.
let package = Package(
    name: "GeoStanceServe",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "geostance-serve", targets: ["geostance-serve"]),
    ],
    dependencies: [
        .package(name: "GeoStance", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // The server's routes over one in-memory graph, apart from its command line so tests drive them.
        .target(
            name: "GraphServer",
            dependencies: [
                .product(name: "StanceGraph", package: "GeoStance"),
                .product(name: "GraphIO", package: "GeoStance"),
                .product(name: "GraphvizRendering", package: "GeoStance"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.embedInCode("Resources/serve.js")]),
        .executableTarget(
            name: "geostance-serve",
            dependencies: [
                "GraphServer",
                .product(name: "GraphLoading", package: "GeoStance"),
                .product(name: "StanceGraph", package: "GeoStance"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(
            name: "GraphServerTests",
            dependencies: [
                "GraphServer", "geostance-serve",
                .product(name: "GraphLoading", package: "GeoStance"),
                .product(name: "GraphIO", package: "GeoStance"),
                .product(name: "StanceGraph", package: "GeoStance"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
