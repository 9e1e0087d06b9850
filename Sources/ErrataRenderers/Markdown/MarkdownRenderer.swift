import ErrataModel

/// Renders the catalog as one Markdown page a person reads: `<baseName>.md`.
///
/// The page holds the title, a generated-file notice (an HTML comment naming the spec, no timestamp),
/// the source link, the error-body format with a JSON example, a contents list, then one section per
/// module — a summary table (Code | Message | HTTP status) and a subsection per code with an explicit
/// anchor (see `MarkdownAnchors`) — then "Other codes" for entries without a module, then the notes.
///
/// No text in the catalog can change the page's structure; `MarkdownEscaping` says how. Table cells put
/// every line break as a single space. The same catalog always gives the same bytes (LF, trailing newline).
public enum MarkdownRenderer {
    /// - Throws: `Diagnostic` when the base name is not one file name or the error body's two field
    ///   names are equal.
    public static func render(_ catalog: Catalog, options: MarkdownRenderOptions) throws -> [RenderedFile] {
        try OutputBaseName.check(options.baseName)
        let lines = try MarkdownPage(catalog: catalog, options: options).lines()
        return [RenderedFile(path: "\(options.baseName).md", contents: lines.joined(separator: "\n") + "\n")]
    }
}
