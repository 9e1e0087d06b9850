import ErrataTestSupport
import ErrataSync
import ErrataModel
import Testing

/// A row's statuses are compared as a list, its alternative messages with its message, and its
/// other columns by name.
@Suite struct DiffRowFieldsTests {
    func changes(_ old: Variant, _ new: Variant) -> [(rule: DiffRule, old: String?, new: String?)] {
        let before = Catalog(service: "S", entries: [Entry(code: "A.1", variants: [old])])
        let after = Catalog(service: "S", entries: [Entry(code: "A.1", variants: [new])])
        return CatalogDiffer.diff(old: before, new: after).changes.map { ($0.rule, $0.old, $0.new) }
    }

    @Test func aStatusAddedToARowIsAStatusChange() {
        let found = changes(Variant(message: "m", statuses: [400]), Variant(message: "m", statuses: [400, 500]))
        #expect(found.map(\.rule) == [.statusChanged])
        #expect(found.first?.old == "400" && found.first?.new == "400, 500")
        #expect(changes(Variant(message: "m", statuses: [400, 500]), Variant(message: "m", statuses: [400, 500])).isEmpty)
        let removed = changes(Variant(message: "m", statuses: [400, 500]), Variant(message: "m"))
        #expect(removed.first?.old == "400, 500" && removed.first?.new == nil)
    }

    @Test func statusesAreComparedInOrder() {
        let reordered = changes(Variant(message: "m", statuses: [400, 500]), Variant(message: "m", statuses: [500, 400]))
        #expect(reordered.map(\.rule) == [.statusChanged], "the first status is the row's status")
        #expect(reordered.first?.old == "400, 500" && reordered.first?.new == "500, 400")
        let replaced = changes(Variant(message: "m", statuses: [400, 500]), Variant(message: "m", statuses: [400, 503]))
        #expect(replaced.first?.old == "400, 500" && replaced.first?.new == "400, 503")
    }

    func row(_ columns: KeyValuePairs<String, String>, statuses: [Int] = []) -> Variant {
        Variant(message: "m", statuses: statuses, columns: columns.map { Column(name: $0.key, value: $0.value) })
    }

    @Test func aChangeToTheOtherColumnsAloneIsDetected() {
        let old = row(["Type": "Client error"])
        #expect(changes(old, row(["Type": "Client error"])).isEmpty)
        let changed = changes(old, row(["Type": "Server error"]))
        #expect(changed.map(\.rule) == [.columnChanged])
        #expect(changed.first?.old == "Type: Client error" && changed.first?.new == "Type: Server error")
        let before = Catalog(service: "S", entries: [Entry(code: "A.1", variants: [old])])
        let after = Catalog(service: "S", entries: [Entry(code: "A.1", variants: [row(["Type": "Server error"])])])
        let report = CatalogDiffer.diff(old: before, new: after)
        #expect(report.fails(on: .any) && !report.fails(on: .breaking))
        #expect(report.changedFields(of: "A.1") == ["columns"])
        #expect(report.changes.map(\.severity) == [.documentation])
    }

    @Test func columnsAreMatchedByNameAddedAndChangedInTheNewOrderThenRemoved() {
        let found = changes(
            row(["Type": "Client error", "Owner": "Gateway", "Since": "v1"]),
            row(["Retry": "No", "Since": "v2", "Type": "Client error"]))
        #expect(found.map(\.rule) == [.columnAdded, .columnChanged, .columnRemoved])
        #expect(found.map(\.old) == [nil, "Since: v1", "Owner: Gateway"])
        #expect(found.map(\.new) == ["Retry: No", "Since: v2", nil])
    }

    @Test func theColumnsOrderAloneIsNoChange() {
        #expect(changes(row(["Type": "Client error", "Owner": "Gateway"]), row(["Owner": "Gateway", "Type": "Client error"])).isEmpty)
    }

    @Test func columnChangesOfARowAmongSeveralNameTheRow() {
        let old = Entry(code: "A.1", variants: [row(["Type": "Client error"], statuses: [400]), row(["Type": "Server error"], statuses: [500])])
        var new = old
        new.variants[1].columns = []
        new.variants[0].columns.append(Column(name: "Owner", value: "Gateway"))
        let report = CatalogDiffer.diff(old: Catalog(service: "S", entries: [old]), new: Catalog(service: "S", entries: [new]))
        #expect(report.changes.map(\.index) == [0, 1])
        #expect(report.changes.map(\.textLine) == [
            #"COLUMN_ADDED [documentation] column added to variant 1: "Owner: Gateway""#,
            #"COLUMN_REMOVED [documentation] column removed from variant 2: "Type: Server error""#,
        ])
    }

    @Test func anAlternativeMessageChangeIsAMessageChange() {
        let found = changes(
            Variant(message: "m", alternativeMessages: ["n"]), Variant(message: "m", alternativeMessages: ["n", "o"]))
        #expect(found.map(\.rule) == [.messageChanged])
        #expect(found.first?.old == "m\nn" && found.first?.new == "m\nn\no")
        #expect(changes(Variant(message: "m", alternativeMessages: ["n"]), Variant(message: "m", alternativeMessages: ["n"])).isEmpty)
    }
}
