import ErrataModel
import ErrataOutput
import ErrataReaders
import ErrataRenderers
import ErrataSpec
import Foundation

/// `errata import PAGE --spec FILE --locale TAG`: add a page in another language to an existing
/// spec as its `TAG` translations (`LocaleMerge`).
public enum LocaleImportJob {
    public struct Result: Sendable {
        /// What the page matched, and which translations changed.
        public var merge: LocaleMerge.Result
        /// Whether the spec file was rewritten or left alone (not touched at all when no
        /// translation changed).
        public var write: WriteReport
        /// The page's table notes and warnings, then the merge's warnings.
        public var messages: [Diagnostic]
    }

    /// - Parameters:
    ///   - input: the page; nil for the locale's `source` in the spec.
    ///   - options: how the page is read; `source`, when given, is recorded as the locale's page.
    ///   - review: sees the messages (warnings and notes) before the spec is written; throwing
    ///     stops the run.
    public static func run(
        input: String?, spec: String, locale: String, options: DocumentReader.Options = .init(),
        fetch: UpstreamPage.FetchOptions = .init(), review: ([Diagnostic]) throws -> Void = { _ in }
    ) throws -> Result {
        guard FileManager.default.fileExists(atPath: spec) else {
            throw Diagnostic.error(
                "import --locale adds translations to an existing spec, and there is none here: import the page in the spec's own language first (errata import PAGE --spec FILE)",
                at: SourceLocation(path: spec))
        }
        let existing = try CatalogStage().spec(at: spec).catalog
        let input = try input ?? UpstreamCheckJob.source(of: existing, path: spec, locale: locale)
        try Locales.checkImportable(locale, into: existing, specPath: spec)
        var readOptions = options
        readOptions.service = existing.service
        readOptions.source = nil
        let read = try UpstreamPage.readPage(input, options: readOptions, fetch: fetch)
        if read.validated.catalog.entries.isEmpty {
            throw Diagnostic.error("the page's error table has no codes", at: SourceLocation(path: input))
        }
        // The locale's page: --source, else the one the spec records, else the page as given.
        let source = options.source ?? existing.locales.first { $0.tag == locale }?.source ?? SpecSource.recorded(input, forSpecAt: spec)
        let merge = LocaleMerge.merge(
            spec: existing, page: read.validated.catalog, locale: locale, source: source, pagePath: input, specPath: spec)
        let messages = read.reading.tableNotes + read.validated.warnings + merge.warnings
        guard merge.changedSpec else {
            try review(messages)
            return Result(merge: merge, write: WriteReport(unchanged: [spec]), messages: messages)
        }
        let text = try ImportJob.specText(
            merge.catalog, header: try ImportJob.leadingComment(of: spec), path: spec,
            readingBackAs: "the catalog with the \(locale) translations")
        try review(messages)
        let report = try OutputWriter.write(OutputPlan(files: [OutputFile(path: spec, text: text)], ownedDirectories: []))
        return Result(merge: merge, write: report, messages: messages)
    }

}

/// What `--locale` of `import`, `diff` and `check --upstream` needs to know about a spec's locales.
public enum Locales {
    /// Refuses a tag `import --locale` cannot add to `spec`: the spec's own language, or a locale
    /// the spec spells otherwise (`zh-hans` for `zh-Hans`).
    public static func checkImportable(_ tag: String, into spec: Catalog, specPath: String) throws {
        if tag.lowercased() == spec.baseLanguage.lowercased() {
            throw Diagnostic.error(
                "\(tag) is the spec's own language (language: \(spec.baseLanguage)): its texts are the untranslated ones; import a page in \(tag) without --locale",
                at: SourceLocation(path: specPath))
        }
        if let declared = spec.locales.first(where: { $0.tag != tag && $0.tag.lowercased() == tag.lowercased() }) {
            throw Diagnostic.error(
                "the spec spells the locale \(declared.tag); pass --locale \(declared.tag)", at: declared.location ?? SourceLocation(path: specPath))
        }
    }

    /// Refuses a tag `catalog` (read from `path`) has no translations into.
    public static func checkDeclared(_ tag: String, in catalog: Catalog, path: String) throws {
        guard !catalog.locales.contains(where: { $0.tag == tag }) else { return }
        let declared = catalog.locales.isEmpty ? "none" : catalog.localeTags.joined(separator: ", ")
        throw Diagnostic.error(
            "no locale \(tag) here (locales: \(declared)); --locale compares a spec's translations, which its 'locales' list (errata import PAGE --spec FILE --locale \(tag) adds them)",
            at: SourceLocation(path: path))
    }

    /// The page the spec read from `spec` names as the `source` of its locale `tag`: what
    /// `diff --locale` and `check --upstream --locale` compare with, and `import --locale` reads,
    /// when given no page (`UpstreamCheckJob.source(of:path:locale:)`).
    static func source(of catalog: Catalog, path spec: String, locale tag: String) throws -> String {
        try checkDeclared(tag, in: catalog, path: spec)
        let locale = catalog.locales.first { $0.tag == tag }
        guard let source = locale?.source, !source.isEmpty else {
            throw Diagnostic.error(
                "the spec's locale \(tag) has no 'source' to compare with; pass the page, or add its URL under locales: \(tag): source:",
                at: locale?.location ?? SourceLocation(path: spec))
        }
        return SpecSource.location(source, inSpecAt: spec)
    }

    /// The catalog as `tag`'s page shows it (`Catalog.localized(to:)`), for comparing with that page:
    /// without the rows' other columns, which have no translations.
    public static func view(of catalog: Catalog, in tag: String) -> Catalog {
        withoutColumns(catalog.localized(to: tag))
    }

    /// The page's catalog, compared with a locale's view: without other columns either.
    static func withoutColumns(_ catalog: Catalog) -> Catalog {
        var copy = catalog
        for entryIndex in copy.entries.indices {
            for variantIndex in copy.entries[entryIndex].variants.indices {
                copy.entries[entryIndex].variants[variantIndex].columns = []
            }
        }
        return copy
    }
}
