import ErrataModel
@testable import ErrataRenderers
import ErrataTestSupport
import Foundation
import Testing

/// The two runtime modes side by side: libraries of several services in one module, an embedded
/// and a shared one in one app, and the version check against an older runtime.
@Suite struct SwiftRuntimeModeTests {
    static func library(_ prefix: String, _ runtime: SwiftRuntimeMode) throws -> [RenderedFile] {
        let catalog = Catalog(service: prefix, entries: [
            Entry(code: "\(prefix).1", variants: [Variant(message: "Limit {n} reached.", solution: "Wait.", statuses: [429])]),
        ])
        let options = SwiftRenderOptions(typePrefix: prefix, accessLevel: .public, specPath: "\(prefix).yaml", runtime: runtime)
        return try SwiftRenderer.render(CatalogValidator.validate(catalog), options: options)
    }

    static func driver(_ prefixes: [String]) -> String {
        "import Foundation\n" + prefixes.map { prefix in
            """
            do {
                let error = try \(prefix)Error.decode(Data(#"{"error_code": "\(prefix).1", "error_msg": "Limit 5 reached"}"#.utf8), httpStatus: 429)
                print(error.code.rawValue, error.placeholderValues, error.recoverySuggestion ?? "-", \(prefix)ErrorCode.allDocumented.count)
            }

            """
        }.joined()
    }

    @Test func twoEmbeddedServicesInOneModule() throws {
        let files = try Self.library("Alpha", .embedded) + Self.library("Beta", .embedded)
        let output = try SwiftTestSupport.compileAndRun(files, main: Self.driver(["Alpha", "Beta"]))
        #expect(output == "Alpha.1 [\"5\"] Wait. 1\nBeta.1 [\"5\"] Wait. 1\n")
    }

    @Test func anEmbeddedAndASharedServiceInOneApp() throws {
        let files = try Self.library("Alpha", .embedded) + Self.library("Beta", .shared)
        let output = try SwiftTestSupport.compileAndRun(files, main: Self.driver(["Alpha", "Beta"]))
        #expect(output == "Alpha.1 [\"5\"] Wait. 1\nBeta.1 [\"5\"] Wait. 1\n")
    }

    /// Generated code compiled against a runtime that lacks the release it needs fails, and the
    /// compiler names the release (here: a runtime whose `ErrataRuntimeVersion` stops before 0.1).
    @Test func anOlderRuntimeFailsNamingTheReleaseToUse() throws {
        let sources = try SwiftCompiler.RuntimeLibrary.repositorySources().map { file in
            (file.name, file.contents.replacingOccurrences(of: "public enum UseErrata_0_1_OrNewer {}", with: ""))
        }
        #expect(sources.map(\.1) != (try SwiftCompiler.RuntimeLibrary.repositorySources().map(\.contents)))
        let older = try SwiftCompiler.RuntimeLibrary(sources: sources)
        let files = try Self.library("Alpha", .shared)
        do {
            _ = try SwiftCompiler.compileAndRun(
                files.map { ($0.path, $0.contents) } + [("main.swift", Self.driver(["Alpha"]))], runtime: older)
            Issue.record("generated code compiled against a runtime without the release it needs")
        } catch let failure as SwiftCompiler.Failure {
            #expect(failure.description.contains("'UseErrata_0_1_OrNewer' is not a member type"), "\(failure.description.prefix(2000))")
        }
        // The same files against the repository's runtime compile.
        #expect(try SwiftTestSupport.compileAndRun(files, main: Self.driver(["Alpha"])) == "Alpha.1 [\"5\"] Wait. 1\n")
    }
}

/// The runtime's source the renderer carries is the `ErrataRuntime` target's, file for file.
@Suite struct EmbeddedRuntimeFilesTests {
    @Test func theRenderersCopyIsTheTargetsSource() throws {
        let target = try SwiftCompiler.RuntimeLibrary.repositorySources()
        let carried = SwiftRuntimeFiles.sources
        #expect(carried.map(\.name) == target.map(\.name), "run scripts/embed-runtime.sh")
        for (mine, theirs) in zip(carried, target) {
            #expect(mine.contents == theirs.contents, "\(mine.name) is stale: run scripts/embed-runtime.sh")
        }
    }
}
