/// One node of Markdown inline content as `MarkdownInlineParser` reads it: the one inline tree
/// both the page readers (to the rich-text engine) and the plain-text renderer (to the generated
/// library's texts) start from.
public indirect enum MarkdownInlineNode: Hashable, Sendable {
    /// Literal text: backslash escapes resolved; in the page dialect entities decoded.
    case text(String)
    /// A code span's content (or, in the page dialect, an HTML `<code>` element's).
    case code(String)
    case emphasis([MarkdownInlineNode])
    case strong([MarkdownInlineNode])
    /// `[label](destination)`; the destination with its backslash escapes resolved.
    case link([MarkdownInlineNode], destination: String)
    /// `![label](destination)`; the label is the image's alternative text.
    case image([MarkdownInlineNode], destination: String)
    /// `<scheme:address>`: the address.
    case autolink(String)
    /// A backslash at the end of a line.
    case hardBreak
    /// A raw HTML tag as written (the catalog dialect keeps every tag).
    case html(String)
}

/// Which Markdown `MarkdownInlineParser` reads: what differs between a documentation page and
/// the catalog's own Markdown. Everything else (code spans, emphasis, links, escapes) is read
/// the same way, by CommonMark's rules.
public enum MarkdownDialect: Sendable {
    /// A documentation page's Markdown or MDX cell: entities decoded; `<b>`, `<strong>`, `<i>`,
    /// `<em>` read as strong and emphasis and `<code>…</code>` as code; any other tag (MDX's JSX
    /// components included) and MDX comments `{/* … */}` dropped, their text kept; a link's
    /// parentheses may hold what CommonMark's destination does not (a template variable with
    /// spaces, `({{ link-console }})`), the destination then being their first word.
    case page
    /// The catalog's own Markdown (docs/catalog-json.md) and what a spec's author writes: HTML
    /// tags and entities are kept as written.
    case catalog
}
