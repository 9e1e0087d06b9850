// swift-tools-version: 6.1
// An app-side package using errata's build-tool plugin: the OCR error types are generated from
// Sources/OCRClient/huawei-ocr.errata.yaml at build time; no generated code is committed.
import PackageDescription

let package = Package(
    name: "OCRClient",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Errata", path: "../.."),
    ],
    targets: [
        .target(
            name: "OCRClient",
            // The generated code imports the runtime every generated library shares (the plugin's
            // default, `runtime: shared`).
            dependencies: [.product(name: "ErrataRuntime", package: "Errata")],
            swiftSettings: [.swiftLanguageMode(.v6), .enableUpcomingFeature("ExistentialAny")],
            plugins: [.plugin(name: "ErrataPlugin", package: "Errata")]
        ),
        .executableTarget(
            name: "ocr-demo",
            dependencies: ["OCRClient"],
            swiftSettings: [.swiftLanguageMode(.v6), .enableUpcomingFeature("ExistentialAny")]
        ),
    ]
)
