import ErrataTestSupport
import Foundation
import Testing
import ErrataGenerator

/// One naming rule: the CLI, `errata.yml` and the plugins give a spec the same type prefix. The
/// plugins cannot link the library, so they compile the library's own `TypePrefix.swift`, linked
/// from `Plugins/PluginsShared`, the folder of sources both plugin folders link; their shared sources
/// that need no PackagePlugin are compiled here and run on the same names.
@Suite struct TypePrefixTests {
    static let names = [
        "huawei-ocr", "dns_v2", "elb", "0day", "a.b.c", "Open Telekom-DNS", "ÄÖÜ-api", "---", "s3", "x1-2",
        "v1.2_beta", "API", "élan", "9", "a--b", "ocr.errata", "x_", "Ünïcode-42z", "snake_case_name", "CamelCase",
    ]

    @Test func derivedFromTheSpecFileName() {
        #expect(TypePrefix.derived(fromSpec: "spec/huawei-ocr.yaml") == "HuaweiOcr")
        #expect(TypePrefix.derived(fromSpec: "Sources/T/dns_v2.errata.yaml") == "DnsV2")
        #expect(TypePrefix.derived(fromSpec: "0day.yml") == "API0day")
        #expect(TypePrefix.derived(fromSpec: "---.yaml") == "API")
    }

    /// Both plugins see the one shared folder, and its `TypePrefix.swift` is the generator's file.
    @Test func thePluginsCompileTheGeneratorsRule() throws {
        let shared = RepositoryPaths.path("Plugins/PluginsShared").resolvingSymlinksInPath().path
        for plugin in ["ErrataPlugin", "ErrataCommand"] {
            let link = RepositoryPaths.path("Plugins/\(plugin)/PluginsShared")
            #expect(link.resolvingSymlinksInPath().path == shared, "\(link.path) does not link Plugins/PluginsShared")
        }
        let rule = URL(fileURLWithPath: shared).appendingPathComponent("TypePrefix.swift").resolvingSymlinksInPath().path
        let library = RepositoryPaths.path("Sources/ErrataGenerator/Jobs/TypePrefix.swift").resolvingSymlinksInPath().path
        #expect(rule == library)
    }

    @Test func pluginAndLibraryAgree() throws {
        let shared = RepositoryPaths.path("Plugins/PluginsShared")
        let sources = try ["SpecFiles.swift", "TypePrefix.swift"].map {
            ($0, try String(contentsOf: shared.appendingPathComponent($0), encoding: .utf8))
        }
        let main = "import Foundation\n" + Self.names.map {
            "print(SpecFiles.typePrefix(for: URL(fileURLWithPath: \"/p/Sources/T/\" + \($0.debugDescription) + \".errata.yaml\")))"
        }.joined(separator: "\n")
        let output = try SwiftCompiler.compileAndRun(sources + [("main.swift", main)])
        let expected = Self.names.map { TypePrefix.derived(fromSpec: "Sources/T/\($0).errata.yaml") }
        #expect(output.split(separator: "\n").map(String.init) == expected)
    }
}
