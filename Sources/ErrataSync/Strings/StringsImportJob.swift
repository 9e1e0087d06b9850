import ErrataModel
import ErrataOutput
import ErrataSpec

/// `errata strings import`: a translated String Catalog's translations written into the spec.
///
/// Only translations are ever changed: the spec's base texts, messages, codes and everything else
/// stay as they are. A translation whose state is not `translated` (`new`, `needs_review`…) is
/// left out; so is one whose source text in the file is no longer the spec's text (it translates
/// an older text), with a warning. A key that names no text of the spec, a source language that
/// is not the spec's, and malformed JSON are errors: nothing is written.
public enum StringsImportJob {
    /// What the file brought for one locale.
    public struct LocaleSummary: Hashable, Sendable {
        public var tag: String
        /// Translations the spec did not have.
        public var added = 0
        /// Translations that replace a different one.
        public var changed = 0
        /// Translations the spec already had, word for word.
        public var unchanged = 0
        /// Left out: marked `needs_review`.
        public var needsReview = 0
        /// Left out: not translated (`new`, another state, or an empty value).
        public var untranslated = 0
        /// Left out: the source text changed since the export, or plural or device variations.
        public var skipped = 0
    }

    public struct Result: Sendable {
        /// One summary per locale of the file other than its source language, in tag order.
        public var locales: [LocaleSummary]
        /// Locales added to the spec's `locales`.
        public var addedLocales: [String]
        /// What the write did; nil when the spec did not change (nothing was written).
        public var write: WriteReport?
        /// The warnings: translations left out for a reason worth a look, and the spec's own.
        public var messages: [Diagnostic]

        /// True when the spec gained or changed no translation.
        public var changedNothing: Bool { write == nil }
    }

    /// - Parameter review: sees the warnings before the spec is written; throwing stops the run.
    public static func run(strings path: String, spec: String, review: ([Diagnostic]) throws -> Void = { _ in }) throws -> Result {
        let validated = try CatalogStage().spec(at: spec)
        let original = validated.catalog
        var messages = validated.warnings
        let file = try StringCatalogFile.read(contentsOf: path)

        var errors: [Diagnostic] = []
        if file.sourceLanguage.lowercased() != original.baseLanguage.lowercased() {
            errors.append(.error(
                "the String Catalog's source language is \(file.sourceLanguage.debugDescription), the spec's is \(original.baseLanguage.debugDescription) (\(spec)); export the spec's texts with errata strings export",
                at: file.sourceLanguageLocation))
        }
        let texts = Dictionary(original.translatableTexts.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var catalog = original
        var summaries: [String: LocaleSummary] = [:]
        var addedLocales: [String] = []
        for entry in file.entries {
            guard let text = texts[entry.key] else {
                errors.append(.error(
                    "the key \(entry.key.debugDescription) names no text of the spec \(spec) (its code, row, module or note is gone, or the code's rows changed): export the texts again and translate those",
                    at: entry.keyLocation))
                continue
            }
            let source = entry.localizations.first { $0.tag.lowercased() == original.baseLanguage.lowercased() }
            let sourceChanged = source?.unit.map { $0.value != text.text } ?? false
            var seen: [String: SourceLocation] = [:]
            for localization in entry.localizations where localization.tag.lowercased() != original.baseLanguage.lowercased() {
                guard CatalogLocale.isWellFormed(localization.tag) else {
                    errors.append(.error(
                        "\(localization.tag.debugDescription) is not a BCP 47 language tag (such as zh-Hans, pt-BR)", at: localization.tagLocation))
                    continue
                }
                let tag = catalog.localeTags.first { $0.lowercased() == localization.tag.lowercased() }
                    ?? addedLocales.first { $0.lowercased() == localization.tag.lowercased() }
                    ?? localization.tag
                if let first = seen[tag] {
                    errors.append(.error(
                        "\(entry.key.debugDescription) has two localizations into \(tag.debugDescription) (the first at line \(first.line ?? 0))",
                        at: localization.tagLocation))
                    continue
                }
                seen[tag] = localization.tagLocation
                var summary = summaries[tag] ?? LocaleSummary(tag: tag)
                defer { summaries[tag] = summary }
                guard let unit = localization.unit else {
                    if localization.hasVariations {
                        summary.skipped += 1
                        messages.append(.warning(.stringVariations,
                            "\(entry.key.debugDescription) in \(tag): plural or device variations cannot be imported (the spec holds one text per language); left out",
                            at: localization.tagLocation))
                    } else {
                        summary.untranslated += 1
                    }
                    continue
                }
                switch StringUnitState(rawValue: unit.state) {
                case .translated:
                    break
                case .needsReview:
                    summary.needsReview += 1
                    continue
                default:
                    summary.untranslated += 1
                    continue
                }
                if unit.value.isEmpty {
                    summary.untranslated += 1
                    messages.append(.warning(.emptyTranslation, "\(entry.key.debugDescription) in \(tag) is marked translated but empty; left out", at: unit.location))
                    continue
                }
                if sourceChanged {
                    summary.skipped += 1
                    messages.append(.warning(.staleTranslation,
                        "\(entry.key.debugDescription) in \(tag) translates an older text: the spec's text is now \(text.text.debugDescription); left out (export it again)",
                        at: source!.unit!.location))
                    continue
                }
                if let existing = text.translations[tag] {
                    if existing == unit.value {
                        summary.unchanged += 1
                        continue
                    }
                    summary.changed += 1
                } else {
                    summary.added += 1
                }
                catalog.setTranslation(unit.value, at: text.place, tag: tag)
                if !catalog.localeTags.contains(tag), !addedLocales.contains(tag) { addedLocales.append(tag) }
            }
        }
        if !errors.isEmpty { throw Diagnostics(errors.sorted(by: isEarlier)) }

        addedLocales.sort()
        catalog.locales += addedLocales.map { CatalogLocale(tag: $0) }
        let result = { (write: WriteReport?) in
            Result(locales: summaries.values.sorted { $0.tag < $1.tag }, addedLocales: addedLocales, write: write, messages: messages)
        }
        guard catalog != original else {
            try review(messages)
            return result(nil)
        }
        // Only translations may change, and the spec must read back as the catalog it was rendered from.
        let text = try ImportJob.specText(
            catalog, header: try ImportJob.leadingComment(of: spec), path: spec, readingBackAs: "the catalog with the imported translations")
        let base = original.baseLanguage
        guard catalog.localized(to: base) == original.localized(to: base) else {
            throw Diagnostic.error("internal error: the rendered spec does not read back with only its translations changed", at: SourceLocation(path: spec))
        }
        try review(messages)
        return result(try OutputWriter.write(OutputPlan(files: [OutputFile(path: spec, text: text)])))
    }

    private static func isEarlier(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        ((a.location?.line ?? 0), (a.location?.column ?? 0)) < ((b.location?.line ?? 0), (b.location?.column ?? 0))
    }
}
