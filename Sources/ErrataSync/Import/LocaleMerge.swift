import ErrataModel

/// Adds a documentation page in another language to a spec, as the spec's translations into one
/// locale (`errata import PAGE --spec FILE --locale TAG`).
///
/// The spec keeps its codes, modules, messages, statuses, columns, notes and base-language texts;
/// only its `TAG` translations change. Codes are the key:
/// - a page code the spec has is matched with that entry, and its rows with the entry's rows as
///   `errata diff` pairs them (`VariantMatching`: same wire message, then same HTTP statuses, then a
///   status in common, then position);
/// - a page code the spec lacks, and a spec code the page lacks, are reported and left alone: codes
///   come from the page in the spec's own language.
///
/// A matched row's `TAG` description and solution become the page's: a text equal to the base
/// text is no translation (the row falls back to it, so the translation is dropped), and a cell the
/// page leaves empty leaves the translation as it was. The module of a matched code on the page
/// is the `TAG` name of the spec's module (the first code decides when codes of one module stand
/// under different modules on the page). Notes are paired by equal label, then by position, and
/// translated the same way. Rows whose wire messages differ are reported; the spec keeps its own.
/// The locale is declared under `locales` when it is not, with `source` as its page.
public enum LocaleMerge {
    public struct Result: Sendable {
        /// The spec with the new translations.
        public var catalog: Catalog
        /// Codes on the page and in the spec, in the page's order.
        public var matched: [String]
        /// Codes on the page that the spec lacks, in the page's order (the page's entries).
        public var onlyOnPage: [Entry]
        /// Codes in the spec that the page lacks, in the spec's order (the spec's entries).
        public var onlyInSpec: [Entry]
        /// Rows of matched codes whose wire messages differ between page and spec.
        public var messageDifferences: [MessageDifference]
        /// The codes whose translation changed, in the spec's order, with the fields that changed.
        public var translatedCodes: [TranslatedCode]
        /// The spec's modules whose translated name changed, in the spec's order.
        public var translatedModules: [String]
        /// How many notes' translations changed.
        public var translatedNotes: Int
        /// Whether the locale was added to `locales` (or its source set).
        public var localeChanged: Bool
        /// Everything above worth a look, as warnings: codes and rows only on one side, differing
        /// messages, a module translated two ways, notes without a counterpart.
        public var warnings: [Diagnostic]

        /// Whether the merge changed the spec.
        public var changedSpec: Bool {
            !translatedCodes.isEmpty || !translatedModules.isEmpty || translatedNotes > 0 || localeChanged
        }
    }

    public struct MessageDifference: Hashable, Sendable {
        public var code: String
        /// The row's index in the spec's entry.
        public var specRow: Int
        public var specMessages: [String]
        public var pageMessages: [String]

        public init(code: String, specRow: Int, specMessages: [String], pageMessages: [String]) {
            self.code = code
            self.specRow = specRow
            self.specMessages = specMessages
            self.pageMessages = pageMessages
        }
    }

    public struct TranslatedCode: Hashable, Sendable {
        public var code: String
        /// `description`, `solution`: what changed in any of the code's rows, each once.
        public var fields: [String]

        public init(code: String, fields: [String]) {
            self.code = code
            self.fields = fields
        }
    }

