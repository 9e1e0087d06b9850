import ErrataTestSupport
import Foundation
import Testing

/// Hints name the command as the user runs it: `errata generate` on the command line, the plugin's
/// `swift package … errata generate` under the command plugin, which marks the tool's environment
/// with `ERRATA_COMMAND_PLUGIN=1` (Plugins/ErrataCommand/ErrataCommand.swift).
@Suite struct CommandHintTests {
    static let plugin = ["ERRATA_COMMAND_PLUGIN": "1"]
    static let pluginGenerate = "swift package --allow-writing-to-package-directory errata generate"

    /// A generated file is missing: `check` says how to regenerate, as the user runs errata.
    @Test func driftNamesTheCommandAsRun() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run("generate").status == 0)
        try FileManager.default.removeItem(at: workspace.url(try #require(try workspace.generatedFiles().first)))

        let plain = try workspace.run("check")
        #expect(plain.status == 1 && plain.stdout.contains("run `errata generate` to update"), "\(plain.stdout)")
        let text = try ErrataCLI.run(["check"], in: workspace.root, environment: Self.plugin)
        #expect(text.status == 1 && text.stdout.contains("run `\(Self.pluginGenerate)` to update"), "\(text.stdout)")
        #expect(!text.stdout.contains("`errata generate`"))
        let github = try ErrataCLI.run(["check", "--report-format", "github"], in: workspace.root, environment: Self.plugin)
        #expect(github.status == 1 && github.stdout.contains("::error"), "\(github.stdout)")
        #expect(github.stdout.contains("run `\(Self.pluginGenerate)`") && !github.stdout.contains("`errata generate`"))
    }

    @Test func upstreamDriftUnderTheCommandPluginNamesThePluginsImport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errata-hint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.md")
        try FileManager.default.copyItem(at: RepositoryPaths.path("Tests/Fixtures/Pages/acme-lb-nested.md"), to: page)
        let created = try ErrataCLI.run(["import", "page.md", "--spec", "acme.yaml"], in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        let text = try String(contentsOf: page, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "{port} is already in use.", with: "{port} is taken.").utf8).write(to: page)
        let plain = try ErrataCLI.run(["check", "--spec", "acme.yaml", "--upstream", "page.md"], in: folder)
        #expect(plain.status == 1)
        #expect(plain.stdout.contains("run `errata import page.md --spec acme.yaml`"), "\(plain.stdout)")
        let plugin = try ErrataCLI.run(["check", "--spec", "acme.yaml", "--upstream", "page.md"], in: folder, environment: Self.plugin)
        #expect(plugin.status == 1)
        #expect(
            plugin.stdout.contains("run `swift package --allow-writing-to-package-directory errata import page.md --spec acme.yaml`"),
            "\(plugin.stdout)")
    }
}
