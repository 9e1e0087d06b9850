import ErrataTestSupport
import Foundation
import Testing
import ErrataGenerator

/// One naming rule: the CLI, `errata.yml` and the build-tool plugin give a spec the same type
/// prefix. The plugin cannot link the library, so its copy of the rule
/// (Plugins/ErrataPlugin/SpecFiles.swift) is compiled here and run on the same names.
@Suite struct TypePrefixTests {
    static let names = [
        "huawei-ocr", "dns_v2", "elb", "0day", "a.b.c", "Open Telekom-DNS", "ÄÖÜ-api", "---", "s3", "x1-2",
    ]

    @Test func derivedFromTheSpecFileName() {
        #expect(TypePrefix.derived(fromSpec: "spec/huawei-ocr.yaml") == "HuaweiOcr")
        #expect(TypePrefix.derived(fromSpec: "Sources/T/dns_v2.errata.yaml") == "DnsV2")
        #expect(TypePrefix.derived(fromSpec: "0day.yml") == "API0day")
        #expect(TypePrefix.derived(fromSpec: "---.yaml") == "API")
    }

    @Test func pluginAndLibraryAgree() throws {
        let source = try String(contentsOf: RepositoryPaths.path("Plugins/ErrataPlugin/SpecFiles.swift"), encoding: .utf8)
        // SpecFiles throws the plugin's error type, declared in another file of the plugin.
        let main = "import Foundation\nstruct PluginError: Error { init(_ description: String) {} }\n" + Self.names.map {
            "print(SpecFiles.typePrefix(for: URL(fileURLWithPath: \"/p/Sources/T/\" + \($0.debugDescription) + \".errata.yaml\")))"
        }.joined(separator: "\n")
        let output = try SwiftCompiler.compileAndRun([("SpecFiles.swift", source), ("main.swift", main)])
        let expected = Self.names.map { TypePrefix.derived(fromSpec: "Sources/T/\($0).errata.yaml") }
        #expect(output.split(separator: "\n").map(String.init) == expected)
    }
}