    /// - Parameters:
    ///   - locale: the tag, already checked: well-formed, not the spec's language, spelled as the
    ///     spec spells it if the spec has it.
    ///   - source: the locale's page as `locales` should record it.
    ///   - pagePath, specPath: where the page and the spec are, for the warnings.
    public static func merge(
        spec: Catalog, page: Catalog, locale: String, source: String?, pagePath: String, specPath: String
    ) -> Result {
        var catalog = spec
        var warnings: [Diagnostic] = []
        let specIndex = Dictionary(spec.entries.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        let pageCodes = Set(page.entries.map(\.code))
        let pageLocation = SourceLocation(path: pagePath)
        func rowName(_ code: String, _ row: Int, of count: Int) -> String { count > 1 ? "row \(row + 1) of \(code)" : code }

        var matched: [String] = []
        var onlyOnPage: [Entry] = []
        var differences: [MessageDifference] = []
        // The page's name for each spec module: (name, the code that gave it).
        var moduleNames: [String: (name: String, code: String)] = [:]
        for pageEntry in page.entries {
            guard let index = specIndex[pageEntry.code] else {
                onlyOnPage.append(pageEntry)
                warnings.append(.warning(.localeExtraCode,
                    "\(pageEntry.code) is on the \(locale) page but not in the spec; its row is not imported (codes come from the page in the spec's own language)",
                    at: pageEntry.location ?? pageLocation))
                continue
            }
            matched.append(pageEntry.code)
            var entry = catalog.entries[index]
            let matching = VariantMatching(old: entry.variants, new: pageEntry.variants)
            for pair in matching.pairs {
                let row = pageEntry.variants[pair.new]
                var variant = entry.variants[pair.old]
                if row.messages != variant.messages, row.messages != [""] {
                    differences.append(MessageDifference(
                        code: entry.code, specRow: pair.old, specMessages: variant.messages, pageMessages: row.messages))
                    warnings.append(.warning(.localeMessageDiffers,
                        "\(rowName(entry.code, pair.old, of: entry.variants.count)): the \(locale) page's wire message \(quoted(row.messages)) differs from the spec's \(quoted(variant.messages))\(entry.location.map { " (\($0))" } ?? ""); the spec keeps its own",
                        at: pageEntry.location ?? pageLocation))
                }
                var translation = variant.localized[locale] ?? VariantTranslation()
                translation.description = translated(row.description, base: variant.description, current: translation.description)
                translation.solution = translated(row.solution, base: variant.solution, current: translation.solution)
                variant.localized[locale] = translation.isEmpty ? nil : translation
                entry.variants[pair.old] = variant
            }
            for row in matching.added {
                warnings.append(.warning(.localeExtraRow,
                    "\(rowName(pageEntry.code, row, of: pageEntry.variants.count)) on the \(locale) page has no counterpart among the spec's \(entry.variants.count) row(s) of the code; not imported",
                    at: pageEntry.location ?? pageLocation))
            }
            for row in matching.removed {
                warnings.append(.warning(.localeMissingRow,
                    "\(rowName(entry.code, row, of: entry.variants.count)) in the spec has no counterpart on the \(locale) page (\(pagePath)); its \(locale) texts are left as they are",
                    at: entry.location ?? SourceLocation(path: specPath)))
            }
            catalog.entries[index] = entry

            if let base = entry.module, let name = pageEntry.module, !name.isEmpty {
                if let first = moduleNames[base] {
                    if first.name != name {
                        warnings.append(.warning(.localeModuleNames,
                            "\(pageEntry.code) stands under the module \(name.debugDescription) on the \(locale) page, but \(first.code), of the same module \(base.debugDescription) in the spec, under \(first.name.debugDescription); \(base.debugDescription) is translated \(first.name.debugDescription)",
                            at: pageEntry.location ?? pageLocation))
                    }
                } else {
                    moduleNames[base] = (name, pageEntry.code)
                }
            }
        }

        let onlyInSpec = spec.entries.filter { !pageCodes.contains($0.code) }
        for entry in onlyInSpec {
            warnings.append(.warning(.localeMissingCode,
                "\(entry.code) is in the spec but not on the \(locale) page (\(pagePath)); its \(locale) texts are left as they are",
                at: entry.location ?? SourceLocation(path: specPath)))
        }

        var translatedModules: [String] = []
        for index in catalog.modules.indices {
            let module = catalog.modules[index]
            guard let name = moduleNames[module.name]?.name else { continue }
            let translation = name == module.name ? nil : name
            if module.localized[locale] != translation {
                catalog.modules[index].localized[locale] = translation
                translatedModules.append(module.name)
            }
        }
        var seenNames: [String: String] = [:]
        for module in catalog.modules {
            guard let name = module.localized[locale] else { continue }
            if let other = seenNames[name] {
                warnings.append(.warning(.localeSharedModuleName,
                    "the spec's modules \(other.debugDescription) and \(module.name.debugDescription) are both \(name.debugDescription) on the \(locale) page",
                    at: module.location ?? SourceLocation(path: specPath)))
            } else {
                seenNames[name] = module.name
            }
        }

        var translatedNotes = 0
        let pairs = notePairs(spec: spec.notes, page: page.notes)
        for (specIndex, pageIndex) in pairs.enumerated() {
            guard let pageIndex else { continue }
            let pageNote = page.notes[pageIndex]
            var note = catalog.notes[specIndex]
            var translation = note.localized[locale] ?? NoteTranslation()
            translation.label = translated(pageNote.label, base: note.label, current: translation.label)
            translation.text = translated(pageNote.text, base: note.text, current: translation.text)
            let new = translation.isEmpty ? nil : translation
            if note.localized[locale] != new {
                note.localized[locale] = new
                catalog.notes[specIndex] = note
                translatedNotes += 1
            }
        }
        for (index, pageIndex) in pairs.enumerated() where pageIndex == nil {
            warnings.append(.warning(.localeMissingNote,
                "note \(index + 1) of the spec (\(quoted([NoteDiff.text(spec.notes[index])]))) has no counterpart on the \(locale) page (\(pagePath)); its \(locale) texts are left as they are",
                at: SourceLocation(path: specPath)))
        }
        let pairedPageNotes = Set(pairs.compactMap { $0 })
        for index in page.notes.indices where !pairedPageNotes.contains(index) {
            warnings.append(.warning(.localeExtraNote,
                "note \(index + 1) of the \(locale) page (\(quoted([NoteDiff.text(page.notes[index])]))) has no counterpart among the spec's \(spec.notes.count) note(s); not imported",
                at: pageLocation))
        }

        var localeChanged = false
        if let index = catalog.locales.firstIndex(where: { $0.tag == locale }) {
            if let source, catalog.locales[index].source != source {
                catalog.locales[index].source = source
                localeChanged = true
            }
        } else {
            catalog.locales.append(CatalogLocale(tag: locale, source: source))
            localeChanged = true
        }

        return Result(
            catalog: catalog, matched: matched, onlyOnPage: onlyOnPage, onlyInSpec: onlyInSpec, messageDifferences: differences,
            translatedCodes: translatedCodes(old: spec, new: catalog, locale: locale), translatedModules: translatedModules,
            translatedNotes: translatedNotes, localeChanged: localeChanged, warnings: warnings)
    }

    /// The translation a page's text makes: none when it says what the base text says (the row
    /// falls back to that), the current one when the page leaves the cell empty.
    static func translated(_ text: String, base: String, current: String?) -> String? {
        if text.isEmpty { return current }
        return text == base ? nil : text
    }

    /// For each spec note, the page note it is paired with: the first unpaired one with the same
    /// (non-empty) label, then, for the notes left, the next unpaired one in document order.
    static func notePairs(spec: [Note], page: [Note]) -> [Int?] {
        var pageFor: [Int?] = Array(repeating: nil, count: spec.count)
        var taken = Array(repeating: false, count: page.count)
        for (index, note) in spec.enumerated() where !note.label.isEmpty {
            if let match = page.indices.first(where: { !taken[$0] && page[$0].label == note.label }) {
                pageFor[index] = match
                taken[match] = true
            }
        }
        for index in spec.indices where pageFor[index] == nil {
            if let match = page.indices.first(where: { !taken[$0] }) {
                pageFor[index] = match
                taken[match] = true
            }
        }
        return pageFor
    }

    /// The codes whose `locale` translations differ between the two versions of the spec (same
    /// codes and rows in both), with the fields that changed.
    private static func translatedCodes(old: Catalog, new: Catalog, locale: String) -> [TranslatedCode] {
        zip(old.entries, new.entries).compactMap { before, after in
            let pairs = zip(before.variants, after.variants).map { ($0.localized[locale], $1.localized[locale]) }
            var fields: [String] = []
            if pairs.contains(where: { $0?.description != $1?.description }) { fields.append("description") }
            if pairs.contains(where: { $0?.solution != $1?.solution }) { fields.append("solution") }
            return fields.isEmpty ? nil : TranslatedCode(code: after.code, fields: fields)
        }
    }

    /// `"a"`, or `"a" / "b"` for a row with several messages.
    private static func quoted(_ messages: [String]) -> String {
        messages.map(\.debugDescription).joined(separator: " / ")
    }
}
