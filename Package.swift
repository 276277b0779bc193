// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Diplograph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "diplograph", targets: ["diplograph"]),
        .library(name: "DiplographCore", targets: ["DiplographCore"]),
        .library(name: "DiplographXML", targets: ["DiplographXML"]),
        .executable(name: "pipeline-fuzz", targets: ["pipeline-fuzz"]),
        .executable(name: "graphml-fuzz", targets: ["graphml-fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // The C boundaries: libxml2 through pkg-config (Debian: libxml2-dev), and one header
        // wrapping glibc's malloc_trim (a no-op elsewhere).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(name: "CMallocTrim"),
        // Pure Swift: ingest, text, resolution, relations, graph, queries, DOT/JSON/CSV export.
        .target(name: "DiplographCore", dependencies: ["CMallocTrim"]),
        // The only module that imports CLibXML2: GraphML/GEXF writers and readers, HTML and feeds.
        .target(name: "DiplographXML", dependencies: ["DiplographCore", "CLibXML2"]),
        .target(
            name: "DiplographCLI",
            dependencies: [
                "DiplographCore", "DiplographXML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "diplograph", dependencies: ["DiplographCLI"]),
        // Graph I/O and path-query benchmarks for `make bench`; not part of the library.
        .executableTarget(
            name: "diplograph-bench",
            dependencies: ["DiplographCore", "DiplographXML"],
            path: "Sources/DiplographBench"
        ),
        // Fuzzing (fuzz/README.md): the shared per-input logic and one libFuzzer target per input kind.
        .target(
            name: "DiplographFuzz", dependencies: ["DiplographCore", "DiplographXML"],
            path: "fuzz/Sources/DiplographFuzz"),
        .executableTarget(name: "pipeline-fuzz", dependencies: ["DiplographFuzz"], path: "fuzz/Sources/pipeline-fuzz"),
        .executableTarget(name: "graphml-fuzz", dependencies: ["DiplographFuzz"], path: "fuzz/Sources/graphml-fuzz"),
        // Fixtures are read through #filePath, not bundled as resources.
        .testTarget(name: "DiplographCoreTests", dependencies: ["DiplographCore"], exclude: ["Resolve/Fixtures"]),
        .testTarget(
            name: "DiplographXMLTests", dependencies: ["DiplographXML", "DiplographCore"], exclude: ["Fixtures"]),
        .testTarget(
            name: "DiplographCLITests",
            dependencies: ["DiplographCLI", "DiplographCore", "DiplographXML", "DiplographFuzz"]),
    ],
    swiftLanguageModes: [.v6]
)
