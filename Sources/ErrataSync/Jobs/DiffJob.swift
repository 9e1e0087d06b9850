import ErrataModel
import ErrataReaders
import ErrataRenderers
import ErrataSpec

/// `errata diff OLD NEW`: read two inputs of any format (files or http(s) URLs) and compare them,
/// grading changes for a library generated in `style`.
public enum DiffJob {
    public struct Result: Sendable {
        public var changes: CatalogChanges
        /// The new version: as given, or the page OLD names as its (or its locale's) `source`.
        public var new: String
    }

    /// - Parameter new: the new version; nil when OLD is a spec, for the page its `source` names
    ///   (with a locale, the locale's `source`).
    /// - Parameter stage: where OLD and NEW are read, each once.
    /// - Parameter locale: compare OLD, a spec with that locale, as the locale's page shows it
    ///   (`Locales.view(of:in:)`: its translations in place of its texts, no other columns) with
    ///   NEW, that page (read without its other columns).
    public static func run(
        old: String, new: String? = nil, options: DocumentReader.Options = .init(), fetch: UpstreamPage.FetchOptions = .init(),
        style: SwiftStyle = .struct, locale: String? = nil, stage: CatalogStage = CatalogStage()
    ) throws -> Result {
        var oldCatalog = try UpstreamPage.read(old, options: options, fetch: fetch, stage: stage).catalog
        if let locale { try Locales.checkDeclared(locale, in: oldCatalog, path: old) }
        let new = try new ?? UpstreamCheckJob.source(of: oldCatalog, path: old, locale: locale)
        // NEW is read as OLD's recipe says (a spec's page; a locale's page by the options alone).
        var newCatalog = try UpstreamPage.read(
            new, options: locale == nil ? options.forPage(of: oldCatalog) : options, fetch: fetch, stage: stage).catalog
        if let locale {
            oldCatalog = Locales.view(of: oldCatalog, in: locale)
            newCatalog = Locales.withoutColumns(newCatalog)
        }
        return Result(changes: CatalogDiffer.diff(old: oldCatalog, new: newCatalog, oldPath: old, newPath: new, style: style), new: new)
    }
}
