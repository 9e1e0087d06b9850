// The API of generated libraries: an embedded copy of this file keeps its `public` modifiers.

/// What the documentation of a service says about one error code (a generated library's
/// `PErrorInfo`): one runtime reference (`ErrataCodeInfo`), whose equality and hashing are its
/// record's.
public struct ErrataErrorInfo<Service: ErrataService>: Hashable, Sendable {
    /// The documentation: the record of the code, and its rows as variants.
    let state: ErrataCodeInfo<ErrataVariant>

    /// The code.
    public var code: Service.Code { Service.Code(rawValue: state.record.code) }
    /// The module the code is filed under, if any.
    public var module: Service.Module? {
        state.record.module.isEmpty ? nil : Service.Module(rawValue: state.record.module)
    }
    /// One per documentation row, in document order; never empty in the documentation.
    public var variants: [ErrataVariant] { state.variants }
    /// The documentation marks the code as deprecated.
    public var deprecated: Bool { state.record.deprecated }
    /// Retrying the same request may succeed.
    public var retryable: Bool { state.record.retryable }
    /// Remarks of the spec's maintainers (Markdown), if any.
    public var remarks: String? { state.record.remarks }
    /// The rows as the runtime matches messages against them.
    var records: [ErrataVariantRecord] { state.record.variants }

    /// Documentation of a code, e.g. for a test double of `info`.
    public init(
        code: Service.Code, module: Service.Module?, variants: [ErrataVariant], deprecated: Bool = false,
        retryable: Bool = false, remarks: String? = nil
    ) {
        state = ErrataCodeInfo(
            code: code.rawValue, module: module?.rawValue ?? "", variants: variants, deprecated: deprecated,
            retryable: retryable, remarks: remarks, row: { $0.row.value })
    }

    /// Line `line` of `Service.errata.table`.
    public init(line: Int) {
        state = ErrataCodeInfo(Service.errata.table, line: line, variant: ErrataVariant.init(record:))
    }
}

/// One documentation row of a code: a message and what it means (a generated library's
/// `PErrorVariant`). One reference to the row, with its messages split at their placeholders.
public struct ErrataVariant: Hashable, Sendable {
    let row: ErrataBox<ErrataVariantRecord>

    init(record: ErrataVariantRecord) {
        row = ErrataBox(record)
    }

    private var record: ErrataVariantRecord { row.value }

    /// The message as documented, placeholders (`{xxx}`, `XX`, `%s`, …) included.
    public var message: String { record.message }
    /// Other messages the documentation gives for this row, as documented (the API sends one of
    /// these or `message`); usually empty.
    public var alternativeMessages: [String] { record.alternativeMessages }
    /// What the error means (Markdown); empty when the documentation says nothing.
    public var description: String { record.description }
    /// What to do about it (Markdown); empty when the documentation says nothing.
    public var solution: String { record.solution }
    /// `description` as plain text: emphasis, code and link markup and backslash escapes removed,
    /// paragraphs separated by a blank line, list items on lines starting with `- `.
    public var plainDescription: String { record.plainDescription }
    /// `solution` as plain text, like `plainDescription`.
    public var plainSolution: String { record.plainSolution }
    /// Every HTTP status the documentation gives for this row, in its order; empty when it gives
    /// none.
    public var statuses: [Int] { record.statuses }
    /// The row's cells in the documentation's other columns (e.g. "Type"), in column order;
    /// usually empty.
    public var columns: [ErrataColumn] { record.columns }

    /// The first of `statuses`, when the documentation gives one.
    public var status: Int? { record.statuses.first }

    /// The value of the row's column named `name` (Markdown), if it has one.
    public func column(_ name: String) -> String? {
        record.column(named: name)
    }

    /// A documentation row, e.g. for a test double. Its plain texts are `description` and
    /// `solution` as given, and its messages are not read as templates: `match` accepts the
    /// message or an alternative message itself (surrounding whitespace and a final period do
    /// not matter) and gives `[]`, and nothing else.
    public init(
        message: String, description: String = "", solution: String = "", statuses: [Int] = [],
        alternativeMessages: [String] = [], columns: [ErrataColumn] = []
    ) {
        row = ErrataBox(ErrataVariantRecord(
            literalMessage: message, alternativeMessages: alternativeMessages, description: description,
            solution: solution, statuses: statuses, columns: columns))
    }

    /// A documentation row with at most one HTTP status, e.g. for a test double.
    public init(message: String, description: String = "", solution: String = "", status: Int?) {
        self.init(message: message, description: description, solution: solution, statuses: status.map { [$0] } ?? [])
    }

    /// The values of the placeholders when `message` is this variant's message, or one of its
    /// alternative messages, with its placeholders filled in (surrounding whitespace and a final
    /// period do not matter), otherwise nil; the message is tried first, then the alternatives in
    /// order. A message without placeholders gives `[]` when it matches.
    public func match(_ message: String) -> [String]? {
        record.match(message)
    }
}
