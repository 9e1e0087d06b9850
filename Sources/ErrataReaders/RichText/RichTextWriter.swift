import ErrataMarkdown

/// Writes `RichBlock`s as plain text and canonical Markdown: the one serializer of every reader.
///
/// Plain text: markup removed, whitespace runs (Unicode White_Space, so no-break and ideographic
/// spaces too) folded to one space and trimmed, paragraphs and list items separated by a blank
/// line (`Cell.text`'s paragraph rule). Markdown: literal text escaped with `MarkdownText.escape`, `**strong**`,
/// `*emphasis*`, code spans fenced longer than any backtick run inside, `[text](destination)`
/// with the destination escaped (`MarkdownInlineForms.linkDestination`); lists as `- item` /
/// `N. item` lines, items of one list on consecutive lines, a nested list or a further paragraph of
/// an item indented by the item's marker width; other blocks separated by a blank line.
///
/// Markup is written only around text: an empty `**` pair or link is dropped, and whitespace at
/// the edges of markup moves outside it (`a **b** c`, never `a** b **c`). Markdown cannot show
/// markup inside a code span or a link inside a link, so those are written as their text; inline
/// markup nested deeper than `maxInlineDepth` likewise.
enum RichTextWriter {
    /// Inline markup nested deeper than this is written as text only.
    static let maxInlineDepth = 32

    static func write(_ blocks: [RichBlock]) -> (text: String, markdown: String) {
        // The common cell: one paragraph.
        if blocks.count == 1, case .paragraph(let inlines) = blocks[0] {
            return write(inlines)
        }
        let written = writeBlocks(blocks, inItem: false)
        let text = String(decoding: written.text, as: UTF8.self)
        if written.text == written.markdown { return (text, text) }
        return (text, String(decoding: written.markdown, as: UTF8.self))
    }

    static func write(_ inlines: [RichInline]) -> (text: String, markdown: String) {
        var writer = InlineWriter()
        writer.write(inlines, depth: 0)
        let (textBytes, markdownBytes) = writer.finish()
        let text = String(decoding: textBytes, as: UTF8.self)
        if textBytes == markdownBytes { return (text, text) }
        return (text, String(decoding: markdownBytes, as: UTF8.self))
    }

    private struct Written {
        var text: [UInt8] = []
        var markdown: [UInt8] = []
        var isList = false
    }

    /// The blocks' text and Markdown; empty blocks are left out. In an item, a nested list follows
    /// its paragraph on the next line of the Markdown.
    private static func writeBlocks(_ blocks: [RichBlock], inItem: Bool) -> (text: [UInt8], markdown: [UInt8]) {
        var out = Written()
        var first = true
        for block in blocks {
            let part: Written
            switch block {
            case .paragraph(let inlines):
                var writer = InlineWriter()
                writer.write(inlines, depth: 0)
                let (text, markdown) = writer.finish()
                part = Written(text: text, markdown: markdown)
            case .list(let ordered, let start, let items):
                part = writeList(ordered: ordered, start: start, items: items)
            }
            if part.text.isEmpty { continue }
            if !first {
                out.text.append(contentsOf: [0x0A, 0x0A])
                out.markdown.append(contentsOf: inItem && part.isList ? [0x0A] : [0x0A, 0x0A])
            }
            first = false
            out.text += part.text
            out.markdown += part.markdown
        }
        return (out.text, out.markdown)
    }

    private static func writeList(ordered: Bool, start: Int, items: [[RichBlock]]) -> Written {
        var out = Written(isList: true)
        var number = start
        for item in items {
            let (text, markdown) = writeBlocks(item, inItem: true)
            if text.isEmpty { continue }
            let marker = Array((ordered ? "\(number). " : "- ").utf8)
            number += 1
            if !out.text.isEmpty {
                out.text.append(contentsOf: [0x0A, 0x0A])
                out.markdown.append(0x0A)
            }
            out.text += text
            out.markdown += marker
            // Lines after the first belong to the item: indent them by the marker's width
            // (blank lines stay empty).
            var lineStart = true
            var firstLine = true
            for byte in markdown {
                if byte == 0x0A {
                    out.markdown.append(byte)
                    lineStart = true
                    firstLine = false
                    continue
                }
                if lineStart, !firstLine { out.markdown.append(contentsOf: repeatElement(0x20, count: marker.count)) }
                lineStart = false
                out.markdown.append(byte)
            }
        }
        return out
    }
}

/// Writes one paragraph's inlines, text and Markdown at once, on UTF-8 bytes.
private struct InlineWriter {
    private enum Kind {
        case strong, emphasis, code
        case link(url: String)
    }

    private struct Frame {
        var kind: Kind
        /// The opening marker has been written (text followed it).
        var emitted = false
        /// Markup Markdown cannot show here; its content is written as text.
        var suppressed: Bool
    }

    private var text: [UInt8] = []
    private var markdown: [UInt8] = []
    /// Literal text not yet escaped into `markdown`.
    private var run: [UInt8] = []
    /// Content of the code span being written, kept literally.
    private var codeText: [UInt8] = []
    private var inCodeSpan = false
    private var pendingSpace = false
    private var pendingOpeners = 0
    private var frames: [Frame] = []
    private var openCodeFrames = 0
    private var openLinkFrames = 0

