// swift-tools-version: 6.1
// The adapters' tests (docs/adapters.md): errata with all its adapter traits enabled, so this
// package, not errata's own `swift test`, resolves and builds the HTTP stacks. Run:
//
//     swift test --package-path Tests/Adapters
//
// The invented Lumen Archive library's spec is errata's Tests/Fixtures/Adapters/LumenArchive, linked
// here; the build-tool plugin generates the library.
import PackageDescription

let strictSwift6: [SwiftSetting] = [.swiftLanguageMode(.v6), .enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "AdapterTests",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Errata", path: "../..", traits: ["HTTPTypes", "OpenAPIRuntime", "AsyncHTTPClient", "Hummingbird"]),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .target(
            name: "LumenArchiveErrors",
            dependencies: [.product(name: "ErrataRuntime", package: "Errata")],
            swiftSettings: strictSwift6 + [.unsafeFlags(["-warnings-as-errors"])],
            plugins: [.plugin(name: "ErrataPlugin", package: "Errata")]
        ),
        .testTarget(
            name: "ErrataAdaptersTests",
            dependencies: [
                "LumenArchiveErrors",
                .product(name: "ErrataRuntime", package: "Errata"),
                .product(name: "ErrataHTTPTypes", package: "Errata"),
                .product(name: "ErrataOpenAPIRuntime", package: "Errata"),
                .product(name: "ErrataAsyncHTTPClient", package: "Errata"),
                .product(name: "ErrataHummingbird", package: "Errata"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strictSwift6
        ),
    ]
)
