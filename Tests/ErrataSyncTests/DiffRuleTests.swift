import ErrataTestSupport
import ErrataSync
import ErrataModel
import Foundation
import Testing

/// Every rule of `CatalogDiffer`, each on the smallest pair of catalogs that shows it.
@Suite struct DiffRuleTests {
    static let base = Entry(
        code: "AIS.0105", module: "OCR",
        variants: [Variant(message: "Recognition failed.", description: "Algorithm failed.", solution: "Contact support.", status: 400)])

    static func catalog(_ entries: [Entry], notes: [Note] = []) -> Catalog {
        Catalog(service: "Test", modules: [Module(name: "OCR"), Module(name: "Platform")], entries: entries, notes: notes)
    }

    static func changed(_ edit: (inout Entry) -> Void) -> Catalog {
        var entry = base
        edit(&entry)
        return catalog([entry])
    }

    /// One case per rule: old catalog, new catalog, the one change expected.
    struct Case: Sendable, CustomTestStringConvertible {
        var rule: DiffRule
        var old: Catalog
        var new: Catalog
        var code: String?
        var oldValue: String?
        var newValue: String?
        var testDescription: String { rule.rawValue }
    }

    /// The base entry with these modules.
    static func withModules(_ names: [String]) -> Catalog {
        Catalog(service: "Test", modules: names.map { Module(name: $0) }, entries: [base])
    }

    static let other = Entry(code: "AIS.0106", module: "OCR", variants: [Variant(message: "Other.")])
    /// The base entry whose row has a "Type" cell.
    static func typed(_ type: String) -> Catalog { changed { $0.variants[0].columns = [Column(name: "Type", value: type)] } }
    static let cases: [Case] = [
        Case(rule: .codeAdded, old: catalog([base]), new: catalog([base, other]), code: "AIS.0106", oldValue: nil, newValue: "AIS.0106"),
        Case(rule: .codeRemoved, old: catalog([base, other]), new: catalog([base]), code: "AIS.0106", oldValue: "AIS.0106", newValue: nil),
        Case(rule: .swiftNameChanged, old: catalog([base]), new: changed { $0.swiftName = "recognitionFailed" },
             code: "AIS.0105", oldValue: "ais0105", newValue: "recognitionFailed"),
        Case(rule: .moduleChanged, old: catalog([base]), new: changed { $0.module = "Platform" },
             code: "AIS.0105", oldValue: "OCR", newValue: "Platform"),
        Case(rule: .moduleAdded, old: catalog([base]), new: withModules(["OCR", "Platform", "Billing"]),
             code: nil, oldValue: nil, newValue: "Billing"),
        Case(rule: .moduleRemoved, old: catalog([base]), new: withModules(["OCR"]),
             code: nil, oldValue: "Platform", newValue: nil),
        Case(rule: .messageChanged, old: catalog([base]), new: changed { $0.variants[0].message = "Recognition failed!" },
             code: "AIS.0105", oldValue: "Recognition failed.", newValue: "Recognition failed!"),
        Case(rule: .descriptionChanged, old: catalog([base]), new: changed { $0.variants[0].description = "It failed." },
             code: "AIS.0105", oldValue: "Algorithm failed.", newValue: "It failed."),
        Case(rule: .solutionChanged, old: catalog([base]), new: changed { $0.variants[0].solution = "" },
             code: "AIS.0105", oldValue: "Contact support.", newValue: ""),
        Case(rule: .statusChanged, old: catalog([base]), new: changed { $0.variants[0].status = nil },
             code: "AIS.0105", oldValue: "400", newValue: nil),
        Case(rule: .statusChanged, old: catalog([base]), new: changed { $0.variants[0].statuses = [400, 500] },
             code: "AIS.0105", oldValue: "400", newValue: "400, 500"),
        Case(rule: .columnAdded, old: catalog([base]), new: typed("Client error"),
             code: "AIS.0105", oldValue: nil, newValue: "Type: Client error"),
        Case(rule: .columnRemoved, old: typed("Client error"), new: catalog([base]),
             code: "AIS.0105", oldValue: "Type: Client error", newValue: nil),
        Case(rule: .columnChanged, old: typed("Client error"), new: typed("Server error"),
             code: "AIS.0105", oldValue: "Type: Client error", newValue: "Type: Server error"),
        Case(rule: .variantAdded, old: catalog([base]), new: changed { $0.variants.append(Variant(message: "Timed out.", status: 504)) },
             code: "AIS.0105", oldValue: nil, newValue: "Timed out."),
        Case(rule: .variantRemoved, old: changed { $0.variants.append(Variant(message: "Timed out.", status: 504)) }, new: catalog([base]),
             code: "AIS.0105", oldValue: "Timed out.", newValue: nil),
        Case(rule: .deprecatedChanged, old: catalog([base]), new: changed { $0.deprecated = true },
             code: "AIS.0105", oldValue: "false", newValue: "true"),
        Case(rule: .retryableChanged, old: changed { $0.retryable = true }, new: catalog([base]),
             code: "AIS.0105", oldValue: "true", newValue: "false"),
        Case(rule: .remarksChanged, old: catalog([base]), new: changed { $0.remarks = "Retried by the SDK." },
             code: "AIS.0105", oldValue: nil, newValue: "Retried by the SDK."),
        Case(rule: .noteAdded, old: catalog([base]), new: catalog([base], notes: [Note(label: "Other", text: "Contact us.")]),
             code: nil, oldValue: nil, newValue: "Other: Contact us."),
        Case(rule: .noteRemoved, old: catalog([base], notes: [Note(text: "Contact us.")]), new: catalog([base]),
             code: nil, oldValue: "Contact us.", newValue: nil),
        Case(rule: .noteChanged, old: catalog([base], notes: [Note(label: "Other", text: "Contact us.")]),
             new: catalog([base], notes: [Note(label: "Other", text: "Open a ticket.")]),
             code: nil, oldValue: "Other: Contact us.", newValue: "Other: Open a ticket."),
    ]

