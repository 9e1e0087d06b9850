/// Rich content as every reader parses it (a table cell, a caption, a heading, an error list's
/// description), before `RichText` writes it as plain text and Markdown.
///
/// HTML, Markdown, RST and the text rendering all build this one structure, and one writer
/// (`RichTextWriter`) turns it into `Cell.text` and `Cell.markdown`, so the same content gives
/// the same text and Markdown whatever the source format.
indirect enum RichInline: Hashable, Sendable {
    /// Literal text; whitespace runs are folded when written.
    case text(String)
    /// Inline code, shown verbatim (whitespace folded).
    case code(String)
    case strong([RichInline])
    case emphasis([RichInline])
    /// A link; an empty `url` (no target, a same-page anchor) writes the children alone.
    case link([RichInline], url: String)
}

/// A block: a paragraph, or a list whose items hold blocks of their own (paragraphs, nested lists).
indirect enum RichBlock: Hashable, Sendable {
    case paragraph([RichInline])
    /// `start` is the number of an ordered list's first item.
    case list(ordered: Bool, start: Int, items: [[RichBlock]])

    /// A list whose items are one paragraph each, numbered from 1 when ordered.
    static func simpleList(ordered: Bool, items: [[RichInline]]) -> RichBlock {
        .list(ordered: ordered, start: 1, items: items.map { [.paragraph($0)] })
    }
}
