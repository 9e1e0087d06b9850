import Errata
import ErrataModel
import Testing

/// A row's statuses are compared as a list, and its alternative messages with its message.
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

    @Test func anAlternativeMessageChangeIsAMessageChange() {
        let found = changes(
            Variant(message: "m", alternativeMessages: ["n"]), Variant(message: "m", alternativeMessages: ["n", "o"]))
        #expect(found.map(\.rule) == [.messageChanged])
        #expect(found.first?.old == "m\nn" && found.first?.new == "m\nn\no")
        #expect(changes(Variant(message: "m", alternativeMessages: ["n"]), Variant(message: "m", alternativeMessages: ["n"])).isEmpty)
    }
}
