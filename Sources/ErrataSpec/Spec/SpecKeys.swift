import Yams

/// A key of a spec's mappings: the reader (`SpecWalker`) accepts and the writer (`SpecRenderer`)
/// writes only these, so the two cannot spell a key differently.
enum SpecKey: String, CaseIterable {
    case alternativeMessages
    case caption
    case code
    case codeForm
    case codeType
    case columns
    case deprecated
    case description
    case entries
    case errorBody
    case errors
    case fields
    case format
    case header
    case index
    case kind
    case label
    case language
    case locales
    case localized
    case message
    case module
    case modules
    case name
    case notes
    case position
    case reading
    case remarks
    case retryable
    case role
    case service
    case solution
    case source
    case status
    case swiftName
    case tables
    case text
    case variants
    case version
}

/// The keys each mapping of a spec may hold (docs/spec-format.md). Anything else is refused.
enum SpecKeys {
    private static func keys(_ keys: SpecKey...) -> Set<String> { Set(keys.map(\.rawValue)) }

    static let top: Set<String> = keys(.version, .service, .source, .language, .locales, .reading, .errorBody, .modules, .entries, .notes)
    static let locale: Set<String> = keys(.source)
    static let errorBody: Set<String> = keys(.format, .header, .kind, .code, .message, .codeType, .codeForm, .fields)
    static let module: Set<String> = keys(.name, .swiftName, .localized)
    static let variant: Set<String> = keys(.message, .alternativeMessages, .description, .solution, .status, .columns, .localized)
    static let variantTranslation: Set<String> = keys(.description, .solution)
    static let noteTranslation: Set<String> = keys(.label, .text)
    static let entry: Set<String> = variant.union(keys(.code, .module, .variants, .swiftName, .deprecated, .retryable, .remarks))
    static let note: Set<String> = keys(.label, .text, .localized)
    static let reading: Set<String> = keys(.format, .tables, .columns, .errors)
    static let readingTable: Set<String> = keys(.index, .caption, .header)
    static let readingColumn: Set<String> = keys(.header, .position, .role)
}

extension Dictionary where Key == String {
    /// The value under a spec key (`fields[.message]`).
    subscript(_ key: SpecKey) -> Value? { self[key.rawValue] }
}

extension Node.Mapping {
    /// The value under a spec key (`fields[.message]`).
    subscript(_ key: SpecKey) -> Node? { self[key.rawValue] }
}
