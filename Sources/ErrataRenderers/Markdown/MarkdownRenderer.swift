import ErrataModel

/// Renders the catalog as Markdown pages a person reads: `<baseName>.md`, and for a catalog with
/// locales one page per locale, `<baseName>.<tag>.md` (`huawei-ocr.zh-Hans.md`), in the order of
/// `Catalog.locales`.
///
/// A page holds the title, a generated-file notice (an HTML comment naming the spec, no timestamp),
/// for a catalog with locales a line naming the page's language and linking the other languages'
/// pages, the source link, the error-body format with a JSON example, a contents list, then one
/// section per module — a summary table (Code | Message | HTTP status) and a subsection per code with
/// an explicit anchor (see `MarkdownAnchors`) — then "Other codes" for entries without a module, then
/// the notes. A locale's page shows `Catalog.localized(to:)` (descriptions, solutions, module names
/// and notes in that language where translated, in the base language elsewhere) with the base page's
/// anchors; the renderer's own words stay English. A catalog without locales gives the base page alone.
///
/// No text in the catalog can change the page's structure; `MarkdownEscaping` says how. Table cells put
/// every line break as a single space. The same catalog always gives the same bytes (LF, trailing newline).
public enum MarkdownRenderer {
    /// - Throws: `Diagnostic` when the base name is not one file name, or the error body's two field
    ///   names are equal. Each locale's tag, which names its page, was checked by the validator
    ///   (a BCP 47 tag, listed once).
    public static func render(_ validated: ValidatedCatalog, options: MarkdownRenderOptions) throws -> [RenderedFile] {
        try OutputBaseName.check(options.baseName)
        let catalog = validated.catalog
        let locales: [String?] = [nil] + catalog.locales.map(\.tag)
        return try locales.map { locale in
            let lines = try MarkdownPage(catalog: catalog, locale: locale, options: options).lines()
            return RenderedFile(path: pageName(baseName: options.baseName, locale: locale), contents: lines.joined(separator: "\n") + "\n")
        }
    }

    /// The file name of the page in `locale`, or in the base language when nil: `huawei-ocr.md`,
    /// `huawei-ocr.zh-Hans.md`.
    public static func pageName(baseName: String, locale: String?) -> String {
        guard let locale else { return "\(baseName).md" }
        return "\(baseName).\(locale).md"
    }
}
