// swift-tools-version: 6.1
import PackageDescription

let strictSwift6: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Errata",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "errata", targets: ["errata"]),
        .library(name: "Errata", targets: ["Errata"]),
        .library(name: "HuaweiOCRErrors", targets: ["HuaweiOCRErrors"]),
        // Invariant checks shared by the fuzzers (Fuzz/Package.swift) and the fail-case replay test.
        .library(name: "ErrataFuzzChecks", targets: ["ErrataFuzzChecks"]),
        .plugin(name: "ErrataPlugin", targets: ["ErrataPlugin"]),
        .plugin(name: "ErrataCommand", targets: ["ErrataCommand"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // Pipeline: readers -> model -> renderers -> output. The model is the only thing stages share.
        .target(name: "ErrataModel", swiftSettings: strictSwift6),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "ErrataReaders",
            dependencies: ["ErrataModel", "CLibXML2", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSwift6
        ),
        .target(
            name: "ErrataRenderers",
            dependencies: ["ErrataModel", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSwift6
        ),
        .target(name: "ErrataOutput", swiftSettings: strictSwift6),
        // The library the CLI and plugins are thin shells over: configuration and the generate / check jobs.
        .target(
            name: "Errata",
            dependencies: [
                "ErrataModel", "ErrataReaders", "ErrataRenderers", "ErrataOutput",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strictSwift6
        ),
        .executableTarget(
            name: "errata",
            dependencies: ["Errata", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSwift6
        ),
        // Build-tool plugin: a target's *.errata.yaml specs become Swift at build time (README: "Use as a build step").
        .plugin(name: "ErrataPlugin", capability: .buildTool(), dependencies: ["errata"]),
        // Command plugin: `swift package errata generate|check` over the package's errata.yml. It declares no
        // permission, so `check` runs as is; `generate` needs `--allow-writing-to-package-directory`.
        .plugin(
            name: "ErrataCommand",
            capability: .command(intent: .custom(verb: "errata", description: "Generate or check the files errata.yml describes")),
            dependencies: ["errata"]
        ),
        // Invariants the fuzzers check on each input; also replayed by `swift test` over Tests/Fixtures/FailCases.
        .target(
            name: "ErrataFuzzChecks",
            dependencies: ["Errata", "ErrataModel", "ErrataReaders", "ErrataRenderers"],
            swiftSettings: strictSwift6
        ),
        // Dogfood: the OCR error library, generated from spec/huawei-ocr.yaml by `errata generate`.
        .target(name: "HuaweiOCRErrors", path: "Generated/Swift", swiftSettings: strictSwift6),

        // Repository paths for the tests (a plain target: test targets cannot depend on each other).
        .target(name: "ErrataTestSupport", path: "Tests/ErrataTestSupport", swiftSettings: strictSwift6),
        .testTarget(name: "ErrataModelTests", dependencies: ["ErrataModel"], swiftSettings: strictSwift6),
        .testTarget(name: "ErrataReadersTests", dependencies: ["ErrataTestSupport", "ErrataReaders", "ErrataModel"], swiftSettings: strictSwift6),
        .testTarget(name: "ErrataRenderersTests", dependencies: ["ErrataTestSupport", "ErrataRenderers", "ErrataReaders", "ErrataModel"], swiftSettings: strictSwift6),
        .testTarget(name: "ErrataOutputTests", dependencies: ["ErrataOutput"], swiftSettings: strictSwift6),
        .testTarget(name: "ErrataTests", dependencies: ["ErrataTestSupport", "Errata", "errata"], swiftSettings: strictSwift6),
        .testTarget(name: "ErrataFuzzChecksTests", dependencies: ["ErrataTestSupport", "ErrataFuzzChecks", "ErrataModel"], swiftSettings: strictSwift6),
        .testTarget(name: "HuaweiOCRErrorsTests", dependencies: ["ErrataTestSupport", "HuaweiOCRErrors"], swiftSettings: strictSwift6),
    ]
)
