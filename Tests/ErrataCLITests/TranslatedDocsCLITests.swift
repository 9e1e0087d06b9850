import ErrataTestSupport
import Foundation
import Testing

/// `errata generate` and `errata check` on a spec with locales: a docs page per language, each
/// one checked for drift like any other output.
@Suite struct TranslatedDocsCLITests {
    static let pages = ["Generated/Docs/acme-vision.de.md", "Generated/Docs/acme-vision.md", "Generated/Docs/acme-vision.zh-Hans.md"]

    /// A workspace whose errata.yml generates the docs of the translated fixture spec.
    func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try FileManager.default.copyItem(
            at: RepositoryPaths.fixtures.appendingPathComponent("Specs/acme-vision.yaml"),
            to: workspace.url("spec/acme-vision.yaml"))
        try """
            owns:
              - Generated
            catalogs:
              - spec: spec/acme-vision.yaml
                docs: Generated/Docs
            """.write(to: workspace.url("errata.yml"), atomically: true, encoding: .utf8)
        return workspace
    }

    /// `errata check --quiet`: its status and the lines naming files.
    func check(_ workspace: Workspace) throws -> (status: Int32, lines: [String]) {
        let result = try workspace.run("check", "--quiet")
        return (result.status, result.stdout.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("drift:") })
    }

    @Test func everyLanguagesPageIsGeneratedAndChecked() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let generate = try workspace.run("generate")
        #expect(generate.status == 0, "\(generate.stderr)")
        #expect(try workspace.generatedFiles() == Self.pages)
        #expect(try check(workspace).status == 0)

        for page in ["Generated/Docs/acme-vision.zh-Hans.md", "Generated/Docs/acme-vision.md"] {
            let url = workspace.url(page)
            let original = try String(contentsOf: url, encoding: .utf8)
            try original.replacingOccurrences(of: "`AV.0101`", with: "`AV.0100`").write(to: url, atomically: true, encoding: .utf8)
            let drift = try check(workspace)
            #expect(drift.status == 1, "\(page) edited by hand")
            #expect(drift.lines == ["changed: \(page)"])
            try original.write(to: url, atomically: true, encoding: .utf8)
            #expect(try check(workspace).status == 0)
        }
    }

    @Test func aChangedTranslationMakesItsPageStale() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        #expect(try workspace.run("generate").status == 0)
        try editSpec(workspace) { $0.replacingOccurrences(of: "description: 请求中没有图片。", with: "description: 请求中缺少图片。") }
        let drift = try check(workspace)
        #expect(drift.status == 1)
        #expect(drift.lines == ["changed: Generated/Docs/acme-vision.zh-Hans.md"])
        let full = try workspace.run("check")
        #expect(full.stdout.contains("请求中缺少图片"), "the diff shows the new text: \(full.stdout)")
        #expect(try workspace.run("generate").status == 0)
        #expect(try check(workspace).status == 0)
    }

    @Test func aRemovedLocalesPageIsAnOrphan() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        #expect(try workspace.run("generate").status == 0)
        try editSpec(workspace) { spec in
            spec.replacingOccurrences(of: "  de: ~\n", with: "")
                .replacingOccurrences(of: "      de: Erkennung\n", with: "")
                .replacingOccurrences(of: "      de:\n        description: Die Anfrage enthält kein Bild.\n", with: "")
        }
        let drift = try check(workspace)
        #expect(drift.status == 1)
        #expect(drift.lines.contains("orphaned: Generated/Docs/acme-vision.de.md"), "\(drift.lines)")
        #expect(drift.lines.contains("changed: Generated/Docs/acme-vision.md"), "the base page no longer links the de page")
        let generate = try workspace.run("generate")
        #expect(generate.status == 0, "\(generate.stderr)")
        #expect(generate.stdout.contains("removed Generated/Docs/acme-vision.de.md"), "\(generate.stdout)")
        #expect(try workspace.generatedFiles() == Self.pages.filter { !$0.hasSuffix(".de.md") })
        #expect(try check(workspace).status == 0)
    }

    @Test func singleSpecOptionsWriteEveryLanguagesPage() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let generate = try workspace.run("generate", "--spec", "spec/acme-vision.yaml", "--output", "Out", "--type-prefix", "AcmeVision")
        #expect(generate.status == 0, "\(generate.stderr)")
        for page in ["acme-vision.md", "acme-vision.zh-Hans.md", "acme-vision.de.md"] {
            #expect(FileManager.default.fileExists(atPath: workspace.url("Out/Docs/\(page)").path), "\(page)")
        }
        #expect(try workspace.run("check", "--spec", "spec/acme-vision.yaml", "--output", "Out", "--type-prefix", "AcmeVision").status == 0)
    }

    private func editSpec(_ workspace: Workspace, _ edit: (String) -> String) throws {
        let url = workspace.url("spec/acme-vision.yaml")
        let spec = try String(contentsOf: url, encoding: .utf8)
        let edited = edit(spec)
        #expect(edited != spec, "the edit changed the spec")
        try edited.write(to: url, atomically: true, encoding: .utf8)
    }
}
