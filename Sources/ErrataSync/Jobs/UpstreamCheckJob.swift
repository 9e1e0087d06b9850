import ErrataModel
import ErrataReaders
import ErrataRenderers
import ErrataGenerator
import ErrataSpec

/// `errata check --upstream PAGE`: compare a spec with the current documentation page.
///
/// Only what a page can give is compared: the page's catalog is merged into the spec as
/// `errata import` would (`SpecMerge`: hand-edited fields, service, source and error body are
/// the spec's), and the spec is diffed against that. So the check fails exactly when
/// `errata import` would change the spec's codes, modules, messages, descriptions, solutions,
/// statuses, other columns or notes (the other columns' order alone excepted). Severities are
/// those for a library generated in the given Swift style.
///
/// With a locale, the spec as that locale's page shows it (`Locales.view(of:in:)`: translations in
/// place of the base texts, no other columns) is compared with that page in the same way: it fails
/// when the page's codes, modules, messages or statuses differ from the spec's, or its texts from
/// the spec's translations (or, where there is none, from the base text).
public enum UpstreamCheckJob {
    public struct Result: Sendable {
        /// From the spec (old) to the page (new).
        public var changes: CatalogChanges
        /// The page compared with: as given, or the spec's (or its locale's) source.
        public var upstream: String
    }

    /// - Parameters:
    ///   - upstream: the page; nil for the one the spec names as its `source` (with a locale, the
    ///     locale's `source`).
    ///   - stage: where the spec and the page are read, each once.
    public static func run(
        spec: String, upstream: String? = nil, options: DocumentReader.Options = .init(), fetch: UpstreamPage.FetchOptions = .init(),
        style: SwiftStyle = .struct, locale: String? = nil, stage: CatalogStage = CatalogStage()
    ) throws -> Result {
        var specCatalog = try stage.spec(at: spec).catalog
        if let locale { try Locales.checkDeclared(locale, in: specCatalog, path: spec) }
        let upstream = try upstream ?? source(of: specCatalog, path: spec, locale: locale)
        // A locale's page is read by the options alone: the recipe describes the spec's own page.
        var readOptions = locale == nil ? options.forPage(of: specCatalog) : options
        if readOptions.service == nil { readOptions.service = specCatalog.service }
        var page = try UpstreamPage.read(upstream, options: readOptions, fetch: fetch, stage: stage).catalog
        if let locale {
            specCatalog = Locales.view(of: specCatalog, in: locale)
            page = Locales.withoutColumns(page)
        }
        if page.entries.isEmpty {
            throw Diagnostic.error("the page's error table has no codes", at: SourceLocation(path: upstream))
        }
        let merged = SpecMerge.merge(spec: specCatalog, page: page, source: nil)
        return Result(
            changes: CatalogDiffer.diff(old: specCatalog, new: merged, oldPath: spec, newPath: upstream, style: style), upstream: upstream)
    }

    /// The page the spec read from `spec` names as its `source` (with a locale, the locale's
    /// `source`): what `check --upstream`, `diff`, `import` and `dump --spec` read when given no page.
    public static func source(of catalog: Catalog, path spec: String, locale: String? = nil) throws -> String {
        if let locale { return try Locales.source(of: catalog, path: spec, locale: locale) }
        guard let source = catalog.source, !source.isEmpty else {
            throw Diagnostic.error(
                "the spec has no 'source' to compare with; pass --upstream PAGE, or add source: URL to the spec",
                at: SourceLocation(path: spec))
        }
        return SpecSource.location(source, inSpecAt: spec)
    }

    /// The spec `--upstream` applies to: the only spec of the configuration's catalogs (several
    /// catalogs may generate from one spec, e.g. its library in both runtime modes).
    public static func spec(of config: ErrataConfig) throws -> String {
        let specs = Set(config.catalogs.map { config.resolve($0.spec) })
        guard specs.count == 1, let only = specs.first else {
            throw Diagnostic.error(
                "--upstream compares one spec with one page, but the configuration has \(specs.count) specs; pass --spec FILE")
        }
        return only
    }

    /// The Swift style of the library generated from that spec: its first catalog's with a
    /// `swift` output (struct when there is none).
    public static func style(of config: ErrataConfig) -> SwiftStyle {
        guard Set(config.catalogs.map { config.resolve($0.spec) }).count == 1 else { return .struct }
        return config.catalogs.lazy.compactMap(\.swift).first?.style ?? .struct
    }
}
