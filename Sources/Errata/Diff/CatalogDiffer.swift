import ErrataModel

/// Compares two catalogs code by code (rules: docs/diff-rules.md).
///
/// Codes are matched by their exact text; the variants of a code by `VariantMatching`.
/// Compared: codes, each code's Swift member name, module, variants (message, description,
/// solution, status), the `deprecated`, `retryable` and `remarks` fields, and the notes.
/// Not compared: service, source, error-body fields and the module list itself (a code that
/// moves to another module is reported on the code).
public enum CatalogDiffer {
    /// - Parameters:
    ///   - oldPath, newPath: the inputs' paths, used as the location of notes.
    public static func diff(old: Catalog, new: Catalog, oldPath: String? = nil, newPath: String? = nil) -> CatalogChanges {
        var oldByCode: [String: Entry] = [:]
        for entry in old.entries where oldByCode[entry.code] == nil { oldByCode[entry.code] = entry }
        let newCodes = Set(new.entries.map(\.code))
        var changes: [DiffChange] = []
        var reported: Set<String> = []
        for entry in old.entries where !newCodes.contains(entry.code) && reported.insert(entry.code).inserted {
            changes.append(DiffChange(rule: .codeRemoved, code: entry.code, old: entry.code, oldLocation: entry.location))
        }
        var changed: [DiffChange] = []
        for entry in new.entries where reported.insert(entry.code).inserted {
            if let previous = oldByCode[entry.code] {
                changed += EntryDiff.changes(old: previous, new: entry)
            } else {
                changes.append(DiffChange(rule: .codeAdded, code: entry.code, new: entry.code, newLocation: entry.location))
            }
        }
        changes += changed
        changes += NoteDiff.changes(old: old.notes, new: new.notes, oldPath: oldPath, newPath: newPath)
        return CatalogChanges(changes: changes)
    }
}
