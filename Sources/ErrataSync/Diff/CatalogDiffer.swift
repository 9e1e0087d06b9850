import ErrataModel
import ErrataRenderers

/// Compares two catalogs code by code (rules: docs/diff-rules.md).
///
/// Codes are matched by their exact text; the variants of a code by `VariantMatching`; modules
/// by their name. Compared: codes, each code's Swift member name, module, variants (messages,
/// description, solution, statuses, and other columns by name), the `deprecated`, `retryable`
/// and `remarks` fields, the modules that exist, and the notes. Not compared: service, source,
/// error-body fields, the order of modules, the order of a row's other columns, and a module's
/// own `swiftName` (a code that moves to another module is reported on the code).
public enum CatalogDiffer {
    /// - Parameters:
    ///   - oldPath, newPath: the inputs' paths, used as the location of notes and modules.
    ///   - style: the Swift style of the library generated from the catalog, which decides some
    ///     severities (`DiffRule.severity(for:)`): a new code is breaking for an `enum`.
    public static func diff(
        old: Catalog, new: Catalog, oldPath: String? = nil, newPath: String? = nil, style: SwiftStyle = .struct
    ) -> CatalogChanges {
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
        changes += moduleChanges(old: old.modules, new: new.modules, oldPath: oldPath, newPath: newPath)
        changes += NoteDiff.changes(old: old.notes, new: new.notes, oldPath: oldPath, newPath: newPath)
        for index in changes.indices { changes[index].severity = changes[index].rule.severity(for: style) }
        return CatalogChanges(changes: changes)
    }

    /// `MODULE_REMOVED` for each old module missing from the new list (old order), then
    /// `MODULE_ADDED` for each new one (new order); a module listed twice counts once.
    private static func moduleChanges(old: [Module], new: [Module], oldPath: String?, newPath: String?) -> [DiffChange] {
        let oldNames = Set(old.map(\.name))
        let newNames = Set(new.map(\.name))
        var changes: [DiffChange] = []
        var reported: Set<String> = []
        for module in old where !newNames.contains(module.name) && reported.insert(module.name).inserted {
            changes.append(DiffChange(
                rule: .moduleRemoved, code: nil, old: module.name,
                oldLocation: module.location ?? oldPath.map { SourceLocation(path: $0) }))
        }
        for module in new where !oldNames.contains(module.name) && reported.insert(module.name).inserted {
            changes.append(DiffChange(
                rule: .moduleAdded, code: nil, new: module.name,
                newLocation: module.location ?? newPath.map { SourceLocation(path: $0) }))
        }
        return changes
    }
}
