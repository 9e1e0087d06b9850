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
}
