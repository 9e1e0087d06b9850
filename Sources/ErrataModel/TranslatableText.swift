/// One text of a catalog that translations apply to, named by a key that stays the same as long
/// as the text's place in the catalog does (docs/spec-format.md, "String Catalogs").
///
/// The translatable texts are each row's description and solution, each module's name, and each
/// note's label and text, when not empty. Wire messages, codes and statuses are not translated.
public struct TranslatableText: Hashable, Sendable {
    /// Where the text stands in the catalog (indices in document order, 0-based).
    public enum Place: Hashable, Sendable {
        case description(entry: Int, variant: Int)
        case solution(entry: Int, variant: Int)
        case module(Int)
        case noteLabel(Int)
        case noteText(Int)
    }

    /// `AV.0101/description`, `AV.0102#2/solution`, `module/Recognition`, `note/1/text`.
    public var key: String
    public var place: Place
    /// The text in the catalog's own language.
    public var text: String
    /// Its translations, by locale tag.
    public var translations: [String: String]

    public init(key: String, place: Place, text: String, translations: [String: String]) {
        self.key = key
        self.place = place
        self.text = text
        self.translations = translations
    }

    // MARK: Keys

    /// The key of a row's description or solution: the code, `#` and the 1-based row number when
    /// the code has several rows, `/`, and the field.
    public static func rowKey(code: String, row: Int, rowCount: Int, field: String) -> String {
        let name = code == "module" ? "%6Dodule" : escape(code)
        return (rowCount > 1 ? "\(name)#\(row)" : name) + "/" + field
    }

    /// The key of a module's name.
    public static func moduleKey(_ name: String) -> String { "module/" + escape(name) }

    /// The key of a note's label (`field` `label`) or text (`text`); `note` is 1-based.
    public static func noteKey(_ note: Int, field: String) -> String { "note/\(note)/\(field)" }

    /// `%`, `/` and `#` percent-encoded, so that a code or module name cannot run into the
    /// separators of a key (`A/B` → `A%2FB`).
    public static func escape(_ name: String) -> String {
        guard name.contains(where: { $0 == "%" || $0 == "/" || $0 == "#" }) else { return name }
        var out = ""
        for character in name {
            switch character {
            case "%": out += "%25"
            case "/": out += "%2F"
            case "#": out += "%23"
            default: out.append(character)
            }
        }
        return out
    }
}

extension Catalog {
    /// Every non-empty translatable text, in the spec's order: modules, then each code's rows
    /// (description, solution), then notes (label, text). Keys are unique.
    public var translatableTexts: [TranslatableText] {
        var texts: [TranslatableText] = []
        for (index, module) in modules.enumerated() {
            texts.append(TranslatableText(
                key: TranslatableText.moduleKey(module.name), place: .module(index), text: module.name, translations: module.localized))
        }
        for (entryIndex, entry) in entries.enumerated() {
            for (variantIndex, variant) in entry.variants.enumerated() {
                func key(_ field: String) -> String {
                    TranslatableText.rowKey(code: entry.code, row: variantIndex + 1, rowCount: entry.variants.count, field: field)
                }
                if !variant.description.isEmpty {
                    texts.append(TranslatableText(
                        key: key("description"), place: .description(entry: entryIndex, variant: variantIndex),
                        text: variant.description, translations: variant.localized.compactMapValues(\.description)))
                }
                if !variant.solution.isEmpty {
                    texts.append(TranslatableText(
                        key: key("solution"), place: .solution(entry: entryIndex, variant: variantIndex),
                        text: variant.solution, translations: variant.localized.compactMapValues(\.solution)))
                }
            }
        }
        for (index, note) in notes.enumerated() {
            if !note.label.isEmpty {
                texts.append(TranslatableText(
                    key: TranslatableText.noteKey(index + 1, field: "label"), place: .noteLabel(index), text: note.label,
                    translations: note.localized.compactMapValues(\.label)))
            }
            if !note.text.isEmpty {
                texts.append(TranslatableText(
                    key: TranslatableText.noteKey(index + 1, field: "text"), place: .noteText(index), text: note.text,
                    translations: note.localized.compactMapValues(\.text)))
            }
        }
        return texts
    }

    /// Sets the `tag` translation of the text at `place`, leaving every other text and
    /// translation as it is. The locale is not added to `locales`.
    public mutating func setTranslation(_ value: String, at place: TranslatableText.Place, tag: String) {
        switch place {
        case .description(let entry, let variant):
            entries[entry].variants[variant].localized[tag, default: VariantTranslation()].description = value
        case .solution(let entry, let variant):
            entries[entry].variants[variant].localized[tag, default: VariantTranslation()].solution = value
        case .module(let index):
            modules[index].localized[tag] = value
        case .noteLabel(let index):
            notes[index].localized[tag, default: NoteTranslation()].label = value
        case .noteText(let index):
            notes[index].localized[tag, default: NoteTranslation()].text = value
        }
    }
}