    mutating func write(_ inlines: [RichInline], depth: Int) {
        for inline in inlines {
            switch inline {
            case .text(let literal):
                appendText(literal)
            case .code(let code):
                open(.code, depth: depth)
                appendText(code)
                close()
            case .strong(let children):
                open(.strong, depth: depth)
                write(children, depth: depth + 1)
                close()
            case .emphasis(let children):
                open(.emphasis, depth: depth)
                write(children, depth: depth + 1)
                close()
            case .link(let children, let url):
                open(.link(url: url), depth: depth)
                write(children, depth: depth + 1)
                close()
            }
        }
    }

    mutating func finish() -> (text: [UInt8], markdown: [UInt8]) {
        while !frames.isEmpty { close() }
        flushRun()
        return (text, markdown)
    }

    // MARK: Text

    private mutating func appendText(_ literal: String) {
        var literal = literal
        literal.withUTF8 { append(bytes: $0) }
    }

    private mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        var index = 0
        while index < count {
            // Whitespace before the next piece of text folds to one pending space.
            var sawSpace = false
            while index < count {
                let width = Self.spaceWidth(bytes, index)
                if width == 0 { break }
                sawSpace = true
                index += width
            }
            if sawSpace, !text.isEmpty { pendingSpace = true }
            guard index < count else { break }
            // Text up to the next whitespace that is not a single ASCII space between two
            // characters, copied in one piece.
            let pieceStart = index
            while index < count {
                if bytes[index] == 0x20, index + 1 < count, Self.spaceWidth(bytes, index + 1) == 0 {
                    index += 1
                } else if Self.spaceWidth(bytes, index) == 0 {
                    index += 1
                } else {
                    break
                }
            }
            if pendingSpace || pendingOpeners > 0 { writePrefix() }
            let piece = UnsafeBufferPointer(rebasing: bytes[pieceStart..<index])
            text.append(contentsOf: piece)
            if inCodeSpan { codeText.append(contentsOf: piece) } else { run.append(contentsOf: piece) }
        }
    }

    /// Width in bytes of the White_Space character at `index`, or 0 when it is not one.
    @inline(__always)
    private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return (0x09...0x0D).contains(byte) || byte == 0x20 ? 1 : 0 }
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        switch byte {
        case 0xC2:
            // U+0085, U+00A0
            return next == 0x85 || next == 0xA0 ? 2 : 0
        case 0xE1:
            // U+1680
            return next == 0x9A && index + 2 < bytes.count && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard index + 2 < bytes.count else { return 0 }
            let last = bytes[index + 2]
            if next == 0x80 {
                // U+2000–U+200A, U+2028, U+2029, U+202F
                return (0x80...0x8A).contains(last) || last == 0xA8 || last == 0xA9 || last == 0xAF ? 3 : 0
            }
            // U+205F
            return next == 0x81 && last == 0x9F ? 3 : 0
        case 0xE3:
            // U+3000
            return next == 0x80 && index + 2 < bytes.count && bytes[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }

    // MARK: Markup

    private mutating func open(_ kind: Kind, depth: Int) {
        var suppressed = openCodeFrames > 0 || depth >= RichTextWriter.maxInlineDepth
        if case .link(let url) = kind {
            suppressed = suppressed || url.isEmpty || openLinkFrames > 0
        }
        frames.append(Frame(kind: kind, suppressed: suppressed))
        guard !suppressed else { return }
        pendingOpeners += 1
        if case .code = kind { openCodeFrames += 1 }
        if case .link = kind { openLinkFrames += 1 }
    }

    private mutating func close() {
        let frame = frames.removeLast()
        if frame.suppressed { return }
        if case .code = frame.kind { openCodeFrames -= 1 }
        if case .link = frame.kind { openLinkFrames -= 1 }
        if frame.emitted {
            writeCloser(frame.kind)
        } else {
            pendingOpeners -= 1
        }
    }

    /// Writes what must precede the next character: a pending space, then pending opening markers.
    private mutating func writePrefix() {
        if pendingSpace {
            pendingSpace = false
            text.append(0x20)
            if inCodeSpan { codeText.append(0x20) } else { run.append(0x20) }
        }
        guard pendingOpeners > 0 else { return }
        for index in frames.indices where !frames[index].suppressed && !frames[index].emitted {
            frames[index].emitted = true
            pendingOpeners -= 1
            writeOpener(frames[index].kind)
        }
    }

    private mutating func writeOpener(_ kind: Kind) {
        flushRun()
        switch kind {
        case .strong: markdown.append(contentsOf: [0x2A, 0x2A])
        case .emphasis: markdown.append(0x2A)
        case .link: markdown.append(UInt8(ascii: "["))
        case .code:
            inCodeSpan = true
            codeText.removeAll(keepingCapacity: true)
        }
    }

    private mutating func writeCloser(_ kind: Kind) {
        switch kind {
        case .strong:
            flushRun()
            markdown.append(contentsOf: [0x2A, 0x2A])
        case .emphasis:
            flushRun()
            markdown.append(0x2A)
        case .link(let url):
            flushRun()
            markdown.append(contentsOf: "](".utf8)
            markdown.append(contentsOf: MarkdownInlineForms.linkDestination(url).utf8)
            markdown.append(UInt8(ascii: ")"))
        case .code:
            inCodeSpan = false
            markdown.append(contentsOf: MarkdownInlineForms.codeSpan(codeText))
            codeText.removeAll(keepingCapacity: true)
        }
    }

    private mutating func flushRun() {
        guard !run.isEmpty else { return }
        MarkdownRun.append(escaping: run, atLineStart: markdown.isEmpty, to: &markdown)
        run.removeAll(keepingCapacity: true)
    }
}
