/// The documentation formats Errata reads.
public enum InputFormat: String, CaseIterable, Sendable {
    /// An Errata YAML spec.
    case spec
    /// An HTML page or fragment (also Markdown files that wrap raw HTML tables).
    case html
    /// The page's text rendering: a cell ends at each `|`.
    case text
    /// GitHub-flavoured Markdown pipe tables.
    case markdown
    /// reStructuredText grid tables and list-tables.
    case rst
    /// AsciiDoc (Asciidoctor, Antora): `|===` tables, definition lists, a section per error.
    case asciidoc
}
