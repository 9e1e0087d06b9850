import ErrataModel
import ErrataRenderers
import Foundation
import Testing
import ErrataTestSupport

/// The build-tool plugin declares the files `errata generate --swift-output` writes before it runs
/// (Plugins/PluginsShared/SpecFiles.swift); they must be exactly the files the Swift renderer makes.
@Suite struct SwiftFileNamesTests {
    /// The suffixes listed in the plugin's source, e.g. `["Error", "ErrorCode", …]`.
    static func pluginSuffixes() throws -> [String] {
        let source = RepositoryPaths.path("Plugins/PluginsShared/SpecFiles.swift")
        let text = try String(contentsOf: source, encoding: .utf8)
        let line = try #require(
            text.split(separator: "\n").first { $0.contains(#".map { typePrefix + $0 + ".swift" }"#) },
            "SpecFiles.swiftFileNames no longer has the expected shape")
        return line.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
            .filter { $0 != ".swift" }
    }

    @Test(arguments: ["HuaweiOCR", "A", "Billing2"])
    func pluginDeclaresExactlyTheRenderedFiles(prefix: String) throws {
        let options = SwiftRenderOptions(typePrefix: prefix, accessLevel: .internal, specPath: "x.errata.yaml", runtime: .shared)
        let rendered = try SwiftRenderer.render(CatalogValidator.validate(SwiftTestSupport.catalog("sample.json")), options: options).map(\.path)
        let declared = try Self.pluginSuffixes().map { prefix + $0 + ".swift" }
        #expect(declared.count == 6)
        #expect(rendered.sorted() == declared.sorted())
    }

    /// With `fixtures: true` the renderer adds exactly the file the plugin then declares too.
    @Test func pluginDeclaresTheFixturesFile() throws {
        let source = try String(contentsOf: RepositoryPaths.path("Plugins/PluginsShared/SpecFiles.swift"), encoding: .utf8)
        #expect(source.contains(#"(fixtures ? [typePrefix + "ErrorFixtures.swift"] : [])"#))
        let options = SwiftRenderOptions(typePrefix: "P", specPath: "x.errata.yaml", fixtures: true, runtime: .shared)
        let rendered = try SwiftRenderer.render(CatalogValidator.validate(SwiftTestSupport.catalog("sample.json")), options: options).map(\.path)
        let declared = try Self.pluginSuffixes().map { "P" + $0 + ".swift" } + ["PErrorFixtures.swift"]
        #expect(rendered.sorted() == declared.sorted())
    }
}

/// The embedded runtime mode writes the runtime's files; the plugin lists them too.
@Suite struct SwiftRuntimeFileNamesTests {
    /// `SpecFiles.runtimeFileNames` as its source lists it.
    static func pluginRuntimeFiles() throws -> [String] {
        let text = try String(contentsOf: RepositoryPaths.path("Plugins/PluginsShared/SpecFiles.swift"), encoding: .utf8)
        let start = try #require(text.range(of: "static let runtimeFileNames = ["), "SpecFiles.runtimeFileNames is gone")
        let list = text[start.upperBound...].prefix { $0 != "]" }
        return list.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    @Test func pluginListsTheRuntimesFiles() throws {
        let files = try SwiftCompiler.RuntimeLibrary.repositorySources().map(\.name)
        #expect(try Self.pluginRuntimeFiles() == files)
    }

    @Test func embeddedModeWritesThemWithThePrefix() throws {
        let options = SwiftRenderOptions(typePrefix: "P", specPath: "x.errata.yaml", runtime: .embedded)
        let rendered = try SwiftRenderer.render(CatalogValidator.validate(SwiftTestSupport.catalog("sample.json")), options: options).map(\.path)
        let declared = try SwiftFileNamesTests.pluginSuffixes().map { "P" + $0 + ".swift" } + Self.pluginRuntimeFiles().map { "P" + $0 }
        #expect(rendered.sorted() == declared.sorted())
    }
}
