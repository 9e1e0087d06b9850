import ErrataModel

/// Writes a catalog's translatable texts as an Xcode String Catalog (`.xcstrings`), the file a
/// translator fills in (docs/spec-format.md, "String Catalogs").
///
/// Each text is one string, keyed as `TranslatableText` names it, with a comment saying where it
/// stands and the code's message, its base text as the source language's localization, and its
/// existing translations into the requested locales (state `translated`). A text a locale lacks
/// has no localization in it: that is how Xcode shows a string still to translate.
public enum StringCatalogWriter {
    /// Which texts to write.
    public enum Selection: Sendable {
        /// The texts at least one of the locales has no translation of.
        case missing
        /// Every text.
        case all
    }

    public struct Result: Hashable, Sendable {
        /// The file's text: Xcode's layout, LF line ends, a trailing newline.
        public var text: String
        /// How many strings the file holds.
        public var stringCount: Int
        /// How many of them each locale has no translation of, by tag.
        public var untranslated: [String: Int]
    }

    /// - Parameter locales: tags other than the catalog's base language, each once.
    public static func write(_ validated: ValidatedCatalog, locales: [String], selection: Selection) -> Result {
        let catalog = validated.catalog
        let texts = catalog.translatableTexts.filter { text in
            selection == .all || locales.contains { text.translations[$0] == nil }
        }
        var strings: [String: XcodeJSON.Value] = [:]
        var untranslated: [String: Int] = [:]
        for locale in locales { untranslated[locale] = 0 }
        for text in texts {
            var localizations: [String: XcodeJSON.Value] = [catalog.baseLanguage: unit(text.text)]
            for locale in locales {
                if let translation = text.translations[locale] {
                    localizations[locale] = unit(translation)
                } else {
                    untranslated[locale, default: 0] += 1
                }
            }
            strings[text.key] = .members([
                .comment: .string(comment(for: text, in: catalog)),
                .extractionState: .string("manual"),
                .localizations: .object(localizations),
            ])
        }
        let root = XcodeJSON.Value.members([
            .sourceLanguage: .string(catalog.baseLanguage),
            .strings: .object(strings),
            .version: .string("1.0"),
        ])
        return Result(text: XcodeJSON.text(root) + "\n", stringCount: texts.count, untranslated: untranslated)
    }

    private static func unit(_ value: String) -> XcodeJSON.Value {
        .members([.stringUnit: .members([.state: .string(StringUnitState.translated.rawValue), .value: .string(value)])])
    }

    /// What a translator needs to know about a text: what it is, of which code or note, and the
    /// message the API sends with it (which stays untranslated).
    static func comment(for text: TranslatableText, in catalog: Catalog) -> String {
        let markdown = " Markdown: keep `code` spans, links and placeholders as they are."
        switch text.place {
        case .description(let entry, let variant), .solution(let entry, let variant):
            let what = if case .description = text.place { "What the error means" } else { "What to do about the error" }
            let code = catalog.entries[entry]
            let row = code.variants.count > 1 ? ", row \(variant + 1) of \(code.variants.count)" : ""
            let message = code.variants[variant].message
            let wire = message.isEmpty ? "" : " The API's message, never translated: \(message.debugDescription)"
            return "\(what): error code \(code.code)\(row).\(markdown)\(wire)"
        case .module(let index):
            let name = catalog.modules[index].name
            let codes = catalog.entries.filter { $0.module == name }.map(\.code)
            let listed = codes.prefix(3).joined(separator: ", ") + (codes.count > 3 ? ", … (\(codes.count) codes)" : "")
            return "Name of a module, a group of error codes" + (codes.isEmpty ? "." : ": \(listed).")
        case .noteLabel(let index):
            let note = catalog.notes[index]
            return "Label of note \(index + 1), a row of the error table that is not a code. Its text: \(note.text.debugDescription)"
        case .noteText(let index):
            let note = catalog.notes[index]
            let label = note.label.isEmpty ? "" : ", labelled \(note.label.debugDescription)"
            return "Text of note \(index + 1), a row of the error table that is not a code\(label).\(markdown)"
        }
    }
}
