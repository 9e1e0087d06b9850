import ErrataTestSupport
import Foundation
import Testing

/// The command plugin tells a spec or page argument from an option's value by the errata tool's
/// options that take a value (`ErrataCommand.optionsWithValues`): that list must be exactly the
/// tool's, or `swift package errata diff --report-format json` would take `json` for a page.
/// (scripts/check-command-plugin.sh runs such command lines through the real plugin.)
@Suite struct CommandPluginArgumentTests {
    static let commands = [["generate"], ["check"], ["diff"], ["dump"], ["import"], ["strings", "export"], ["strings", "import"]]

    /// Every `--name` of an option (not a flag) of every subcommand, from the tool's own help dump.
    func toolOptionsWithValues() throws -> Set<String> {
        var names: Set<String> = []
        for command in Self.commands {
            let result = try ErrataCLI.run(command + ["--experimental-dump-help"], in: ErrataCLI.repoRoot)
            #expect(result.status == 0, "\(result.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let arguments = (json["command"] as? [String: Any])?["arguments"] as? [[String: Any]] ?? []
            #expect(!arguments.isEmpty)
            for argument in arguments where argument["kind"] as? String == "option" {
                for name in argument["names"] as? [[String: Any]] ?? [] where name["kind"] as? String == "long" {
                    names.insert("--" + (name["name"] as? String ?? ""))
                }
            }
        }
        return names
    }

    /// The string literals of the plugin's `optionsWithValues`.
    func pluginList() throws -> Set<String> {
        let source = try String(
            contentsOf: ErrataCLI.repoRoot.appendingPathComponent("Plugins/ErrataCommand/ErrataCommand.swift"), encoding: .utf8)
        let start = try #require(source.range(of: "static let optionsWithValues: Set<String> = ["))
        let end = try #require(source.range(of: "]", range: start.upperBound..<source.endIndex))
        let literal = source[start.upperBound..<end.lowerBound]
        return Set(literal.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) })
    }

    @Test func thePluginKnowsEveryOptionThatTakesAValue() throws {
        let tool = try toolOptionsWithValues()
        #expect(tool.contains("--report-format") && tool.contains("--column") && tool.contains("--timeout"))
        #expect(try pluginList() == tool)
    }
}
