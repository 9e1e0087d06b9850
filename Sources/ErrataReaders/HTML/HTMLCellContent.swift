/// Turns the content of one cell (or caption, or heading), streamed as parser events, into
/// plain text and canonical Markdown.
///
/// Whitespace runs fold to one space and are trimmed; non-breaking spaces are ordinary spaces.
/// Paragraphs (`<p>`, `<div>`, `<br>`, list items, …) are separated by a blank line in both
/// forms. In Markdown, list items become `- item` / `1. item` lines joined by a single line
/// break, `<strong>`/`<b>` become `**x**`, `<em>`/`<i>` `*x*`, `<code>` a code span and
/// `<a href>` a link; literal text goes through `MarkdownText.escape`.
final class HTMLCellContent {
    /// Inline markup that has a Markdown form.
    enum InlineKind {
        case strong, emphasis, code
        /// A link; `href` is nil when the anchor is not a real link (no href, or a same-page `#anchor`).
        case link(href: String?)
    }

    private struct Frame {
        var id: Int
        var kind: InlineKind
        /// The opening marker has been written to the current paragraph.
        var emitted = false
        /// Markup nested where Markdown cannot show it (inside a code span or a link); kept as text.
        var suppressed: Bool
    }

    private struct ListLevel {
        var id: Int
        var ordered: Bool
        var nextNumber: Int
        /// Width of the marker of the level's current item ("- " is 2, "10. " is 4).
        var markerWidth = 2
    }

    private struct ListItem {
        var marker: String
        var indent: Int
        var rootList: Int
    }

    private struct Paragraph {
        var text: [UInt8]
        var markdown: [UInt8]
        var item: ListItem?
    }

    /// Inline markup nested deeper than this is kept as text only.
    static let maxInlineDepth = 32

    /// Bytes of text received so far, before folding; the reader compares it with its limit.
    private(set) var receivedBytes = 0
    /// Text beyond this many received bytes is ignored (used for headings kept as captions).
    private let keepLimit: Int

    private var paragraphs: [Paragraph] = []
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
    /// Open code spans and links that are shown (markup inside them is kept as text only).
    private var openCodeFrames = 0
    private var openLinkFrames = 0
    private var lists: [ListLevel] = []
    private var currentItem: ListItem?
    private var nextListID = 0

    init(keepLimit: Int = .max) {
        self.keepLimit = keepLimit
    }

    // MARK: Events

