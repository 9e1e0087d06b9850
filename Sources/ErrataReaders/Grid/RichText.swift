import ErrataModel

/// Inline content of a table cell as a reader parsed it, before it becomes a `Cell`.
///
/// Readers of marked-up formats (Markdown, RST, the text rendering) build cells from this
/// model so that the same content gives the same `Cell.text` and `Cell.markdown` whatever
/// the source format.
indirect enum RichInline: Hashable, Sendable {
    /// Literal text; whitespace is folded when rendered.
    case text(String)
    /// Inline code, shown verbatim.
    case code(String)
    case strong([RichInline])
    case emphasis([RichInline])
    case link([RichInline], url: String)
}

/// A block of a cell: a paragraph or a list whose items are single paragraphs.
enum RichBlock: Hashable, Sendable {
    case paragraph([RichInline])
    case list(ordered: Bool, items: [[RichInline]])
}

/// Turns parsed cell content into a `Cell`.
///
/// `text`: markup removed, whitespace runs folded, blocks separated by "\n\n", list items one
/// per line. `markdown`: literal text escaped with `MarkdownText.escape`, `**strong**`, `*em*`,
/// `` `code` ``, `[text](url)`, lists as `- item` / `1. item` lines.
enum RichText {
    static func cell(_ blocks: [RichBlock], location: SourceLocation? = nil) -> Cell {
        var texts: [String] = []
        var markdowns: [String] = []
        for block in blocks {
            switch block {
            case .paragraph(let inlines):
                let rendered = render(inlines)
                if rendered.text.isEmpty { continue }
                texts.append(rendered.text)
                markdowns.append(rendered.markdown)
            case .list(let ordered, let items):
                let rendered = items.map(render).filter { !$0.text.isEmpty }
                if rendered.isEmpty { continue }
                texts.append(rendered.map(\.text).joined(separator: "\n"))
                markdowns.append(rendered.enumerated().map { index, item in
                    (ordered ? "\(index + 1). " : "- ") + item.markdown
                }.joined(separator: "\n"))
            }
        }
        return Cell(text: texts.joined(separator: "\n\n"), markdown: markdowns.joined(separator: "\n\n"), location: location)
    }

    /// A cell of plain paragraphs (no markup): each string is one paragraph.
    static func plainCell(paragraphs: [String], location: SourceLocation? = nil) -> Cell {
        cell(paragraphs.map { .paragraph([.text($0)]) }, location: location)
    }

    /// Plain text and Markdown of one paragraph.
    static func render(_ inlines: [RichInline]) -> (text: String, markdown: String) {
        var skeleton = Skeleton()
        skeleton.append(inlines)
        return skeleton.finish()
    }

    /// Folds whitespace runs (including newlines and no-break spaces) to one space and trims.
    static func fold(_ text: String) -> String {
        if let folded = foldASCII(text) { return folded }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for char in text {
            if char.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(char)
            }
        }
        return out
    }

    /// `fold` for ASCII text, on bytes; nil when the text is not all ASCII.
    private static func foldASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if isASCIIWhitespace(byte) {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(0x20) }
                    pendingSpace = false
                    out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether any character is whitespace (`Character.isWhitespace`), on bytes for ASCII text.
    static func containsWhitespace(_ text: String) -> Bool {
        var text = text
        let ascii = text.withUTF8 { bytes -> Bool? in
            for byte in bytes {
                // An ASCII whitespace byte is a whitespace Character (alone, or first of CR LF or of
                // a space with combining marks); non-ASCII before it needs the Character rules.
                if byte >= 0x80 { return nil }
                if isASCIIWhitespace(byte) { return true }
            }
            return false
        }
        return ascii ?? text.contains(where: \.isWhitespace)
    }

    /// Tab, LF, VT, FF, CR and space: the ASCII characters `Character.isWhitespace` accepts.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        (0x09...0x0D).contains(byte) || byte == 0x20
    }
}

/// Builds a paragraph's plain text and its Markdown in one pass.
///
/// Markup (delimiters, code spans, link targets) is stood in for by private-use characters
/// so the literal text can be escaped as a whole line, then the markup is put back.
private struct Skeleton {
    private var plain = ""
    private var skeleton = ""
    private var tokens: [String] = []
    /// Leading whitespace is dropped at the start of a paragraph, kept inside markup.
    private var atStart = true
    private static let tokenBase: UInt32 = 0xF0000

    mutating func append(_ inlines: [RichInline]) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                appendLiteral(text)
            case .code(let code):
                let content = RichText.fold(code)
                if content.isEmpty { continue }
                plain += content
                appendToken(Self.codeSpan(content))
            case .strong(let children):
                wrap(children, open: "**", close: "**")
            case .emphasis(let children):
                wrap(children, open: "*", close: "*")
            case .link(let children, let url):
                if url.isEmpty { append(children); continue }
                wrap(children, open: "[", close: "](\(url))")
            }
        }
    }

    /// Whitespace is moved outside the delimiters so `** b **` never happens.
    private mutating func wrap(_ children: [RichInline], open: String, close: String) {
        var inner = Skeleton()
        inner.tokens = tokens
        inner.atStart = false
        inner.append(children)
        tokens = inner.tokens
        let text = inner.plain
        let leading = text.first?.isWhitespace == true
        let trailing = text.last?.isWhitespace == true
        let body = inner.skeleton.trimmedForCell()
        guard !body.isEmpty else {
            if leading || trailing { appendLiteral(" ") }
            return
        }
        if leading { appendLiteral(" ") }
        plain += text.trimmedForCell()
        appendToken(open)
        skeleton += body
        appendToken(close)
        if trailing { appendLiteral(" ") }
    }

    private mutating func appendLiteral(_ text: String) {
        for char in text {
            if char.isWhitespace {
                if plain.last == " " || (plain.isEmpty && atStart) { continue }
                plain.append(" ")
                skeleton.append(" ")
            } else {
                plain.append(char)
                skeleton.append(char)
            }
        }
    }

    private mutating func appendToken(_ markup: String) {
        let scalar = Unicode.Scalar(Self.tokenBase + UInt32(tokens.count))!
        tokens.append(markup)
        skeleton.unicodeScalars.append(scalar)
    }

    func finish() -> (text: String, markdown: String) {
        let escaped = MarkdownText.escape(skeleton.trimmedForCell())
        var markdown = ""
        for scalar in escaped.unicodeScalars {
            let value = scalar.value
            if value >= Self.tokenBase, value < Self.tokenBase + UInt32(tokens.count) {
                markdown += tokens[Int(value - Self.tokenBase)]
            } else {
                markdown.unicodeScalars.append(scalar)
            }
        }
        return (plain.trimmedForCell(), markdown)
    }

    /// A code span whose fence is longer than any backtick run inside it.
    private static func codeSpan(_ content: String) -> String {
        var longest = 0
        var run = 0
        for char in content {
            run = char == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = content.hasPrefix("`") || content.hasSuffix("`") ? " " : ""
        return fence + pad + content + pad + fence
    }
}

extension String {
    /// The string without leading and trailing whitespace (no Foundation needed).
    func trimmedForCell() -> String {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
              let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[start...end])
    }
}
