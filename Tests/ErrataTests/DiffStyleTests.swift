import Errata
import ErrataModel
import ErrataRenderers
import Foundation
import Testing

/// Severities follow the Swift style of the generated library: a new code is an addition for the
/// struct style and breaking for the enum style; module changes are breaking in both.
@Suite struct DiffStyleTests {
    static let base = DiffRuleTests.base
    static let other = DiffRuleTests.other

    @Test func newCodeIsAnAdditionForAStructAndBreakingForAnEnum() {
        let old = DiffRuleTests.catalog([Self.base])
        let new = DiffRuleTests.catalog([Self.base, Self.other])
        let structChanges = CatalogDiffer.diff(old: old, new: new)
        #expect(structChanges.changes.map(\.severity) == [.addition])
        #expect(structChanges == CatalogDiffer.diff(old: old, new: new, style: .struct))
        #expect(!structChanges.fails(on: .breaking))
        let enumChanges = CatalogDiffer.diff(old: old, new: new, style: .enum)
        #expect(enumChanges.changes.map(\.rule) == [.codeAdded])
        #expect(enumChanges.changes.map(\.severity) == [.breaking])
        #expect(enumChanges.fails(on: .breaking))
        #expect(enumChanges.added.count == 1)
        #expect(enumChanges.textReport.contains("  + AIS.0106  CODE_ADDED [breaking]"), "\(enumChanges.textReport)")
        #expect(enumChanges.summaryLine.hasSuffix("1 breaking, 0 documentation, 0 additions"))
    }

    @Test func everyOtherRuleHasTheSameSeverityInBothStyles() {
        for rule in DiffRule.allCases where rule != .codeAdded {
            #expect(rule.severity(for: .enum) == rule.severity, "\(rule.rawValue)")
            #expect(rule.severity(for: .struct) == rule.severity, "\(rule.rawValue)")
        }
        #expect(DiffRule.codeAdded.severity(for: .struct) == .addition)
        #expect(DiffRule.codeAdded.severity(for: .enum) == .breaking)
        // Every case of DiffRuleTests graded for an enum: only CODE_ADDED moves.
        for test in DiffRuleTests.cases {
            let change = CatalogDiffer.diff(old: test.old, new: test.new, style: .enum).changes.first
            #expect(change?.severity == (test.rule == .codeAdded ? .breaking : test.rule.severity), "\(test.rule.rawValue)")
        }
    }

    @Test func moduleChangesAreBreakingInBothStylesAndHaveTheirOwnSection() throws {
        let old = DiffRuleTests.catalog([Self.base])
        let new = Catalog(
            service: "Test", modules: [Module(name: "Billing"), Module(name: "OCR")], entries: [Self.base])
        for style in SwiftStyle.allCases {
            let changes = CatalogDiffer.diff(old: old, new: new, oldPath: "old.yaml", newPath: "new.yaml", style: style)
            #expect(changes.changes.map(\.rule) == [.moduleRemoved, .moduleAdded])
            #expect(changes.changes.allSatisfy { $0.severity == .breaking && $0.code == nil && $0.field == "modules" })
            #expect(changes.modules == changes.changes)
            #expect(changes.notes.isEmpty && changes.added.isEmpty && changes.removed.isEmpty && changes.changed.isEmpty)
            #expect(changes.textReport == """
                modules (2):
                      MODULE_REMOVED [breaking] module "Platform" removed
                      MODULE_ADDED [breaking] module "Billing" added
                0 added, 0 removed, 0 changed, 0 note changes; 2 breaking, 0 documentation, 0 additions

                """)
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(changes.jsonReport().utf8)) as? [String: Any])
            let modules = try #require(json["modules"] as? [[String: Any]])
            #expect(modules.map { $0["rule"] as? String } == ["MODULE_REMOVED", "MODULE_ADDED"])
            #expect(modules.map { $0["severity"] as? String } == ["breaking", "breaking"])
            let annotations = changes.gitHubAnnotations(prefer: .new, fallbackPath: "new.yaml").map(\.description)
            #expect(annotations.last == "::error file=new.yaml,title=MODULE_ADDED (breaking)::module \"Billing\" added", "\(annotations)")
        }
        // Reordering the modules is no change.
        let reordered = Catalog(
            service: "Test", modules: [Module(name: "Platform"), Module(name: "OCR")], entries: [Self.base])
        #expect(CatalogDiffer.diff(old: old, new: reordered, style: .enum).isEmpty)
    }

    // MARK: - Command line

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
