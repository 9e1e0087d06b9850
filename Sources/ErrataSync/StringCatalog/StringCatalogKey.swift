/// A member name of a String Catalog's JSON: the reader (`StringCatalogFile`) looks up and the
/// writer (`StringCatalogWriter`) writes only these, so the two cannot spell a key differently.
///
/// The root holds `sourceLanguage`, `strings` and `version`; each string its `comment`,
/// `extractionState` and `localizations`; each localization a `stringUnit` (`state`, `value`) or
/// `variations` (plural or device forms, which errata does not take).
enum StringCatalogKey: String, CodingKey, CaseIterable {
    case sourceLanguage
    case strings
    case version
    case comment
    case extractionState
    case localizations
    case stringUnit
    case state
    case value
    case variations
}

/// A `stringUnit`'s `state` that errata writes or reads; any other state is a text still to translate.
enum StringUnitState: String {
    /// The text is final: what errata writes for a translation, and all `strings import` takes.
    case translated
    /// A translation Xcode marks for review: counted, not taken.
    case needsReview = "needs_review"
}

extension XcodeJSON.Value {
    /// An object whose members are named by `StringCatalogKey`.
    static func members(_ members: KeyValuePairs<StringCatalogKey, XcodeJSON.Value>) -> XcodeJSON.Value {
        .object(Dictionary(uniqueKeysWithValues: members.map { ($0.key.rawValue, $0.value) }))
    }
}