    /// Character data as the parser delivers it (UTF-8, whole characters).
    func appendText(_ bytes: UnsafeBufferPointer<UInt8>) {
        let start = receivedBytes
        receivedBytes += bytes.count
        guard start < keepLimit else { return }
        let count = bytes.count
        var index = 0
        while index < count {
            // Whitespace (and non-breaking spaces) before the next piece of text fold to one pending space.
            var sawSpace = false
            while index < count {
                let width = HTMLCellContent.spaceWidth(bytes, index)
                if width == 0 { break }
                sawSpace = true
                index += width
            }
            if sawSpace, !text.isEmpty { pendingSpace = true }
            guard index < count else { break }
            // Text up to the next whitespace that is not a single ASCII space between two characters:
            // it is copied as it stands, in one piece.
            let pieceStart = index
            while index < count {
                let width = HTMLCellContent.spaceWidth(bytes, index)
                if width == 0 {
                    index += 1
                } else if bytes[index] == 0x20, index + 1 < count, HTMLCellContent.spaceWidth(bytes, index + 1) == 0 {
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

    /// Width of the whitespace character at `index` (ASCII whitespace or U+00A0), or 0 when it is not one.
    @inline(__always)
    private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        switch bytes[index] {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C: return 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: return 2
        default: return 0
        }
    }

    /// A space between two pieces of text (e.g. between the cells of a nested table).
    func softSpace() {
        if !text.isEmpty { pendingSpace = true }
    }

    /// Ends the current paragraph; the next text starts a new one.
    func paragraphBreak() {
        finishParagraph()
    }

    func openInline(_ kind: InlineKind, id: Int) {
        var suppressed = openCodeFrames > 0 || frames.count >= HTMLCellContent.maxInlineDepth
        if case .link(let href) = kind {
            suppressed = suppressed || href == nil || openLinkFrames > 0
        }
        frames.append(Frame(id: id, kind: kind, suppressed: suppressed))
        guard !suppressed else { return }
        pendingOpeners += 1
        if kind.isCode { openCodeFrames += 1 }
        if kind.isLink { openLinkFrames += 1 }
    }

    func closeInline(id: Int) {
        guard let position = frames.lastIndex(where: { $0.id == id }) else { return }
        while frames.count > position {
            let frame = frames.removeLast()
            if frame.suppressed { continue }
            if frame.kind.isCode { openCodeFrames -= 1 }
            if frame.kind.isLink { openLinkFrames -= 1 }
            if frame.emitted {
                writeCloser(frame.kind)
            } else {
                pendingOpeners -= 1
            }
        }
    }

    func openList(ordered: Bool, start: Int) {
        finishParagraph()
        let id = lists.first?.id ?? nextListID
        if lists.isEmpty { nextListID += 1 }
        lists.append(ListLevel(id: id, ordered: ordered, nextNumber: start))
    }

    func closeList() {
        finishParagraph()
        if !lists.isEmpty { lists.removeLast() }
    }

    func openListItem() {
        finishParagraph()
        if lists.isEmpty { openList(ordered: false, start: 1) }
        let level = lists.count - 1
        let marker: String
        if lists[level].ordered {
            marker = "\(lists[level].nextNumber). "
            lists[level].nextNumber += 1
        } else {
            marker = "- "
        }
        lists[level].markerWidth = marker.utf8.count
        let indent = lists[..<level].reduce(0) { $0 + $1.markerWidth }
        currentItem = ListItem(marker: marker, indent: indent, rootList: lists[0].id)
    }

    func closeListItem() {
        finishParagraph()
    }

    /// The content as (plain text, Markdown).
    func finish() -> (text: String, markdown: String) {
        finishParagraph()
        var textBytes: [UInt8] = []
        var markdownBytes: [UInt8] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 {
                textBytes.append(contentsOf: [0x0A, 0x0A])
                let previous = paragraphs[index - 1].item
                if let previous, let item = paragraph.item, previous.rootList == item.rootList {
                    markdownBytes.append(0x0A)
                } else {
                    markdownBytes.append(contentsOf: [0x0A, 0x0A])
                }
            }
            textBytes.append(contentsOf: paragraph.text)
            if let item = paragraph.item {
                markdownBytes.append(contentsOf: repeatElement(0x20, count: item.indent))
                markdownBytes.append(contentsOf: item.marker.utf8)
            }
            markdownBytes.append(contentsOf: paragraph.markdown)
        }
        let text = String(decoding: textBytes, as: UTF8.self)
        if textBytes == markdownBytes { return (text, text) }
        return (text, String(decoding: markdownBytes, as: UTF8.self))
    }

    // MARK: Writing

    /// Writes what must precede the next character: a pending space, then pending opening markers.
    private func writePrefix() {
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

    private func writeOpener(_ kind: InlineKind) {
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

    private func writeCloser(_ kind: InlineKind) {
        switch kind {
        case .strong:
            flushRun()
            markdown.append(contentsOf: [0x2A, 0x2A])
        case .emphasis:
            flushRun()
            markdown.append(0x2A)
        case .link(let href):
            flushRun()
            markdown.append(contentsOf: "](".utf8)
            markdown.append(contentsOf: MarkdownInlineForms.linkDestination(href ?? "").utf8)
            markdown.append(UInt8(ascii: ")"))
        case .code:
            inCodeSpan = false
            markdown.append(contentsOf: MarkdownInlineForms.codeSpan(codeText))
            codeText.removeAll(keepingCapacity: true)
        }
    }

    private func flushRun() {
        guard !run.isEmpty else { return }
        MarkdownRun.append(escaping: run, atLineStart: markdown.isEmpty, to: &markdown)
        run.removeAll(keepingCapacity: true)
    }

    private func finishParagraph() {
        pendingSpace = false
        guard !text.isEmpty else {
            // Nothing was written: markers opened in this paragraph are pending again.
            return
        }
        for index in frames.indices.reversed() where frames[index].emitted {
            writeCloser(frames[index].kind)
            frames[index].emitted = false
            pendingOpeners += 1
        }
        flushRun()
        paragraphs.append(Paragraph(text: text, markdown: markdown, item: currentItem))
        currentItem = nil
        text.removeAll(keepingCapacity: true)
        markdown.removeAll(keepingCapacity: true)
    }
}

extension HTMLCellContent.InlineKind {
    var isCode: Bool { if case .code = self { true } else { false } }
    var isLink: Bool { if case .link = self { true } else { false } }
}
