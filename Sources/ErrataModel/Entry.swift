/// One error code and everything the documentation says about it.
///
/// A code may appear on several rows of a table (different HTTP statuses, messages or
/// descriptions); each row is one `Variant`, so nothing is lost by keying on the code.
public struct Entry: Codable, Hashable, Sendable {
    /// The code exactly as it appears on the wire, e.g. `AIS.0101` or `4000001`.
    public var code: String
    /// Name of the module the code belongs to, if the table has a module column.
    public var module: String?
    /// One variant per documentation row, in document order. Never empty.
    public var variants: [Variant]

    // Hand-edited fields: kept by `errata import` when the page is read again.

    /// Swift identifier to use instead of the one derived from the code.
    public var swiftName: String?
    /// The code is documented as deprecated.
    public var deprecated: Bool?
    /// Hint for clients: retrying the same request may succeed.
    public var retryable: Bool?
    /// Free-form remarks of the spec's maintainers (Markdown).
    public var remarks: String?

    /// Where the entry was read from. Not part of the entry's identity or of `dump` output.
    public var location: SourceLocation?

    public init(
        code: String,
        module: String? = nil,
        variants: [Variant],
        swiftName: String? = nil,
        deprecated: Bool? = nil,
        retryable: Bool? = nil,
        remarks: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.code = code
        self.module = module
        self.variants = variants
        self.swiftName = swiftName
        self.deprecated = deprecated
        self.retryable = retryable
        self.remarks = remarks
        self.location = location
    }

    private enum CodingKeys: String, CodingKey {
        case code, module, variants, swiftName, deprecated, retryable, remarks
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        module = try container.decodeIfPresent(String.self, forKey: .module)
        variants = try container.decode([Variant].self, forKey: .variants)
        swiftName = try container.decodeIfPresent(String.self, forKey: .swiftName)
        deprecated = try container.decodeIfPresent(Bool.self, forKey: .deprecated)
        retryable = try container.decodeIfPresent(Bool.self, forKey: .retryable)
        remarks = try container.decodeIfPresent(String.self, forKey: .remarks)
        location = nil
    }

    /// `module` is always present (null when the table has no module column); hand-edited fields only when set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(module, forKey: .module)
        try container.encode(variants, forKey: .variants)
        try container.encodeIfPresent(swiftName, forKey: .swiftName)
        try container.encodeIfPresent(deprecated, forKey: .deprecated)
        try container.encodeIfPresent(retryable, forKey: .retryable)
        try container.encodeIfPresent(remarks, forKey: .remarks)
    }

    public static func == (lhs: Entry, rhs: Entry) -> Bool {
        lhs.code == rhs.code && lhs.module == rhs.module && lhs.variants == rhs.variants
            && lhs.swiftName == rhs.swiftName && lhs.deprecated == rhs.deprecated
            && lhs.retryable == rhs.retryable && lhs.remarks == rhs.remarks
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(module)
        hasher.combine(variants)
    }
}

/// One documentation row of a code.
public struct Variant: Codable, Hashable, Sendable {
    /// The error message as the API sends it: plain wire text, placeholders (`{xxx}`, `XX`, `%s`) verbatim.
    public var message: String
    /// Other messages the API sends for the same row, when the page lists several (one per
    /// paragraph of the message cell): wire text like `message`, in the page's order. Usually empty.
    public var alternativeMessages: [String]
    /// What the error means (Markdown). Empty when the page leaves the cell empty.
    public var description: String
    /// What to do about it (Markdown). Empty when the page leaves the cell empty.
    public var solution: String
    /// Every HTTP status the page gives this row ("400/500" is `[400, 500]`), in the page's order,
    /// each once; empty when the page gives none.
    public var statuses: [Int]

    /// The row's cells in columns that are none of the above (e.g. "Type", "Owner"), in the table's
    /// column order: header text and the cell's Markdown. Empty cells are left out; usually empty.
    public var columns: [Column]
    /// The row's description and solution in other languages, by locale tag (never the message:
    /// wire text is not translated).
    public var localized: [String: VariantTranslation]

    /// The row's first HTTP status, when the page gives one. Setting it replaces `statuses` with
    /// that one status (or none).
    public var status: Int? {
        get { statuses.first }
        set { statuses = newValue.map { [$0] } ?? [] }
    }

    public init(
        message: String, description: String = "", solution: String = "", statuses: [Int] = [],
        alternativeMessages: [String] = [], columns: [Column] = [], localized: [String: VariantTranslation] = [:]
    ) {
        self.message = message
        self.description = description
        self.solution = solution
        self.statuses = statuses
        self.alternativeMessages = alternativeMessages
        self.columns = columns
        self.localized = localized
    }

    /// `message`, then `alternativeMessages`: every wire message of the row.
    public var messages: [String] { [message] + alternativeMessages }

    /// A row with at most one status.
    public init(message: String, description: String = "", solution: String = "", status: Int?) {
        self.init(message: message, description: description, solution: solution, statuses: status.map { [$0] } ?? [])
    }

    private enum CodingKeys: String, CodingKey { case message, alternativeMessages, description, solution, statuses, columns, localized }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        message = try container.decode(String.self, forKey: .message)
        alternativeMessages = try container.decodeIfPresent([String].self, forKey: .alternativeMessages) ?? []
        description = try container.decode(String.self, forKey: .description)
        solution = try container.decode(String.self, forKey: .solution)
        statuses = try container.decode([Int].self, forKey: .statuses)
        columns = try container.decodeIfPresent([Column].self, forKey: .columns) ?? []
        localized = try container.decodeIfPresent([String: VariantTranslation].self, forKey: .localized) ?? [:]
    }

    /// `statuses` is always present, `[]` when the page gives none; `alternativeMessages`,
    /// `columns` and `localized` only when there are some.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(message, forKey: .message)
        if !alternativeMessages.isEmpty { try container.encode(alternativeMessages, forKey: .alternativeMessages) }
        try container.encode(description, forKey: .description)
        try container.encode(solution, forKey: .solution)
        try container.encode(statuses, forKey: .statuses)
        if !columns.isEmpty { try container.encode(columns, forKey: .columns) }
        if !localized.isEmpty { try container.encode(localized, forKey: .localized) }
    }
}

/// A cell of a documentation row in a column errata has no role for (not code, module, message,
/// description, solution or status), kept so that nothing the page says is lost.
public struct Column: Codable, Hashable, Sendable {
    /// The column's header text, e.g. "Type"; one line, unique among the row's columns.
    public var name: String
    /// The cell (Markdown); never empty.
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// A table row that is not a code, e.g. "Other | If other error codes are displayed, contact us."
public struct Note: Codable, Hashable, Sendable {
    /// The row's first cell, e.g. "Other" or "其他"; empty when the row has one cell.
    public var label: String
    /// The note's text (Markdown).
    public var text: String
    /// The note in other languages, by locale tag.
    public var localized: [String: NoteTranslation]

    public init(label: String = "", text: String, localized: [String: NoteTranslation] = [:]) {
        self.label = label
        self.text = text
        self.localized = localized
    }

    private enum CodingKeys: String, CodingKey { case label, text, localized }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        label = try container.decode(String.self, forKey: .label)
        text = try container.decode(String.self, forKey: .text)
        localized = try container.decodeIfPresent([String: NoteTranslation].self, forKey: .localized) ?? [:]
    }

    /// `localized` only when there are some.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(label, forKey: .label)
        try container.encode(text, forKey: .text)
        if !localized.isEmpty { try container.encode(localized, forKey: .localized) }
    }
}
