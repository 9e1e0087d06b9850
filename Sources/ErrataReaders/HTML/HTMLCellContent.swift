/// Builds the content of one cell (or caption, or heading), streamed as parser events, into the
/// readers' rich-content structure (`RichBlock`), which `RichTextWriter` writes as plain text and
/// canonical Markdown like every other reader's.
///
/// `<p>`, `<div>`, `<br>`, … end a paragraph; lists and list items nest; `<strong>`/`<b>`,
/// `<em>`/`<i>`, `<code>` and `<a href>` are inline markup. Markup open across a paragraph break
/// continues in the next paragraph. Inline markup nested deeper than `maxInlineDepth`, markup
/// inside a code span and a link inside a link are kept as their text.
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
        /// The markup is not built (too deep, inside code, a link in a link, no target): its
        /// content goes to the frame below.
        var suppressed: Bool
        var children: [RichInline] = []
    }

    private struct ListLevel {
        var ordered: Bool
        var start: Int
        var items: [[RichBlock]] = []
        var item: [RichBlock]?
    }

    /// Inline markup nested deeper than this is kept as text only.
    static let maxInlineDepth = RichTextWriter.maxInlineDepth

    /// Bytes of text received so far; the reader compares it with its limit.
    private(set) var receivedBytes = 0
    /// Text beyond this many received bytes is ignored (used for headings kept as captions).
    private let keepLimit: Int

    private var blocks: [RichBlock] = []
    private var lists: [ListLevel] = []
    /// The current paragraph's inlines outside any markup.
    private var inlines: [RichInline] = []
    private var frames: [Frame] = []
    /// Literal text not yet added as a `.text` (or a code span's content).
    private var pending: [UInt8] = []
    private var openCode = 0
    private var openLinks = 0

    init(keepLimit: Int = .max) {
        self.keepLimit = keepLimit
    }

    // MARK: Events

    /// Character data as the parser delivers it (UTF-8, whole characters).
    func appendText(_ bytes: UnsafeBufferPointer<UInt8>) {
        let start = receivedBytes
        receivedBytes += bytes.count
        guard start < keepLimit else { return }
        pending.append(contentsOf: bytes)
    }

    /// A space between two pieces of text (e.g. between the cells of a nested table).
    func softSpace() {
        pending.append(0x20)
    }

    /// Ends the current paragraph; the next text starts a new one.
    func paragraphBreak() {
        finishParagraph()
    }

    func openInline(_ kind: InlineKind, id: Int) {
        var suppressed = openCode > 0 || frames.count >= HTMLCellContent.maxInlineDepth
        if case .link(let href) = kind {
            suppressed = suppressed || href == nil || openLinks > 0
        }
        if !suppressed, openCode == 0 { flushText() }
        frames.append(Frame(id: id, kind: kind, suppressed: suppressed))
        guard !suppressed else { return }
        if kind.isCode { openCode += 1 }
        if kind.isLink { openLinks += 1 }
    }

    func closeInline(id: Int) {
        guard let position = frames.lastIndex(where: { $0.id == id }) else { return }
        while frames.count > position { closeFrame() }
    }

    func openList(ordered: Bool, start: Int) {
        finishParagraph()
        lists.append(ListLevel(ordered: ordered, start: start))
    }

    func closeList() {
        finishParagraph()
        guard var level = lists.popLast() else { return }
        if let item = level.item { level.items.append(item) }
        append(.list(ordered: level.ordered, start: level.start, items: level.items))
    }

    func openListItem() {
        finishParagraph()
        if lists.isEmpty { openList(ordered: false, start: 1) }
        let last = lists.count - 1
        if let item = lists[last].item { lists[last].items.append(item) }
        lists[last].item = []
    }

    func closeListItem() {
        finishParagraph()
        guard let last = lists.indices.last, let item = lists[last].item else { return }
        lists[last].items.append(item)
        lists[last].item = nil
    }

    /// The content's blocks, lists still open included (the builder stays usable).
    func finishBlocks() -> [RichBlock] {
        finishParagraph()
        var blocks = self.blocks
        var nested: RichBlock?
        for var level in lists.reversed() {
            if let nested { level.item = (level.item ?? []) + [nested] }
            if let item = level.item { level.items.append(item) }
            nested = .list(ordered: level.ordered, start: level.start, items: level.items)
        }
        if let nested { blocks.append(nested) }
        return blocks
    }

    /// The content as (plain text, Markdown).
    func finish() -> (text: String, markdown: String) {
        RichTextWriter.write(finishBlocks())
    }

    // MARK: Building

    /// Adds the pending text to the innermost built markup (or the paragraph).
    private func flushText() {
        guard !pending.isEmpty else { return }
        let literal = String(decoding: pending, as: UTF8.self)
        pending.removeAll(keepingCapacity: true)
        addInline(.text(literal))
    }

    private func addInline(_ inline: RichInline) {
        if let index = frames.lastIndex(where: { !$0.suppressed }) {
            frames[index].children.append(inline)
        } else {
            inlines.append(inline)
        }
    }

    /// Closes the innermost frame: built markup becomes an inline of the frame below.
    private func closeFrame() {
        if frames.last!.suppressed {
            frames.removeLast()
            return
        }
        if frames.last!.kind.isCode {
            let content = String(decoding: pending, as: UTF8.self)
            pending.removeAll(keepingCapacity: true)
            frames.removeLast()
            openCode -= 1
            if !content.isEmpty { addInline(.code(content)) }
            return
        }
        flushText()
        let frame = frames.removeLast()
        guard !frame.children.isEmpty else {
            if frame.kind.isLink { openLinks -= 1 }
            return
        }
        switch frame.kind {
        case .strong: addInline(.strong(frame.children))
        case .emphasis: addInline(.emphasis(frame.children))
        case .link(let href):
            openLinks -= 1
            addInline(.link(frame.children, url: href ?? ""))
        case .code: break
        }
    }

    /// Ends the paragraph: open markup is closed into it and opened again, empty, for the next one.
    private func finishParagraph() {
        let open = frames
        while !frames.isEmpty { closeFrame() }
        flushText()
        if !inlines.isEmpty { append(.paragraph(inlines)) }
        inlines = []
        // The same frames in the same order are suppressed again for the same reasons.
        for frame in open { openInline(frame.kind, id: frame.id) }
    }

    /// Adds a finished block to the open list item, or to the content.
    private func append(_ block: RichBlock) {
        guard let last = lists.indices.last else {
            blocks.append(block)
            return
        }
        lists[last].item = (lists[last].item ?? []) + [block]
    }
}

extension HTMLCellContent.InlineKind {
    var isCode: Bool { if case .code = self { true } else { false } }
    var isLink: Bool { if case .link = self { true } else { false } }
}
