/// Everything that differs between two catalogs, as rule-tagged changes.
public struct CatalogChanges: Hashable, Sendable {
    /// Every change: removed codes (old order), added codes (new order), changes to codes both
    /// catalogs have (new order, by code), removed and added modules, then notes.
    public var changes: [DiffChange]

    public init(changes: [DiffChange]) { self.changes = changes }

    /// `CODE_ADDED` changes, in the new catalog's order.
    public var added: [DiffChange] { changes.filter { $0.rule == .codeAdded } }
    /// `CODE_REMOVED` changes, in the old catalog's order.
    public var removed: [DiffChange] { changes.filter { $0.rule == .codeRemoved } }
    /// Changes to codes both catalogs have, in the new catalog's order.
    public var changed: [DiffChange] {
        changes.filter { $0.code != nil && $0.rule != .codeAdded && $0.rule != .codeRemoved }
    }
    /// Modules removed (old order), then added (new order).
    public var modules: [DiffChange] { changes.filter { $0.rule == .moduleAdded || $0.rule == .moduleRemoved } }
    /// Changes to the notes.
    public var notes: [DiffChange] {
        changes.filter { $0.rule == .noteAdded || $0.rule == .noteRemoved || $0.rule == .noteChanged }
    }

    /// The codes of `changed`, each once, in order.
    public var changedCodes: [String] {
        var seen: Set<String> = []
        return changed.compactMap(\.code).filter { seen.insert($0).inserted }
    }

    /// The fields of `changed` for `code`, each once, in order (e.g. `["message", "solution"]`).
    public func changedFields(of code: String) -> [String] {
        var seen: Set<String> = []
        return changed.filter { $0.code == code }.map(\.field).filter { seen.insert($0).inserted }
    }

    public var isEmpty: Bool { changes.isEmpty }

    /// How many changes have `severity`.
    public func count(_ severity: DiffSeverity) -> Int { changes.filter { $0.severity == severity }.count }

    /// Whether these changes fail a check that counts `threshold`'s changes.
    public func fails(on threshold: DiffThreshold) -> Bool {
        switch threshold {
        case .any: !changes.isEmpty
        case .breaking: changes.contains { $0.severity == .breaking }
        }
    }
}

/// Which changes make `errata diff` and `errata check --upstream` exit 1.
public enum DiffThreshold: String, CaseIterable, Sendable {
    /// Any difference.
    case any
    /// Only breaking changes.
    case breaking
}
