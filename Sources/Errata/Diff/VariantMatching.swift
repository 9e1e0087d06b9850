import ErrataModel

/// Pairs the variants (documentation rows) of one code in two versions of a catalog.
///
/// Rows are inserted, removed and reordered between versions of a page, so pairing by index
/// would report every row after an insertion as changed. Instead, in three passes, each over
/// the new variants in order and taking the first old variant still unpaired:
/// 1. the same message, exactly;
/// 2. the same HTTP status (both known);
/// 3. the next one by position, in document order, among those still unpaired.
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
        func pass(_ matches: (Variant, Variant) -> Bool) {
            for newIndex in new.indices where oldFor[newIndex] == nil {
                if let oldIndex = old.indices.first(where: { !taken[$0] && matches(old[$0], new[newIndex]) }) {
                    oldFor[newIndex] = oldIndex
                    taken[oldIndex] = true
                }
            }
        }
        pass { $0.message == $1.message }
        pass { $0.status != nil && $0.status == $1.status }
        pass { _, _ in true }
        pairs = new.indices.compactMap { index in oldFor[index].map { Pair(old: $0, new: index) } }
        removed = old.indices.filter { !taken[$0] }
        added = new.indices.filter { oldFor[$0] == nil }
    }
}
