import ErrataSync
import ErrataTestSupport
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
}
