import ErrataTestSupport
import Foundation
import Testing

/// `--style` on the command line: diff and check --upstream grade a new code as the generated
/// library's style says (DiffStyleTests in ErrataSyncTests holds the rules).
@Suite struct DiffStyleCLITests {
    /// A workspace whose `new.yaml` is the OCR spec with one more code.
    func workspaceWithANewCode() throws -> Workspace {
        let workspace = try Workspace()
        let spec = try String(contentsOf: workspace.url("spec/huawei-ocr.yaml"), encoding: .utf8)
        try spec.write(to: workspace.url("old.yaml"), atomically: true, encoding: .utf8)
        let anchor = "- code: AIS.0120\n"
        #expect(spec.contains(anchor))
        let edited = spec.replacingOccurrences(of: anchor, with: "- code: AIS.0199\n  module: OCR\n  message: Something new.\n" + anchor)
        try edited.write(to: workspace.url("new.yaml"), atomically: true, encoding: .utf8)
        return workspace
    }

    @Test func diffStyleOptionGradesTheNewCode() throws {
        let workspace = try workspaceWithANewCode()
        defer { workspace.remove() }
        let byDefault = try workspace.run("diff", "old.yaml", "new.yaml", "--fail-on", "breaking")
        #expect(byDefault.status == 0, "\(byDefault.stdout)\(byDefault.stderr)")
        #expect(byDefault.stdout.contains("  + AIS.0199  CODE_ADDED [addition]"), "\(byDefault.stdout)")
        #expect(try workspace.run("diff", "old.yaml", "new.yaml", "--style", "struct").stdout == byDefault.stdout)

        let asEnum = try workspace.run("diff", "old.yaml", "new.yaml", "--fail-on", "breaking", "--style", "enum")
        #expect(asEnum.status == 1, "\(asEnum.stdout)\(asEnum.stderr)")
        #expect(asEnum.stdout.contains("  + AIS.0199  CODE_ADDED [breaking]"), "\(asEnum.stdout)")
        let json = try workspace.run("diff", "old.yaml", "new.yaml", "--style", "enum", "--report-format", "json")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(report["summary"] as? [String: Int] == ["addition": 0, "breaking": 1, "documentation": 0])
        let github = try workspace.run("diff", "old.yaml", "new.yaml", "--style", "enum", "--report-format", "github")
        #expect(github.stdout.hasPrefix("::error file=new.yaml,"), "\(github.stdout)")

        let bad = try workspace.run("diff", "old.yaml", "new.yaml", "--style", "class")
        #expect(bad.status != 0 && bad.status != 1)
    }

    /// `check --upstream` grades with the style of errata.yml's catalog, or `--style` with `--spec`.
    @Test func checkUpstreamTakesTheStyleOfTheCatalog() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let page = try String(
            contentsOf: ErrataCLI.repoRoot.appendingPathComponent("Tests/Fixtures/Readers/huawei-ocr.md"), encoding: .utf8)
        let row = "|  | AIS.0105 | Recognition failed. |"
        #expect(page.contains(row))
        try page.replacingOccurrences(of: row, with: "|  | AIS.0199 | Something new. | New. | Retry. |\n" + row)
            .write(to: workspace.url("page.md"), atomically: true, encoding: .utf8)

        let structCheck = try workspace.run("check", "--upstream", "page.md", "--fail-on", "breaking")
        #expect(structCheck.status == 0, "\(structCheck.stdout)\(structCheck.stderr)")
        #expect(structCheck.stdout.contains("  + AIS.0199  CODE_ADDED [addition]"), "\(structCheck.stdout)")

        let config = try String(contentsOf: workspace.url("errata.yml"), encoding: .utf8)
        let accessLevel = "      accessLevel: public\n"
        #expect(config.contains(accessLevel))
        try config.replacingOccurrences(of: accessLevel, with: accessLevel + "      style: enum\n")
            .write(to: workspace.url("errata.yml"), atomically: true, encoding: .utf8)
        let enumCheck = try workspace.run("check", "--upstream", "page.md", "--fail-on", "breaking")
        #expect(enumCheck.status == 1, "\(enumCheck.stdout)\(enumCheck.stderr)")
        #expect(enumCheck.stdout.contains("  + AIS.0199  CODE_ADDED [breaking]"), "\(enumCheck.stdout)")

        let withSpec = try workspace.run(
            "check", "--upstream", "page.md", "--spec", "spec/huawei-ocr.yaml", "--style", "enum", "--fail-on", "breaking")
        #expect(withSpec.status == 1, "\(withSpec.stdout)\(withSpec.stderr)")
        #expect(withSpec.stdout.contains("CODE_ADDED [breaking]"))
        let specAlone = try workspace.run("check", "--upstream", "page.md", "--spec", "spec/huawei-ocr.yaml", "--fail-on", "breaking")
        #expect(specAlone.status == 0, "--spec without --style grades for the struct style: \(specAlone.stdout)\(specAlone.stderr)")
    }
}
