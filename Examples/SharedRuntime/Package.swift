// swift-tools-version: 6.1
// The OCR error library generated for the shared runtime (Generated/SwiftShared, `runtime: shared`
// in errata.yml), built against the runtime as a module of its own (Sources/ErrataRuntime, linked
// here: a dependency on errata itself would declare a second HuaweiOCRErrors target) and tested with the very tests of the embedded library
// (Tests/HuaweiOCRErrorsTests, linked here): both modes have one public API.
// scripts/check-shared-runtime.sh runs it.
import PackageDescription

let strictSwift6: [SwiftSetting] = [.swiftLanguageMode(.v6), .enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "SharedRuntime",
    platforms: [.macOS(.v13)],
    targets: [
        .target(name: "ErrataRuntime", swiftSettings: strictSwift6),
        .target(
            name: "HuaweiOCRErrors",
            dependencies: ["ErrataRuntime"],
            swiftSettings: strictSwift6 + [.unsafeFlags(["-warnings-as-errors"])]
        ),
        .target(name: "ErrataTestSupport", path: "Tests/ErrataTestSupport", swiftSettings: strictSwift6),
        .testTarget(name: "HuaweiOCRErrorsTests", dependencies: ["ErrataTestSupport", "HuaweiOCRErrors"], swiftSettings: strictSwift6),
    ]
)
