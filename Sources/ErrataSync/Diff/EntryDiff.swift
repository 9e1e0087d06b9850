import ErrataModel
import ErrataRenderers

/// The changes between two versions of one code's entry (same code in both catalogs).
enum EntryDiff {
    static func changes(old: Entry, new: Entry) -> [DiffChange] {
        var changes: [DiffChange] = []
        func add(_ rule: DiffRule, _ oldValue: String?, _ newValue: String?, index: Int? = nil) {
            changes.append(DiffChange(
                rule: rule, code: new.code, old: oldValue, new: newValue, index: index,
                oldLocation: old.location, newLocation: new.location))
        }
        let oldName = SwiftMemberName.of(old)
        let newName = SwiftMemberName.of(new)
        if oldName != newName { add(.swiftNameChanged, oldName, newName) }
        if old.module != new.module { add(.moduleChanged, old.module, new.module) }

        let matching = VariantMatching(old: old.variants, new: new.variants)
        // Rows are numbered only when the code has several in either version.
        let numbered = old.variants.count > 1 || new.variants.count > 1
        func row(_ index: Int) -> Int? { numbered ? index : nil }
        for pair in matching.pairs {
            let before = old.variants[pair.old]
            let after = new.variants[pair.new]
            // The row's messages compared together: its alternative messages are matched like the message.
            if before.messages != after.messages {
                add(.messageChanged, before.messages.joined(separator: "\n"), after.messages.joined(separator: "\n"), index: row(pair.new))
            }
            if before.description != after.description {
                add(.descriptionChanged, before.description, after.description, index: row(pair.new))
            }
            if before.solution != after.solution { add(.solutionChanged, before.solution, after.solution, index: row(pair.new)) }
            if before.statuses != after.statuses {
                func text(_ statuses: [Int]) -> String? { statuses.isEmpty ? nil : statuses.map(String.init).joined(separator: ", ") }
                add(.statusChanged, text(before.statuses), text(after.statuses), index: row(pair.new))
            }
            for change in columnChanges(old: before.columns, new: after.columns) {
                add(change.rule, change.old, change.new, index: row(pair.new))
            }
        }
        for index in matching.removed { add(.variantRemoved, old.variants[index].message, nil, index: index) }
        for index in matching.added { add(.variantAdded, nil, new.variants[index].message, index: index) }

        if (old.deprecated ?? false) != (new.deprecated ?? false) {
            add(.deprecatedChanged, String(old.deprecated ?? false), String(new.deprecated ?? false))
        }
        if (old.retryable ?? false) != (new.retryable ?? false) {
            add(.retryableChanged, String(old.retryable ?? false), String(new.retryable ?? false))
        }
        if old.remarks != new.remarks { add(.remarksChanged, old.remarks, new.remarks) }
        return changes
    }

    /// The changes between two versions of one row's other columns, matched by name: each new
    /// column added or changed, in the new order, then each old one removed, in the old order.
    /// Values are `Name: value`, as notes are `Label: text`. The columns' order is not compared.
    private static func columnChanges(old: [Column], new: [Column]) -> [(rule: DiffRule, old: String?, new: String?)] {
        func text(_ column: Column) -> String { "\(column.name): \(column.value)" }
        var changes: [(rule: DiffRule, old: String?, new: String?)] = []
        for column in new {
            if let before = old.first(where: { $0.name == column.name }) {
                if before.value != column.value { changes.append((.columnChanged, text(before), text(column))) }
            } else {
                changes.append((.columnAdded, nil, text(column)))
            }
        }
        for column in old where !new.contains(where: { $0.name == column.name }) {
            changes.append((.columnRemoved, text(column), nil))
        }
        return changes
    }
}
