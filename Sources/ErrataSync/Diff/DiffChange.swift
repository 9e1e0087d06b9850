import ErrataModel

/// One difference between two catalogs, tagged with the rule that found it.
public struct DiffChange: Hashable, Sendable {
    public var rule: DiffRule
    /// The code concerned; nil for notes.
    public var code: String?
    /// The old value (nil when the thing is new or had no value), as text.
    public var old: String?
    /// The new value (nil when the thing is gone or has no value), as text.
    public var new: String?
    /// For changes to a row of a code that has several rows in either version: the variant's
    /// index in the new entry (in the old one for `VARIANT_REMOVED`); nil for a code with one
    /// row. For notes: the note's index (old index for `NOTE_REMOVED`).
    public var index: Int?
    /// Where the thing is in the old and new inputs, when known.
    public var oldLocation: SourceLocation?
    public var newLocation: SourceLocation?
    /// How much the change matters: the rule's severity for the Swift style the diff was made for
    /// (`DiffRule.severity(for:)`); the struct style's unless given.
    public var severity: DiffSeverity

    public init(
        rule: DiffRule, code: String?, old: String? = nil, new: String? = nil, index: Int? = nil,
        oldLocation: SourceLocation? = nil, newLocation: SourceLocation? = nil, severity: DiffSeverity? = nil
    ) {
        self.rule = rule
        self.severity = severity ?? rule.severity
        self.code = code
        self.old = old
        self.new = new
        self.index = index
        self.oldLocation = oldLocation
        self.newLocation = newLocation
    }

    public var field: String { rule.field }
}
