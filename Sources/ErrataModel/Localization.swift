/// A language the documentation's texts are translated into, besides the spec's own (`language`).
///
/// Wire messages are never translated: only descriptions, solutions, module display names and
/// notes are (docs/spec-format.md, "Translations").
public struct CatalogLocale: Codable, Hashable, Sendable {
    /// BCP 47 language tag, e.g. `zh-Hans`.
    public var tag: String
    /// URL of the documentation page in this language, when known (`check --upstream --locale`).
    public var source: String?
    /// Where the locale was declared. Not part of its identity or of `dump` output.
    public var location: SourceLocation?

    public init(tag: String, source: String? = nil, location: SourceLocation? = nil) {
        self.tag = tag
        self.source = source
        self.location = location
    }

    private enum CodingKeys: String, CodingKey { case tag, source }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        tag = try container.decode(String.self, forKey: .tag)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        location = nil
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(tag, forKey: .tag)
        try container.encodeIfPresent(source, forKey: .source)
    }

    public static func == (lhs: CatalogLocale, rhs: CatalogLocale) -> Bool { lhs.tag == rhs.tag && lhs.source == rhs.source }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(tag)
        hasher.combine(source)
    }

    /// A well-formed BCP 47 tag as far as errata needs one: subtags of 1–8 ASCII letters or
    /// digits joined by `-`, the first 2–3 letters (`en`, `zh-Hans`, `pt-BR`, `es-419`).
    public static func isWellFormed(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = subtags.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return false
        }
        return subtags.allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}

/// A row's description and solution in one other language; nil where that language has none.
public struct VariantTranslation: Codable, Hashable, Sendable {
    public var description: String?
    public var solution: String?

    public init(description: String? = nil, solution: String? = nil) {
        self.description = description
        self.solution = solution
    }

    public var isEmpty: Bool { description == nil && solution == nil }
}

/// A note's label and text in one other language; nil where that language has none.
public struct NoteTranslation: Codable, Hashable, Sendable {
    public var label: String?
    public var text: String?

    public init(label: String? = nil, text: String? = nil) {
        self.label = label
        self.text = text
    }

    public var isEmpty: Bool { label == nil && text == nil }
}

extension Catalog {
    /// The tags of `locales`, in order.
    public var localeTags: [String] { locales.map(\.tag) }

    /// The catalog as a reader of `tag` sees it: every description, solution, module name (in the
    /// module list and in its entries) and note that has a `tag` translation replaced by it, the
    /// rest as in the base language; messages, codes and statuses unchanged; no translations;
    /// `language` and `source` the locale's own. For the base language (or a locale the catalog
    /// does not have), the catalog without translations.
    public func localized(to tag: String) -> Catalog {
        var copy = self
        let locale = locales.first { $0.tag == tag }
        if let locale {
            copy.language = locale.tag
            copy.source = locale.source
        }
        copy.locales = []
        var renamed: [String: String] = [:]
        for index in copy.modules.indices {
            if locale != nil, let name = copy.modules[index].localized[tag] {
                renamed[copy.modules[index].name] = name
                copy.modules[index].name = name
            }
            copy.modules[index].localized = [:]
        }
        for index in copy.entries.indices {
            if let module = copy.entries[index].module, let name = renamed[module] { copy.entries[index].module = name }
        }
        for entryIndex in copy.entries.indices {
            for variantIndex in copy.entries[entryIndex].variants.indices {
                var variant = copy.entries[entryIndex].variants[variantIndex]
                if locale != nil, let translation = variant.localized[tag] {
                    if let description = translation.description { variant.description = description }
                    if let solution = translation.solution { variant.solution = solution }
                }
                variant.localized = [:]
                copy.entries[entryIndex].variants[variantIndex] = variant
            }
        }
        for index in copy.notes.indices {
            if locale != nil, let translation = copy.notes[index].localized[tag] {
                if let label = translation.label { copy.notes[index].label = label }
                if let text = translation.text { copy.notes[index].text = text }
            }
            copy.notes[index].localized = [:]
        }
        return copy
    }
}
