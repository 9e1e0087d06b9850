/// The documentation formats Errata reads.
public enum InputFormat: String, CaseIterable, Sendable {
    /// An Errata YAML spec.
    case spec
    /// An HTML page or fragment.
    case html
    /// The page's text rendering: a cell ends at each `|`.
    case text
    /// Markdown and MDX: GitHub-flavoured pipe tables, YFM tables and raw HTML tables.
    case markdown
    /// reStructuredText grid tables and list-tables.
    case rst
    /// AsciiDoc (Asciidoctor, Antora): `|===` tables, definition lists, a section per error.
    case asciidoc
}
