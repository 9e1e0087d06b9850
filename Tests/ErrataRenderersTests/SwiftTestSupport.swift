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

    typealias Failure = SwiftCompiler.Failure

    /// Compiles `files` plus `main` (warnings are errors, Swift 6 mode), runs it, returns its output.
    static func compileAndRun(_ files: [RenderedFile], main: String) throws -> String {
        try SwiftCompiler.compileAndRun(files.map { ($0.path, $0.contents) } + [("main.swift", main)])
    }
}
