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
    /// The shapes of the API's error body, tried in this order when decoding a response
    /// (a service behind a gateway answers the gateway's errors in the gateway's shape). Never empty.
    public var errorBody: [ErrorBodyFormat]
    /// Modules in document order. Every `Entry.module` names one of these.
    public var modules: [Module]
    /// Codes in document order.
    public var entries: [Entry]
    /// Rows of the table that are not codes (e.g. "Other: contact us"), in document order.
    public var notes: [Note]
    /// BCP 47 tag of the language the texts are written in; nil means English (`en`).
    public var language: String?
    /// The other languages the descriptions, solutions, module names and notes are translated
    /// into, in the spec's order (see `Variant.localized`).
    public var locales: [CatalogLocale]
    /// How the page at `source` is read (`reading:` in the spec): what the user told errata about
    /// it once, applied by every later import, dump, diff and check --upstream. Empty for a page.
    public var reading: ReadingRecipe
    /// Where the spec's `entries` key stands, for messages about the list as a whole. Not part of
    /// the catalog's identity, nor of its JSON.
    public var entriesLocation: SourceLocation? {
        get { entriesMark.location }
        set { entriesMark.location = newValue }
    }
    private var entriesMark = UnequatedLocation()

    public init(
        service: String,
        source: String? = nil,
        errorBody: [ErrorBodyFormat] = [.default],
        modules: [Module] = [],
        entries: [Entry] = [],
        notes: [Note] = [],
        language: String? = nil,
        locales: [CatalogLocale] = [],
        reading: ReadingRecipe = ReadingRecipe()
    ) {
        self.reading = reading
        self.service = service
        self.source = source
        self.errorBody = errorBody
        self.modules = modules
        self.entries = entries
        self.notes = notes
        self.language = language
        self.locales = locales
    }

    /// The language of the texts: `language`, or `en`.
    public var baseLanguage: String { language ?? "en" }

    private enum CodingKeys: String, CodingKey {
        case service, source, errorBody, modules, entries, notes, language, locales, reading
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        service = try container.decode(String.self, forKey: .service)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        errorBody = try container.decode([ErrorBodyFormat].self, forKey: .errorBody)
        modules = try container.decode([Module].self, forKey: .modules)
        entries = try container.decode([Entry].self, forKey: .entries)
        notes = try container.decode([Note].self, forKey: .notes)
        language = try container.decodeIfPresent(String.self, forKey: .language)
        locales = try container.decodeIfPresent([CatalogLocale].self, forKey: .locales) ?? []
        reading = try container.decodeIfPresent(ReadingRecipe.self, forKey: .reading) ?? ReadingRecipe()
        entriesMark = UnequatedLocation()
    }

    /// `language` only when set, `locales` and `reading` only when there are some.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(service, forKey: .service)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encode(errorBody, forKey: .errorBody)
        try container.encode(modules, forKey: .modules)
        try container.encode(entries, forKey: .entries)
        try container.encode(notes, forKey: .notes)
        try container.encodeIfPresent(language, forKey: .language)
        if !locales.isEmpty { try container.encode(locales, forKey: .locales) }
        if !reading.isEmpty { try container.encode(reading, forKey: .reading) }
    }

    /// All variants of all entries, in document order.
    public var variantCount: Int { entries.reduce(0) { $0 + $1.variants.count } }

    /// The entry for `code`, compared exactly.
    public func entry(_ code: String) -> Entry? { entries.first { $0.code == code } }
}

/// A group of codes, as the table's Module / Category column names it.
public struct Module: Codable, Hashable, Sendable {
    public var name: String
    /// Optional Swift name override for the module's case.
    public var swiftName: String?
    /// The module's name in other languages, by locale tag.
    public var localized: [String: String]

    /// Where the module was declared (or, declared by use, first used). Not part of the module's
    /// identity or of `dump` output.
    public var location: SourceLocation?

    public init(name: String, swiftName: String? = nil, localized: [String: String] = [:], location: SourceLocation? = nil) {
        self.name = name
        self.swiftName = swiftName
        self.localized = localized
        self.location = location
    }

    private enum CodingKeys: String, CodingKey {
        case name, swiftName, localized
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        swiftName = try container.decodeIfPresent(String.self, forKey: .swiftName)
        localized = try container.decodeIfPresent([String: String].self, forKey: .localized) ?? [:]
        location = nil
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(swiftName, forKey: .swiftName)
        if !localized.isEmpty { try container.encode(localized, forKey: .localized) }
    }

    public static func == (lhs: Module, rhs: Module) -> Bool {
        lhs.name == rhs.name && lhs.swiftName == rhs.swiftName && lhs.localized == rhs.localized
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(swiftName)
        hasher.combine(localized)
    }
}
