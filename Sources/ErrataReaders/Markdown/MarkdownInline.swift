import ErrataMarkdown

/// A page's Markdown inline text (a cell, a name, a description line) as the rich-text engine's
/// inlines: `MarkdownInlineParser` reads it in the page dialect (entities decoded, `<b>`, `<i>`,
/// `<code>`… read, other tags and MDX comments dropped), and its tree maps onto `RichInline`.
/// An image stands for its alternative text; an autolink is a link showing its address.
enum MarkdownInline {
    /// Inline markup nested deeper than this is kept as text.
    static let maxDepth = MarkdownInlineParser.maxDepth

    static func parse(_ text: String) -> [RichInline] {
        rich(MarkdownInlineParser.parse(text, dialect: .page))
    }

    private static func rich(_ nodes: [MarkdownInlineNode]) -> [RichInline] {
        var out: [RichInline] = []
        func append(_ text: String) {
            if case .text(let previous) = out.last {
                out[out.count - 1] = .text(previous + text)
            } else {
                out.append(.text(text))
            }
        }
        for node in nodes {
            switch node {
            case .text(let text), .html(let text): append(text)
            case .hardBreak: append("\n")
            case .code(let code): out.append(.code(code))
            case .emphasis(let children): out.append(.emphasis(rich(children)))
            case .strong(let children): out.append(.strong(rich(children)))
            case .link(let children, let destination): out.append(.link(rich(children), url: destination))
            case .autolink(let address): out.append(.link([.text(address)], url: address))
            case .image(let children, _):
                for inline in rich(children) {
                    if case .text(let text) = inline { append(text) } else { out.append(inline) }
                }
            }
        }
        return out
    }
}
