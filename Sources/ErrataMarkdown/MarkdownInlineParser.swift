/// The one Markdown inline parser: a text (a paragraph, a table cell) to its inline tree, by
/// CommonMark's rules (https://spec.commonmark.org/0.31.2/#inlines): backslash escapes, code
/// spans, emphasis and strong emphasis (delimiter runs, `MarkdownInlineArena`), inline links and
/// images, autolinks, hard line breaks (a backslash before a line break). What the page's
/// Markdown and the catalog's own Markdown read differently is the `MarkdownDialect`: entities,
/// HTML tags and MDX comments.
///
/// One pass over the text's UTF-8; what it looks ahead for is found once for the whole text
/// (`MarkdownClosers`) or within a budget (`MarkdownLinkSyntax`), and markup nests at most
/// `maxDepth` deep, so any input parses in time near linear in its length.
public enum MarkdownInlineParser {
    /// Markup nested deeper than this is kept as text.
    public static let maxDepth = 32

    public static func parse(_ text: String, dialect: MarkdownDialect) -> [MarkdownInlineNode] {
        var text = text
        let special = text.withUTF8 { bytes in bytes.contains { isSpecial($0, dialect) } }
        guard special else { return text.isEmpty ? [] : [.text(text)] }
        var parser = Parser(Array(text.utf8), dialect: dialect)
        return parser.parse()
    }

    /// Whether `byte` may start markup in `dialect`.
    @inline(__always)
    static func isSpecial(_ byte: UInt8, _ dialect: MarkdownDialect) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: "!"):
            true
        case UInt8(ascii: "&"), UInt8(ascii: "{"):
            dialect == .page
        default:
            false
        }
    }
}

/// The state of one parse: the bytes, the pieces so far, and the openers that may still close.
private struct Parser {
    private struct Bracket {
        var position: Int
        var image: Bool
        var active = true
    }

    /// HTML elements a page's Markdown means as markup.
    private static let pageElements: [String: MarkdownInlineArena.Wrap] = [
        "b": .strong, "strong": .strong, "i": .emphasis, "em": .emphasis,
    ]

    private let bytes: [UInt8]
    private let dialect: MarkdownDialect
    private var arena = MarkdownInlineArena(maxDepth: MarkdownInlineParser.maxDepth)
    private let closers: MarkdownClosers
    private var links: MarkdownLinkSyntax
    private var brackets: [Bracket] = []
    /// A page's open `<b>`, `<strong>`, `<i>`, `<em>` elements.
    private var elements: [(position: Int, name: String)] = []
    /// How many elements of each name are open, so that a closing tag of none is dropped at once.
    private var openElements: [String: Int] = [:]
    private var literal: [UInt8] = []

    init(_ bytes: [UInt8], dialect: MarkdownDialect) {
        self.bytes = bytes
        self.dialect = dialect
        closers = MarkdownClosers(bytes)
        links = MarkdownLinkSyntax(bytes)
    }

