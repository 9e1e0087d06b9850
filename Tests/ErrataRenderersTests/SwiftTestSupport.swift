import ErrataModel
import ErrataRenderers
import Foundation
import ErrataTestSupport

/// Fixture paths, rendering and compiling generated Swift in tests.
enum SwiftTestSupport {
    static let fixtures = RepositoryPaths.fixtures
    static let goldenFolder = fixtures.appendingPathComponent("Golden/Swift")

    static func catalog(_ name: String) throws -> Catalog {
        try CatalogJSON.decode(String(contentsOf: fixtures.appendingPathComponent("Catalogs/\(name)"), encoding: .utf8))
    }

    static let sampleOptions = SwiftRenderOptions(
        typePrefix: "HuaweiOCR", accessLevel: .public, specPath: "spec/huawei-ocr.yaml")

    /// The golden files of the shared runtime mode.
    static let sharedGoldenFolder = fixtures.appendingPathComponent("Golden/SwiftShared")

    typealias Failure = SwiftCompiler.Failure

    /// Compiles `files` plus `main` (warnings are errors, Swift 6 mode), runs it, returns its output.
    /// Files of the shared runtime mode (which import `ErrataRuntime`) link the repository's
    /// runtime, built once; embedded ones carry their own.
    static func compileAndRun(_ files: [RenderedFile], main: String) throws -> String {
        let shared = files.contains { $0.contents.contains("\nimport ErrataRuntime\n") }
        return try SwiftCompiler.compileAndRun(
            files.map { ($0.path, $0.contents) } + [("main.swift", main)], runtime: shared ? .repository() : nil)
    }
}
