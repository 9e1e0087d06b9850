import ErrataTestSupport
import ErrataSync
import ErrataModel
import Testing

/// Pairing the rows of one code between versions: exact message, then the same statuses, then a
/// status in common, then position.
@Suite struct DiffVariantMatchingTests {
    typealias Pair = VariantMatching.Pair

    func variant(_ message: String, _ status: Int? = nil) -> Variant { Variant(message: message, status: status) }

    @Test func rowInsertedAtTheTopShiftsNothing() {
        let matching = VariantMatching(old: [variant("A"), variant("B")], new: [variant("X"), variant("A"), variant("B")])
        #expect(matching.pairs == [Pair(old: 0, new: 1), Pair(old: 1, new: 2)])
        #expect(matching.added == [0])
        #expect(matching.removed.isEmpty)
    }

    @Test func rowRemovedFromTheTopShiftsNothing() {
        let matching = VariantMatching(old: [variant("A"), variant("B")], new: [variant("B")])
        #expect(matching.pairs == [Pair(old: 1, new: 0)])
        #expect(matching.removed == [0])
        #expect(matching.added.isEmpty)
    }

    @Test func rewordedRowsPairByStatusBeforePosition() {
        let matching = VariantMatching(old: [variant("A", 400), variant("B", 500)], new: [variant("B'", 500), variant("A'", 400)])
        #expect(matching.pairs == [Pair(old: 1, new: 0), Pair(old: 0, new: 1)])
    }

    func variant(_ message: String, statuses: [Int]) -> Variant { Variant(message: message, statuses: statuses) }

    @Test func theSameStatusesInAnyOrderPairBeforeAStatusInCommon() {
        let old = [variant("A", statuses: [400]), variant("B", statuses: [400, 500])]
        let matching = VariantMatching(old: old, new: [variant("B'", statuses: [500, 400]), variant("A'", statuses: [400])])
        #expect(matching.pairs == [Pair(old: 1, new: 0), Pair(old: 0, new: 1)])
    }

    @Test func aStatusInCommonPairsBeforePosition() {
        // A row inserted at the top, and the old row reworded with a status more (or fewer):
        // position alone would pair the inserted row with the old one.
        for (before, after) in [([400], [500, 400]), ([400, 500], [500]), ([400], [400, 500])] {
            let matching = VariantMatching(
                old: [variant("Bad request.", statuses: before)],
                new: [variant("Too large.", statuses: [413]), variant("Bad request body.", statuses: after)])
            #expect(matching.pairs == [Pair(old: 0, new: 1)], "\(before) → \(after)")
            #expect(matching.added == [0])
            #expect(matching.removed.isEmpty)
        }
    }

    @Test func aRowGainingAStatusIsAStatusChangeNotARemovalAndAnAddition() {
        let old = Entry(code: "A.1", variants: [variant("Bad request.", statuses: [400]), variant("Timed out.", statuses: [504])])
        let new = Entry(code: "A.1", variants: [
            variant("Too large.", statuses: [413]), variant("Bad request!", statuses: [500, 400]), variant("Timed out.", statuses: [504]),
        ])
        let changes = CatalogDiffer.diff(old: Catalog(service: "T", entries: [old]), new: Catalog(service: "T", entries: [new])).changes
        #expect(changes.map(\.rule) == [.messageChanged, .statusChanged, .variantAdded])
        #expect(changes.map(\.index) == [1, 1, 0])
        #expect(changes[1].old == "400" && changes[1].new == "500, 400")
        #expect(changes[1].textLine == #"STATUS_CHANGED [documentation] status of variant 2: "400" → "500, 400""#)
    }

    @Test func exactMessageWinsOverStatus() {
        let matching = VariantMatching(old: [variant("A", 400), variant("B", 400)], new: [variant("B", 400)])
        #expect(matching.pairs == [Pair(old: 1, new: 0)])
        #expect(matching.removed == [0])
    }

    @Test func unknownStatusesFallBackToPosition() {
        let matching = VariantMatching(old: [variant("A"), variant("B")], new: [variant("A2"), variant("B2")])
        #expect(matching.pairs == [Pair(old: 0, new: 0), Pair(old: 1, new: 1)])
    }

    @Test func repeatedMessagesPairInOrder() {
        let matching = VariantMatching(old: [variant("A", 400), variant("A", 500)], new: [variant("A", 500)])
        #expect(matching.pairs == [Pair(old: 0, new: 0)], "the first unpaired exact message, whatever its status")
        #expect(matching.removed == [1])
    }

    @Test func insertedRowIsReportedAsAddedNotAsChangedMessages() {
        let old = Entry(code: "ModelArts.4105", variants: [variant("JSON is bad."), variant("No AK/SK.")])
        var new = old
        new.variants.insert(variant("Body too large."), at: 0)
        let changes = CatalogDiffer.diff(old: Catalog(service: "T", entries: [old]), new: Catalog(service: "T", entries: [new]))
        #expect(changes.changes.map(\.rule) == [.variantAdded])
        #expect(changes.changes.first?.index == 0)
        #expect(changes.changes.first?.new == "Body too large.")
    }

    @Test func changedRowOfSeveralIsNumberedAndSingleRowIsNot() {
        let old = Entry(code: "ModelArts.4105", variants: [variant("JSON is bad.", 400), variant("No AK/SK.", 500)])
        var new = old
        new.variants[1].message = "No temporary AK/SK."
        let several = CatalogDiffer.diff(old: Catalog(service: "T", entries: [old]), new: Catalog(service: "T", entries: [new]))
        #expect(several.changes.map(\.rule) == [.messageChanged])
        #expect(several.changes.first?.index == 1)
        #expect(several.changes.first?.textLine == #"MESSAGE_CHANGED [breaking] message of variant 2: "No AK/SK." → "No temporary AK/SK.""#)

        let single = CatalogDiffer.diff(
            old: Catalog(service: "T", entries: [Entry(code: "A", variants: [variant("a")])]),
            new: Catalog(service: "T", entries: [Entry(code: "A", variants: [variant("b")])]))
        #expect(single.changes.first?.index == nil)
        #expect(single.changes.first?.textLine == #"MESSAGE_CHANGED [breaking] message: "a" → "b""#)
    }
}
