// swift-tools-version: 6.1
// An invented API served and called with errata's adapters (docs/adapters.md, "The example
// service"): the Tidewater Notes error table is one errata spec, from which the build-tool plugin
// generates TidewaterErrors; NotesServer, a Hummingbird server, answers with those errors, and
// NotesClient, a client swift-openapi-generator generates from openapi.yaml, catches them typed.
// scripts/check-service-example.sh runs both on 127.0.0.1.
import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6), .enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "NotesService",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Errata", path: "../..", traits: ["Hummingbird", "OpenAPIRuntime"]),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
    ],
    targets: [
        .target(
            name: "TidewaterErrors",
            dependencies: [.product(name: "ErrataRuntime", package: "Errata")],
            swiftSettings: strict,
            plugins: [.plugin(name: "ErrataPlugin", package: "Errata")]
        ),
        .executableTarget(
            name: "NotesServer",
            dependencies: [
                "TidewaterErrors",
                .product(name: "ErrataHummingbird", package: "Errata"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "NotesClient",
            dependencies: [
                "TidewaterErrors",
                .product(name: "ErrataOpenAPIRuntime", package: "Errata"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
            ],
            swiftSettings: strict,
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
    ]
)