    @Test func everyRuleHasACase() {
        #expect(Set(Self.cases.map(\.rule)) == Set(DiffRule.allCases))
    }

    @Test(arguments: DiffRuleTests.cases)
    func ruleReportsExactlyItsChange(_ test: Case) {
        let changes = CatalogDiffer.diff(old: test.old, new: test.new).changes
        #expect(changes.count == 1, "\(changes)")
        let change = changes.first
        #expect(change?.rule == test.rule)
        #expect(change?.code == test.code)
        #expect(change?.old == test.oldValue)
        #expect(change?.new == test.newValue)
        #expect(change?.field == test.rule.field)
    }

    @Test(arguments: DiffRuleTests.cases)
    func reversedChangeIsTheOppositeRuleOrTheSameOne(_ test: Case) {
        let reversed = CatalogDiffer.diff(old: test.new, new: test.old).changes
        #expect(reversed.count == 1)
        let opposite: [DiffRule: DiffRule] = [
            .codeAdded: .codeRemoved, .codeRemoved: .codeAdded, .variantAdded: .variantRemoved,
            .variantRemoved: .variantAdded, .noteAdded: .noteRemoved, .noteRemoved: .noteAdded,
            .moduleAdded: .moduleRemoved, .moduleRemoved: .moduleAdded, .columnAdded: .columnRemoved, .columnRemoved: .columnAdded,
        ]
        #expect(reversed.first?.rule == opposite[test.rule] ?? test.rule)
        #expect(reversed.first?.old == test.newValue)
        #expect(reversed.first?.new == test.oldValue)
    }

    @Test func severitiesAreTheDocumentedOnes() {
        let breaking: Set<DiffRule> = [
            .codeRemoved, .swiftNameChanged, .moduleChanged, .moduleAdded, .moduleRemoved, .variantRemoved, .messageChanged,
        ]
        let additions: Set<DiffRule> = [.codeAdded, .variantAdded]
        for rule in DiffRule.allCases {
            let expected: DiffSeverity = breaking.contains(rule) ? .breaking : additions.contains(rule) ? .addition : .documentation
            #expect(rule.severity == expected, "\(rule.rawValue)")
        }
    }

    @Test func docsListEveryRuleWithItsSeverity() throws {
        let docs = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("docs/diff-rules.md"), encoding: .utf8)
        for rule in DiffRule.allCases {
            #expect(docs.contains("| `\(rule.rawValue)` | \(rule.severity.rawValue) |"), "docs/diff-rules.md: \(rule.rawValue)")
        }
    }

    @Test func identicalCatalogsDifferOnlyInLocationsHaveNoChanges() {
        var located = Self.base
        located.location = SourceLocation(path: "a.yaml", line: 3, column: 3)
        let changes = CatalogDiffer.diff(old: Self.catalog([Self.base, Self.other]), new: Self.catalog([located, Self.other]))
        #expect(changes.isEmpty)
        #expect(changes.textReport == "no differences\n")
    }

    @Test func swiftNameOverrideEqualToTheDerivedNameIsNoChange() {
        let changes = CatalogDiffer.diff(old: Self.catalog([Self.base]), new: Self.changed { $0.swiftName = "ais0105" })
        #expect(changes.isEmpty)
    }

    @Test func severalChangesToOneCodeAreAllReported() {
        let new = Self.changed {
            $0.module = "Platform"
            $0.variants[0].message = "Failed."
            $0.variants[0].status = 500
        }
        let changes = CatalogDiffer.diff(old: Self.catalog([Self.base]), new: new)
        #expect(changes.changes.map(\.rule) == [.moduleChanged, .messageChanged, .statusChanged])
        #expect(changes.changedCodes == ["AIS.0105"])
        #expect(changes.changedFields(of: "AIS.0105") == ["module", "message", "status"])
        #expect(changes.count(.breaking) == 2)
        #expect(changes.count(.documentation) == 1)
    }

    @Test func thresholdAnyCountsEverythingAndBreakingOnlyBreaking() {
        let documentation = CatalogDiffer.diff(old: Self.catalog([Self.base]), new: Self.changed { $0.variants[0].solution = "Retry." })
        #expect(documentation.fails(on: .any))
        #expect(!documentation.fails(on: .breaking))
        let breaking = CatalogDiffer.diff(old: Self.catalog([Self.base, Self.other]), new: Self.catalog([Self.base]))
        #expect(breaking.fails(on: .breaking))
        #expect(!CatalogDiffer.diff(old: Self.catalog([Self.base]), new: Self.catalog([Self.base])).fails(on: .any))
    }
}
