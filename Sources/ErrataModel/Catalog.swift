/// The intermediate model every reader produces and every renderer consumes.
///
/// A catalog is one vendor documentation page's error table: the codes it lists, grouped
/// into modules, plus the rows that are notes rather than codes. Readers never hand
/// anything else to renderers; this is the only type the pipeline stages share.
public struct Catalog: Codable, Hashable, Sendable {
    /// Human-readable name of the service, e.g. "Huawei Cloud OCR".
    public var service: String
    /// URL of the documentation page the table comes from, when known.
    public var source: String?
    /// Field names of the JSON error body the API returns.
    public var errorBody: ErrorBodyFormat
    /// Modules in document order. Every `Entry.module` names one of these.
    public var modules: [Module]
    /// Codes in document order.
    public var entries: [Entry]
    /// Rows of the table that are not codes (e.g. "Other: contact us"), in document order.
    public var notes: [Note]

    public init(
        service: String,
        source: String? = nil,
        errorBody: ErrorBodyFormat = .init(),
        modules: [Module] = [],
        entries: [Entry] = [],
        notes: [Note] = []
    ) {
        self.service = service
        self.source = source
        self.errorBody = errorBody
        self.modules = modules
        self.entries = entries
        self.notes = notes
    }

    /// All variants of all entries, in document order.
    public var variantCount: Int { entries.reduce(0) { $0 + $1.variants.count } }

    /// The entry for `code`, compared exactly.
    public func entry(_ code: String) -> Entry? { entries.first { $0.code == code } }
}

/// Names of the fields of the API's JSON error body, e.g. `{"error_code": …, "error_msg": …}`.
public struct ErrorBodyFormat: Codable, Hashable, Sendable {
    public var codeField: String
    public var messageField: String

    public init(codeField: String = "error_code", messageField: String = "error_msg") {
        self.codeField = codeField
        self.messageField = messageField
    }
}

/// A group of codes, as the table's Module / Category column names it.
public struct Module: Codable, Hashable, Sendable {
    public var name: String
    /// Optional Swift name override for the module's case.
    public var swiftName: String?

    public init(name: String, swiftName: String? = nil) {
        self.name = name
        self.swiftName = swiftName
    }
}