    mutating func parse() -> [MarkdownInlineNode] {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard MarkdownInlineParser.isSpecial(byte, dialect) else {
                literal.append(byte)
                index += 1
                continue
            }
            index = special(at: index)
        }
        flush()
        while let element = elements.popLast() {
            arena.close(opener: element.position, as: Self.pageElements[element.name] ?? .group, before: "", after: "")
        }
        return arena.finish()
    }

    private mutating func flush() {
        guard !literal.isEmpty else { return }
        arena.append(.node(.text(String(decoding: literal, as: UTF8.self))))
        literal.removeAll(keepingCapacity: true)
    }

    private mutating func append(_ node: MarkdownInlineNode) {
        flush()
        arena.append(.node(node))
    }

    /// Reads the markup starting at `index`; returns the index after it.
    private mutating func special(at index: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\\"):
            if index + 1 < bytes.count, MarkdownBytes.isASCIIPunctuation(bytes[index + 1]) {
                literal.append(bytes[index + 1])
                return index + 2
            }
            if index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                append(.hardBreak)
                return index + 2
            }
            literal.append(byte)
            return index + 1
        case UInt8(ascii: "`"):
            return codeSpan(at: index)
        case UInt8(ascii: "*"), UInt8(ascii: "_"):
            return delimiterRun(at: index)
        case UInt8(ascii: "!"):
            guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") else {
                literal.append(byte)
                return index + 1
            }
            flush()
            brackets.append(Bracket(position: arena.position, image: true))
            arena.append(.opener("!["))
            return index + 2
        case UInt8(ascii: "["):
            flush()
            brackets.append(Bracket(position: arena.position, image: false))
            arena.append(.opener("["))
            return index + 1
        case UInt8(ascii: "]"):
            return closeBracket(at: index)
        case UInt8(ascii: "<"):
            return angle(at: index)
        case UInt8(ascii: "&"):
            if let (decoded, length) = MarkdownEntity.decode(bytes, at: index, end: bytes.count) {
                literal += decoded.utf8
                return index + length
            }
            literal.append(byte)
            return index + 1
        default:
            // `{`: an MDX comment `{/* … */}` is dropped; unclosed, it is text.
            if index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "/"), bytes[index + 2] == UInt8(ascii: "*"),
                let end = closers.commentEnd(from: index + 3)
            {
                flush()
                return end + MarkdownClosers.commentEnd.count
            }
            literal.append(byte)
            return index + 1
        }
    }

    /// A code span when a run of as many backticks closes it; else the run is text, all of it.
    private mutating func codeSpan(at index: Int) -> Int {
        var end = index
        while end < bytes.count, bytes[end] == UInt8(ascii: "`") { end += 1 }
        guard let close = closers.backticks(length: end - index, from: end) else {
            literal += bytes[index..<end]
            return end
        }
        // Line breaks become spaces; one space each side goes when both are there (and not only spaces).
        var content = bytes[end..<close].map { $0 == 0x0A ? 0x20 : $0 }
        if content.count >= 2, content.first == 0x20, content.last == 0x20, content.contains(where: { $0 != 0x20 }) {
            content = Array(content.dropFirst().dropLast())
        }
        append(.code(String(decoding: content, as: UTF8.self)))
        return close + end - index
    }

    /// A `*` or `_` run, with what it can do by CommonMark's flanking rules.
    private mutating func delimiterRun(at index: Int) -> Int {
        flush()
        let character = bytes[index]
        var end = index
        while end < bytes.count, bytes[end] == character { end += 1 }
        let before = MarkdownBytes.scalar(before: index, in: bytes)
        let after = MarkdownBytes.scalar(at: end, in: bytes)
        let beforeSpace = before.map(MarkdownBytes.isWhitespace) ?? true
        let afterSpace = after.map(MarkdownBytes.isWhitespace) ?? true
        let beforePunctuation = before.map(MarkdownBytes.isPunctuation) ?? false
        let afterPunctuation = after.map(MarkdownBytes.isPunctuation) ?? false
        let left = !afterSpace && (!afterPunctuation || beforeSpace || beforePunctuation)
        let right = !beforeSpace && (!beforePunctuation || afterSpace || afterPunctuation)
        let star = character == UInt8(ascii: "*")
        arena.appendRun(
            character, count: end - index,
            canOpen: star ? left : left && (!right || beforePunctuation),
            canClose: star ? right : right && (!left || afterPunctuation))
        return end
    }

    /// At a `]`: a link or image when the last opener is active and a destination follows; its
    /// label's emphasis is processed and a page's elements opened in it close with it.
    private mutating func closeBracket(at index: Int) -> Int {
        flush()
        guard let opener = brackets.popLast() else {
            literal.append(bytes[index])
            return index + 1
        }
        guard opener.active,
            let (range, end) = links.destination(at: index + 1) ?? (dialect == .page ? links.looseDestination(at: index + 1) : nil)
        else {
            literal.append(bytes[index])
            return index + 1
        }
        closeElements(above: opener.position)
        let destination = resolved(range)
        let wrap: MarkdownInlineArena.Wrap = opener.image ? .image(destination) : .link(destination)
        let markup = String(decoding: bytes[index..<end], as: UTF8.self)
        let made = arena.close(opener: opener.position, as: wrap, before: opener.image ? "![" : "[", after: markup)
        if made, !opener.image {
            // No link inside a link: earlier `[` openers can no longer make one (those before an
            // inactive one already are inactive).
            for position in brackets.indices.reversed() where !brackets[position].image {
                if !brackets[position].active { break }
                brackets[position].active = false
            }
        }
        return end
    }

    /// A destination's text: backslash escapes resolved, in the page dialect entities decoded.
    private func resolved(_ range: Range<Int>) -> String {
        var out: [UInt8] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < range.upperBound, MarkdownBytes.isASCIIPunctuation(bytes[index + 1]) {
                out.append(bytes[index + 1])
                index += 2
            } else if byte == UInt8(ascii: "&"), dialect == .page,
                let (decoded, length) = MarkdownEntity.decode(bytes, at: index, end: range.upperBound)
            {
                out += decoded.utf8
                index += length
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `<`: an autolink, an HTML tag (kept, or in the page dialect read or dropped), or text.
    private mutating func angle(at index: Int) -> Int {
        if let (address, end) = links.autolink(at: index) {
            append(.autolink(address))
            return end
        }
        guard let tag = MarkdownHTMLTag.scan(bytes, at: index, end: bytes.count) else {
            literal.append(bytes[index])
            return index + 1
        }
        if dialect == .catalog {
            append(.html(String(decoding: bytes[index..<tag.end], as: UTF8.self)))
            return tag.end
        }
        flush()
        if tag.closing {
            closeElement(named: tag.name)
        } else if tag.name == "code", !tag.selfClosing {
            if let close = closers.codeCloseTag(from: tag.end) {
                append(.code(MarkdownEntity.decodeAll(bytes, tag.end..<close)))
                return close + MarkdownClosers.codeCloseTag.count
            }
        } else if Self.pageElements[tag.name] != nil, !tag.selfClosing {
            elements.append((arena.position, tag.name))
            openElements[tag.name, default: 0] += 1
            arena.append(.opener(""))
        }
        return tag.end
    }

    /// A page's `</b>`, `</i>`…: closes the innermost open element of that name (and the ones
    /// opened inside it); brackets opened inside it stay text. A closing tag of no open element
    /// is dropped.
    private mutating func closeElement(named name: String) {
        guard openElements[name, default: 0] > 0, let position = elements.lastIndex(where: { $0.name == name }) else { return }
        let opener = elements[position].position
        closeElements(above: opener)
        while let last = brackets.last, last.position > opener { brackets.removeLast() }
        elements.removeLast()
        openElements[name, default: 0] -= 1
        arena.close(opener: opener, as: Self.pageElements[name] ?? .group, before: "", after: "")
    }

    /// Closes the open elements after `position` in the line, innermost first.
    private mutating func closeElements(above position: Int) {
        while let last = elements.last, last.position > position {
            elements.removeLast()
            openElements[last.name, default: 0] -= 1
            arena.close(opener: last.position, as: Self.pageElements[last.name] ?? .group, before: "", after: "")
        }
    }
}
