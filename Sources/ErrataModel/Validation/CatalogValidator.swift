/// The model's rules, checked once between reading and rendering.
///
/// Every catalog, whether it comes from a spec or from a documentation page, passes here before
/// any renderer runs: `validate` is the only maker of `ValidatedCatalog`, the only form renderers
/// take, and `CatalogStage` calls it for every job, so all of them refuse the same catalogs with
/// the same located messages. Renderers may assume what is checked here.
public enum CatalogValidator {
    /// Every problem found: errors make the catalog unusable; warnings are reported and kept.
    public static func problems(in catalog: Catalog) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        problems += errorBodyProblems(catalog.errorBody)
        problems += emptinessProblems(catalog)
        problems += entryProblems(catalog)
        problems += localeProblems(catalog)
        return problems
    }

    /// No entries: a warning, not an error, since a spec may list no codes yet early on; the
    /// outputs are still written (a library with no documented code, a page with none).
    static func emptinessProblems(_ catalog: Catalog) -> [Diagnostic] {
        guard catalog.entries.isEmpty else { return [] }
        return [.warning(
            .noEntries, "the spec lists no codes; the generated library has none and takes every code for undocumented",
            at: catalog.entriesLocation)]
    }

    /// The catalog as renderers take it, with the reader's warnings and then the validator's;
    /// throws `Diagnostics` (every problem found) when there is an error.
    @discardableResult
    public static func validate(_ catalog: Catalog, readerWarnings: [Diagnostic] = []) throws -> ValidatedCatalog {
        let problems = problems(in: catalog)
        if problems.contains(where: { $0.severity == .error }) { throw Diagnostics(problems) }
        return ValidatedCatalog(checked: catalog, warnings: readerWarnings + problems)
    }

    // MARK: Entries and modules

    /// Codes listed twice (Swift compares strings by canonical equivalence, so NFC and NFD
    /// spellings are the same code), entries without a row, statuses that are not HTTP statuses or
    /// are listed twice on a row, alternative messages that are empty or repeat a message of their
    /// row, columns with an empty or multi-line name, a name twice on a row or an empty value,
    /// modules listed twice or unknown.
    static func entryProblems(_ catalog: Catalog) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var firstEntry: [String: Entry] = [:]
        for entry in catalog.entries {
            if let first = firstEntry[entry.code] {
                let spelling = Array(first.code.unicodeScalars) == Array(entry.code.unicodeScalars)
                    ? "" : " (spelt differently, but the same text after Unicode normalisation)"
                problems.append(.error(
                    "code \(entry.code.debugDescription) is listed twice\(spelling): \(describe(first.code, first.location)) and \(describe(entry.code, entry.location))",
                    at: entry.location))
            } else {
                firstEntry[entry.code] = entry
            }
            if entry.variants.isEmpty {
                problems.append(.error("code \(entry.code.debugDescription) has no documentation row", at: entry.location))
            }
            for variant in entry.variants {
                for (index, message) in variant.alternativeMessages.enumerated()
                where message.isEmpty || message == variant.message || variant.alternativeMessages[..<index].contains(message) {
                    problems.append(.error(
                        "code \(entry.code.debugDescription) has the alternative message \(message.debugDescription), which is empty or repeats a message of its row",
                        at: entry.location))
                }
                for (index, column) in variant.columns.enumerated() {
                    if column.name.isEmpty || column.name.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) {
                        problems.append(.error(
                            "code \(entry.code.debugDescription) has a column named \(column.name.debugDescription); a column name is one line of text",
                            at: entry.location))
                    } else if variant.columns[..<index].contains(where: { $0.name == column.name }) {
                        problems.append(.error(
                            "code \(entry.code.debugDescription) has the column \(column.name.debugDescription) twice on one row", at: entry.location))
                    }
                    if column.value.isEmpty {
                        problems.append(.error(
                            "code \(entry.code.debugDescription) has an empty value in the column \(column.name.debugDescription)", at: entry.location))
                    }
                }
                for (index, status) in variant.statuses.enumerated() {
                    if !(100...599).contains(status) {
                        problems.append(.error(
                            "code \(entry.code.debugDescription) has the status \(status), which is not an HTTP status (100-599)",
                            at: entry.location))
                    } else if variant.statuses[..<index].contains(status) {
                        problems.append(.error("code \(entry.code.debugDescription) lists the status \(status) twice on one row", at: entry.location))
                    }
                }
            }
        }
        var moduleNames: Set<String> = []
        for module in catalog.modules where !moduleNames.insert(module.name).inserted {
            problems.append(.error("module \(module.name.debugDescription) is listed twice", at: module.location))
        }
        for entry in catalog.entries {
            if let module = entry.module, !moduleNames.contains(module) {
                problems.append(.error(
                    "code \(entry.code.debugDescription) names module \(module.debugDescription), which is not in the module list",
                    at: entry.location))
            }
        }
        return problems
    }

    // MARK: Translations

    /// The base language and every locale well-formed BCP 47 tags; each locale once and not the
    /// base language; every translation in a declared locale and not empty.
    static func localeProblems(_ catalog: Catalog) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if let language = catalog.language, !CatalogLocale.isWellFormed(language) {
            problems.append(.error("the language \(language.debugDescription) is not a BCP 47 language tag (such as en, zh-Hans, pt-BR)"))
        }
        var declared: Set<String> = []
        for locale in catalog.locales {
            if !CatalogLocale.isWellFormed(locale.tag) {
                problems.append(.error(
                    "the locale \(locale.tag.debugDescription) is not a BCP 47 language tag (such as zh-Hans, pt-BR)", at: locale.location))
            } else if locale.tag.lowercased() == catalog.baseLanguage.lowercased() {
                problems.append(.error(
                    "the locale \(locale.tag.debugDescription) is the spec's own language; its texts are the untranslated ones", at: locale.location))
            } else if declared.contains(where: { $0.lowercased() == locale.tag.lowercased() }) {
                problems.append(.error("the locale \(locale.tag.debugDescription) is listed twice", at: locale.location))
            }
            declared.insert(locale.tag)
        }
        func check(_ tags: some Sequence<String>, of what: String, at location: SourceLocation?) {
            for tag in tags.sorted() where !declared.contains(tag) {
                problems.append(.error(
                    "\(what) has a translation into \(tag.debugDescription), which is not listed under 'locales'\(declared.isEmpty ? "" : " (\(declared.sorted().joined(separator: ", ")))")",
                    at: location))
            }
        }
        for module in catalog.modules {
            check(module.localized.keys, of: "module \(module.name.debugDescription)", at: module.location)
            for (tag, name) in module.localized where name.isEmpty {
                problems.append(.error("module \(module.name.debugDescription) has an empty name in \(tag.debugDescription)", at: module.location))
            }
        }
        for entry in catalog.entries {
            for (index, variant) in entry.variants.enumerated() {
                let what = entry.variants.count == 1 ? "code \(entry.code.debugDescription)" : "row \(index + 1) of code \(entry.code.debugDescription)"
                check(variant.localized.keys, of: what, at: entry.location)
                for tag in variant.localized.keys.sorted() where variant.localized[tag]!.isEmpty {
                    problems.append(.error("\(what) has an empty translation into \(tag.debugDescription)", at: entry.location))
                }
            }
        }
        for (index, note) in catalog.notes.enumerated() {
            check(note.localized.keys, of: "note \(index + 1)", at: nil)
        }
        return problems
    }

    /// `"A.1" (spec.yaml:3:5)`: a text and where it stands, for messages naming several places.
    public static func describe(_ text: String, _ location: SourceLocation?) -> String {
        text.debugDescription + (location.map { " (\($0))" } ?? "")
    }
}
