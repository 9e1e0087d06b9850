import ErrataRenderers

/// The named rules `errata diff` tags every change with (meanings: docs/diff-rules.md).
public enum DiffRule: String, CaseIterable, Codable, Sendable {
    case codeAdded = "CODE_ADDED"
    case codeRemoved = "CODE_REMOVED"
    case swiftNameChanged = "SWIFT_NAME_CHANGED"
    case moduleChanged = "MODULE_CHANGED"
    case moduleAdded = "MODULE_ADDED"
    case moduleRemoved = "MODULE_REMOVED"
    case variantAdded = "VARIANT_ADDED"
    case variantRemoved = "VARIANT_REMOVED"
    case messageChanged = "MESSAGE_CHANGED"
    case descriptionChanged = "DESCRIPTION_CHANGED"
    case solutionChanged = "SOLUTION_CHANGED"
    case statusChanged = "STATUS_CHANGED"
    case columnAdded = "COLUMN_ADDED"
    case columnRemoved = "COLUMN_REMOVED"
    case columnChanged = "COLUMN_CHANGED"
    case deprecatedChanged = "DEPRECATED_CHANGED"
    case retryableChanged = "RETRYABLE_CHANGED"
    case remarksChanged = "REMARKS_CHANGED"
    case noteAdded = "NOTE_ADDED"
    case noteRemoved = "NOTE_REMOVED"
    case noteChanged = "NOTE_CHANGED"

    /// The rule's severity for a library generated in the struct style (the default).
    public var severity: DiffSeverity {
        switch self {
        case .codeRemoved, .swiftNameChanged, .moduleChanged, .moduleAdded, .moduleRemoved, .variantRemoved, .messageChanged:
            .breaking
        case .codeAdded, .variantAdded: .addition
        case .descriptionChanged, .solutionChanged, .statusChanged, .columnAdded, .columnRemoved, .columnChanged,
            .deprecatedChanged, .retryableChanged, .remarksChanged, .noteAdded, .noteRemoved, .noteChanged:
            .documentation
        }
    }

    /// The rule's severity for a library generated in `style`: in the enum style a new code is a
    /// new case, which breaks every exhaustive `switch` over the codes. (The module type is an
    /// `enum` in both styles, so a new module is breaking in both.)
    public func severity(for style: SwiftStyle) -> DiffSeverity {
        switch (self, style) {
        case (.codeAdded, .enum): .breaking
        default: severity
        }
    }

    /// The field a change of this rule is about, as reported in `DiffChange.field`.
    public var field: String {
        switch self {
        case .codeAdded, .codeRemoved: "code"
        case .swiftNameChanged: "swiftName"
        case .moduleChanged: "module"
        case .moduleAdded, .moduleRemoved: "modules"
        case .variantAdded, .variantRemoved: "variants"
        case .messageChanged: "message"
        case .descriptionChanged: "description"
        case .solutionChanged: "solution"
        case .statusChanged: "status"
        case .columnAdded, .columnRemoved, .columnChanged: "columns"
        case .deprecatedChanged: "deprecated"
        case .retryableChanged: "retryable"
        case .remarksChanged: "remarks"
        case .noteAdded, .noteRemoved, .noteChanged: "notes"
        }
    }
}
