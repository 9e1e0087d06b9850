import ErrataModel

/// Pairs the variants (documentation rows) of one code in two versions of a catalog.
///
/// Rows are inserted, removed and reordered between versions of a page, so pairing by index
/// would report every row after an insertion as changed. Instead, in four passes, each over
/// the new variants in order and taking the first old variant still unpaired:
/// 1. the same message, exactly;
/// 2. the same HTTP statuses, in any order (both rows give some);
/// 3. an HTTP status in common (a row whose statuses go from `[400]` to `[400, 500]`);
/// 4. the next one by position, in document order, among those still unpaired.
/// New variants left over were added; old ones left over were removed.
public struct VariantMatching: Hashable, Sendable {
    /// Paired variants as (old index, new index), in the new catalog's order.
    public var pairs: [Pair]
    /// Indices of old variants with no counterpart, ascending.
    public var removed: [Int]
    /// Indices of new variants with no counterpart, ascending.
    public var added: [Int]

    public struct Pair: Hashable, Sendable {
        public var old: Int
        public var new: Int

        public init(old: Int, new: Int) {
            self.old = old
            self.new = new
        }
    }

    public init(old: [Variant], new: [Variant]) {
        var oldFor: [Int?] = Array(repeating: nil, count: new.count)
        var taken = Array(repeating: false, count: old.count)
        func pass(_ matches: (_ oldIndex: Int, _ newIndex: Int) -> Bool) {
            for newIndex in new.indices where oldFor[newIndex] == nil {
                if let oldIndex = old.indices.first(where: { !taken[$0] && matches($0, newIndex) }) {
                    oldFor[newIndex] = oldIndex
                    taken[oldIndex] = true
                }
            }
        }
        let oldStatuses = old.map { Set($0.statuses) }
        let newStatuses = new.map { Set($0.statuses) }
        pass { old[$0].message == new[$1].message }
        pass { !oldStatuses[$0].isEmpty && oldStatuses[$0] == newStatuses[$1] }
        pass { !oldStatuses[$0].isDisjoint(with: newStatuses[$1]) }
        pass { _, _ in true }
        pairs = new.indices.compactMap { index in oldFor[index].map { Pair(old: $0, new: index) } }
        removed = old.indices.filter { !taken[$0] }
        added = new.indices.filter { oldFor[$0] == nil }
    }
}
