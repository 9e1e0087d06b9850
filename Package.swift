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
        .library(name: "HuaweiOCRErrors", targets: ["HuaweiOCRErrors"]),
        // What every generated library shares; generated code imports it in the shared runtime mode.
        .library(name: "ErrataRuntime", targets: ["ErrataRuntime"]),
        // Invariant checks shared by the fuzzers (Fuzz/Package.swift) and the fail-case replay test.
        .library(name: "ErrataFuzzChecks", targets: ["ErrataFuzzChecks"]),
        .plugin(name: "ErrataPlugin", targets: ["ErrataPlugin"]),
        .plugin(name: "ErrataCommand", targets: ["ErrataCommand"]),
        // Adapters to HTTP stacks (docs/adapters.md), each usable once its trait is enabled:
        // `.package(url: …, from: …, traits: ["HTTPTypes"])`. Without it the product is an empty
        // module and the stack's package is neither resolved nor built.
        .library(name: "ErrataHTTPTypes", targets: ["ErrataHTTPTypes"]),
        .library(name: "ErrataOpenAPIRuntime", targets: ["ErrataOpenAPIRuntime"]),
        .library(name: "ErrataAsyncHTTPClient", targets: ["ErrataAsyncHTTPClient"]),
        .library(name: "ErrataHummingbird", targets: ["ErrataHummingbird"]),
    ],
    // The adapters' traits; none is enabled by default, so a package using the plugin or the
    // runtime alone resolves none of the HTTP stacks (docs/adapters.md has the measurements).
    traits: [
        .trait(name: "HTTPTypes", description: "ErrataHTTPTypes: service errors from and to swift-http-types' HTTPResponse."),
        .trait(
            name: "OpenAPIRuntime",
            description: "ErrataOpenAPIRuntime: a swift-openapi-runtime client middleware throwing service errors.",
            enabledTraits: ["HTTPTypes"]
        ),
        .trait(name: "AsyncHTTPClient", description: "ErrataAsyncHTTPClient: service errors from async-http-client's HTTPClientResponse."),
        .trait(
            name: "Hummingbird",
            description: "ErrataHummingbird: service errors as Hummingbird responses (HTTPResponseError, a router middleware).",
            enabledTraits: ["HTTPTypes"]
        ),
        .default(enabledTraits: []),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // Only for the adapters, each behind its trait (the conditions of the adapters' targets).
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // Pipeline: readers -> model -> renderers -> output. The model is the only thing stages share.
        .target(name: "ErrataModel", swiftSettings: strictSwift6),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // Markdown inline syntax both readers and renderers speak: escaping text into Markdown and
        // Markdown to plain text. No dependencies, so neither stage depends on the other for it.
        .target(name: "ErrataMarkdown", swiftSettings: strictSwift6),
        // The YAML spec reader and the text decoding every reader shares: no libxml2.
        .target(
            name: "ErrataSpec",
            dependencies: ["ErrataModel", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSwift6
        ),
        // Documentation pages: HTML (libxml2), Markdown, RST, the text rendering.
        .target(
            name: "ErrataReaders",
            dependencies: ["ErrataModel", "ErrataMarkdown", "ErrataSpec", "ErrataRuntime", "CLibXML2"],
            swiftSettings: strictSwift6
        ),
        // Catalog to files. The Swift renderer uses the runtime's own table builder, template splitter and
        // escaping, and carries the runtime's source for the embedded mode (EmbeddedRuntimeFiles.swift,
        // written by errata-embed-runtime, checked by EmbeddedRuntimeFilesTests).
        .target(
            name: "ErrataRenderers",
            dependencies: ["ErrataModel", "ErrataMarkdown", "ErrataRuntimeCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSwift6
        ),
        // Writes the runtime's source files into the Swift renderer (scripts/embed-runtime.sh).
        .executableTarget(name: "errata-embed-runtime", path: "Sources/ErrataRuntimeEmbedder", swiftSettings: strictSwift6),
        .target(name: "ErrataOutput", swiftSettings: strictSwift6),
        // Spec to outputs: errata.yml, the rendering, and the generate / check jobs. All a build needs;
        // it reads no documentation page, so it does not link libxml2.
        .target(
            name: "ErrataGenerator",
            dependencies: [
                "ErrataModel", "ErrataSpec", "ErrataRenderers", "ErrataOutput",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strictSwift6
        ),
        // Spec and pages in sync: the jobs that read documentation pages (import, diff, check
        // --upstream, fetching) and String Catalogs (strings export / import).
        .target(
            name: "ErrataSync",
            dependencies: ["ErrataModel", "ErrataSpec", "ErrataReaders", "ErrataRenderers", "ErrataOutput", "ErrataGenerator"],
            swiftSettings: strictSwift6
        ),
        // The CLI, a thin shell over the jobs. Executable targets are named as their executables
        // (plugins look tools up by target name), their folders as what they hold.
        .executableTarget(
            name: "errata",
            dependencies: ["ErrataSync", "ErrataGenerator", "ErrataModel", "ErrataReaders", "ErrataRenderers", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/ErrataCLI",
            swiftSettings: strictSwift6
        ),
        // The build-tool plugin's tool: a spec to its Swift library, silently; links no libxml2 and no
        // argument parser, so a package using the plugin needs nothing but a Swift toolchain.
        .executableTarget(
            name: "errata-build",
            dependencies: ["ErrataGenerator", "ErrataModel"],
            path: "Sources/ErrataBuildTool",
            swiftSettings: strictSwift6
        ),
        // Build-tool plugin: a target's *.errata.yaml specs become Swift at build time (README: "Use as a build step").
        .plugin(name: "ErrataPlugin", capability: .buildTool(), dependencies: ["errata-build"]),
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
            dependencies: ["ErrataSync", "ErrataGenerator", "ErrataModel", "ErrataSpec", "ErrataMarkdown", "ErrataReaders", "ErrataRenderers", "ErrataRuntime"],
            swiftSettings: strictSwift6
        ),
        // The generated libraries' runtime: Foundation only (docs/runtime.md), one module for the code
        // that imports it. Its Core folder is the part the generator uses too (tables, templates,
        // translations, body format descriptions): the target ErrataRuntimeCore is that folder (a
        // link), so the plugin's tool compiles it and not the whole runtime.
        .target(name: "ErrataRuntimeCore", swiftSettings: strictSwift6),
        .target(name: "ErrataRuntime", swiftSettings: strictSwift6),
        // The adapters (docs/adapters.md): generic over ErrataServiceError, so one serves every library
        // generated for the shared runtime. Their sources are inside `#if` on their trait.
        .target(
            name: "ErrataHTTPTypes",
            dependencies: [
                "ErrataRuntime",
                .product(name: "HTTPTypes", package: "swift-http-types", condition: .when(traits: ["HTTPTypes"])),
            ],
            path: "Sources/Adapters/ErrataHTTPTypes",
            swiftSettings: strictSwift6
        ),
        .target(
            name: "ErrataOpenAPIRuntime",
            dependencies: [
                "ErrataRuntime", "ErrataHTTPTypes",
                .product(name: "HTTPTypes", package: "swift-http-types", condition: .when(traits: ["OpenAPIRuntime"])),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime", condition: .when(traits: ["OpenAPIRuntime"])),
            ],
            path: "Sources/Adapters/ErrataOpenAPIRuntime",
            swiftSettings: strictSwift6
        ),
        .target(
            name: "ErrataAsyncHTTPClient",
            dependencies: [
                "ErrataRuntime",
                .product(name: "AsyncHTTPClient", package: "async-http-client", condition: .when(traits: ["AsyncHTTPClient"])),
                .product(name: "NIOCore", package: "swift-nio", condition: .when(traits: ["AsyncHTTPClient"])),
                .product(name: "NIOHTTP1", package: "swift-nio", condition: .when(traits: ["AsyncHTTPClient"])),
            ],
            path: "Sources/Adapters/ErrataAsyncHTTPClient",
            swiftSettings: strictSwift6
        ),
        .target(
            name: "ErrataHummingbird",
            dependencies: [
                "ErrataRuntime", "ErrataHTTPTypes",
                .product(name: "HTTPTypes", package: "swift-http-types", condition: .when(traits: ["Hummingbird"])),
                .product(name: "Hummingbird", package: "hummingbird", condition: .when(traits: ["Hummingbird"])),
            ],
            path: "Sources/Adapters/ErrataHummingbird",
            swiftSettings: strictSwift6
        ),
        // Dogfood: the OCR error library, generated from spec/huawei-ocr.yaml by `errata generate`.
        .target(name: "HuaweiOCRErrors", path: "Generated/Swift", swiftSettings: strictSwift6),
        // An invented service's library for the shared runtime, which the adapters' tests use:
        // generated at build time by the build-tool plugin from its lumen-archive.errata.yaml.
        .target(
            name: "LumenArchiveErrors",
            dependencies: ["ErrataRuntime"],
            path: "Tests/Fixtures/Adapters/LumenArchive",
            swiftSettings: strictSwift6,
            plugins: ["ErrataPlugin"]
        ),

        // Repository paths for the tests (a plain target: test targets cannot depend on each other).
        .target(name: "ErrataTestSupport", path: "Tests/ErrataTestSupport", swiftSettings: strictSwift6),
        .testTarget(name: "ErrataModelTests", dependencies: ["ErrataModel"], swiftSettings: strictSwift6),
        .testTarget(name: "ErrataMarkdownTests", dependencies: ["ErrataTestSupport", "ErrataMarkdown"], swiftSettings: strictSwift6),
        .testTarget(name: "ErrataReadersTests", dependencies: ["ErrataTestSupport", "ErrataReaders", "ErrataSpec", "ErrataModel"], swiftSettings: strictSwift6),
        .testTarget(name: "ErrataRenderersTests", dependencies: ["ErrataTestSupport", "ErrataRenderers", "ErrataMarkdown", "ErrataReaders", "ErrataSpec", "ErrataModel", "ErrataRuntime", "ErrataRuntimeCore"], swiftSettings: strictSwift6),
        .testTarget(name: "ErrataOutputTests", dependencies: ["ErrataTestSupport", "ErrataOutput"], swiftSettings: strictSwift6),
        .testTarget(name: "ErrataSpecTests", dependencies: ["ErrataTestSupport", "ErrataSpec", "ErrataModel"], swiftSettings: strictSwift6),
        .testTarget(name: "ErrataGeneratorTests", dependencies: ["ErrataTestSupport", "ErrataGenerator", "ErrataRenderers", "ErrataSpec", "ErrataModel", "ErrataOutput"], swiftSettings: strictSwift6),
        .testTarget(name: "ErrataSyncTests", dependencies: ["ErrataTestSupport", "ErrataSync", "ErrataReaders", "ErrataRenderers", "ErrataSpec", "ErrataModel"], swiftSettings: strictSwift6),
        // The executables as a user runs them: the CLI, the build-tool plugin's tool, the plugins' arguments.
        .testTarget(name: "ErrataCLITests", dependencies: ["ErrataTestSupport", "ErrataSync", "ErrataGenerator", "ErrataReaders", "ErrataRenderers", "ErrataSpec", "ErrataModel", "errata", "errata-build"], swiftSettings: strictSwift6),
        .testTarget(name: "ErrataFuzzChecksTests", dependencies: ["ErrataTestSupport", "ErrataFuzzChecks", "ErrataModel"], swiftSettings: strictSwift6),
        .testTarget(name: "ErrataRuntimeTests", dependencies: ["ErrataTestSupport", "ErrataRuntime", "HuaweiOCRErrors"], swiftSettings: strictSwift6),
        // The protocol every generated error conforms to, on the invented library. The adapters' own
        // tests need the HTTP stacks, so they are a package of their own (Tests/Adapters, docs/adapters.md).
        .testTarget(name: "ErrataServiceErrorTests", dependencies: ["ErrataRuntime", "LumenArchiveErrors"], swiftSettings: strictSwift6),
        .testTarget(name: "HuaweiOCRErrorsTests", dependencies: ["ErrataTestSupport", "HuaweiOCRErrors"], swiftSettings: strictSwift6),
    ]
)
