/// What differs between two catalogs, code by code.
public struct CatalogDiff: Hashable, Sendable {
    /// Codes only the new catalog has, in its order.
    public var added: [String]
    /// Codes only the old catalog has, in its order.
    public var removed: [String]
    /// Codes both have whose documentation differs, in the new catalog's order.
    public var changed: [ChangedEntry]

    public struct ChangedEntry: Hashable, Sendable {
        public var code: String
        /// What changed, e.g. `message`, `module`, `variants`.
        public var fields: [String]
    }

    public init(old: Catalog, new: Catalog) {
        let oldByCode = Dictionary(old.entries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let newCodes = Set(new.entries.map(\.code))
        added = new.entries.map(\.code).filter { oldByCode[$0] == nil }
        removed = old.entries.map(\.code).filter { !newCodes.contains($0) }
        changed = new.entries.compactMap { entry in
            guard let previous = oldByCode[entry.code] else { return nil }
            let fields = Self.changedFields(previous, entry)
            return fields.isEmpty ? nil : ChangedEntry(code: entry.code, fields: fields)
        }
    }

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    /// The documentation fields that differ (hand-edited fields are not compared).
    static func changedFields(_ old: Entry, _ new: Entry) -> [String] {
        var fields: [String] = []
        if old.module != new.module { fields.append("module") }
        if old.variants.count != new.variants.count {
            fields.append("variants")
            return fields
        }
        for (name, path) in [("message", \Variant.message), ("description", \Variant.description), ("solution", \Variant.solution)]
        where zip(old.variants, new.variants).contains(where: { $0[keyPath: path] != $1[keyPath: path] }) {
            fields.append(name)
        }
        if zip(old.variants, new.variants).contains(where: { $0.status != $1.status }) { fields.append("status") }
        return fields
    }
}
