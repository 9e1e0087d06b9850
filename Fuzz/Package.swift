// swift-tools-version: 6.1
// libFuzzer targets for Errata. Not part of the root package: they link only with
// `--sanitize=fuzzer`, which provides `main`. Build and run them with `scripts/fuzz.sh`.
import PackageDescription

let fuzzTargets = ["html", "text", "markdown", "rst", "asciidoc", "spec", "sample", "swift", "body"]

let package = Package(
    name: "ErrataFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Errata", path: "..")],
    targets: fuzzTargets.map { name in
        .executableTarget(
            name: "fuzz-\(name)",
            dependencies: [.product(name: "ErrataFuzzChecks", package: "Errata")],
            path: "Sources/fuzz-\(name)",
            swiftSettings: [
                .swiftLanguageMode(.v6),
                // No Swift `main`: libFuzzer's main calls LLVMFuzzerTestOneInput.
                .unsafeFlags(["-parse-as-library"]),
            ]
        )
    }
)
