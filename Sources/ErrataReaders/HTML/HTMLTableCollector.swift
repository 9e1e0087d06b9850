import ErrataModel

/// Receives the parser's element and text events and collects every table as a `Grid`.
///
/// State is kept on explicit stacks (open elements, tables, text receivers), never by recursion,
/// so deeply nested markup costs memory in proportion to its depth and nothing else.
final class HTMLTableCollector {
    /// A cell whose text goes beyond this many bytes is reported, not read.
    static let maxCellTextBytes = 10 * 1024 * 1024
    /// Headings are kept (as captions of the tables after them) up to this many bytes.
    static let maxHeadingBytes = 4096
    /// Tables nested deeper than this are read as text of the cell they are in, as deeper inline
    /// markup is: every open cell receives the text inside it, so reading tables nested n deep as
    /// tables takes time and memory quadratic in n.
    static let maxTableDepth = 32

    private struct OpenElement {
        var tag: HTMLTag
        /// Identifies the cell, heading or inline frame the element opened.
        var id: Int
    }

    let path: String
    /// The first problem found; reading stops there.
    private(set) var failure: Diagnostic? {
        didSet { hasFailure = failure != nil }
    }
    /// `failure != nil`, cheap to ask after every event.
    private(set) var hasFailure = false

    private var grids: [Grid?] = []
    private var tables: [HTMLTableBuilder] = []
    /// Open `<table>`s nested deeper than `maxTableDepth`, read as text.
    private var flattenedTables = 0
    /// Everything that currently receives text: open cells and captions of all open tables, an open heading.
    private var sinks: [HTMLCellContent] = []
    private var elements: [OpenElement] = []
    private var heading: (id: Int, content: HTMLCellContent)?
    private var lastHeading: String?
    /// The page's first heading: its title for want of `<title>`.
    private(set) var firstHeading: String?
    /// The page's `<title>`, and the open one.
    private(set) var pageTitle: String?
    private var openTitle: (id: Int, content: HTMLCellContent)?
    private var nextID = 0
    /// The open `<pre>` outside tables (sample responses): its start line and raw text.
    private var preformatted: (id: Int, line: Int, bytes: [UInt8])?
    /// Every `<pre>` outside tables, in document order (up to `CodeBlockFinder.maximumBlockBytes` each).
    private(set) var codeBlocks: [CodeBlock] = []
    /// Error lists without a table (`<dl>`, a heading per error), found from the same events.
    private let errorLists: HTMLErrorListCollector
    /// The id of each grid's `<table>` start tag, to put the error lists among the tables.
    private var gridOrder: [Int] = []

    /// `errorLayout`: a recipe's `errors:` (`HTMLErrorListCollector`).
    init(path: String, errorLayout: ReadingRecipe.ErrorLayout? = nil) {
        self.path = path
        errorLists = HTMLErrorListCollector(path: path, layout: errorLayout)
    }

    /// The grids read, in the order of their `<table>` start tags, and the error lists, in page order.
    var result: [Grid] {
        let tables = zip(gridOrder, grids).compactMap { order, grid in grid.map { (order: order, grid: $0) } }
        return HTMLErrorListCollector.merge(tables: tables, lists: errorLists.finish())
    }

    // MARK: Events

    func startElement(_ tag: HTMLTag, line: Int, attribute: (StaticString) -> String?) {
        nextID += 1
        let id = nextID
        elements.append(OpenElement(tag: tag, id: id))
        errorLists.startElement(tag, id: id, depth: elements.count, line: line, attribute: attribute)
        if flattenedTables > 0 || (tag == .table && tables.count >= Self.maxTableDepth), startFlattened(tag) { return }
        switch tag {
        case .table:
            broadcast { $0.paragraphBreak() }
            gridOrder.append(id)
            tables.append(HTMLTableBuilder(location: location(line), slot: grids.count, precedingHeading: lastHeading))
            grids.append(nil)
        case .caption:
            guard !tables.isEmpty else { return }
            broadcast { $0.paragraphBreak() }
            endCaption()
            let content = HTMLCellContent()
            tables[tables.count - 1].captionContent = content
            sinks.append(content)
        case .thead, .tbody, .tfoot:
            guard !tables.isEmpty else { return }
            closeCell()
            tables[tables.count - 1].startGroup(tag == .thead ? .head : tag == .tfoot ? .foot : .body)
        case .tr:
            broadcast { $0.paragraphBreak() }
            guard !tables.isEmpty else { return }
            closeCell()
            tables[tables.count - 1].startRow()
        case .td, .th:
            broadcast { $0.softSpace() }
            guard !tables.isEmpty else { return }
            closeCell()
            let content = tables[tables.count - 1].startCell(
                id: id, isHeader: tag == .th, rowspan: attribute("rowspan"), colspan: attribute("colspan"),
                location: location(line))
            sinks.append(content)
        case .pageTitle:
            // Outside any table or heading; the first only.
            if pageTitle == nil, openTitle == nil, sinks.isEmpty {
                let content = HTMLCellContent(keepLimit: HTMLTableCollector.maxHeadingBytes)
                openTitle = (id, content)
                sinks.append(content)
            }
        case .heading:
            broadcast { $0.paragraphBreak() }
            if heading == nil {
                let content = HTMLCellContent(keepLimit: HTMLTableCollector.maxHeadingBytes)
                heading = (id, content)
                sinks.append(content)
            }
        case .unorderedList, .orderedList:
            let start = tag == .orderedList ? HTMLTableBuilder.spanValue(attribute("start")) ?? 1 : 1
            broadcast { $0.openList(ordered: tag == .orderedList, start: start) }
        case .listItem:
            broadcast { $0.openListItem() }
        case .strong:
            broadcast { $0.openInline(.strong, id: id) }
        case .emphasis:
            broadcast { $0.openInline(.emphasis, id: id) }
        case .code:
            broadcast { $0.openInline(.code, id: id) }
        case .anchor:
            let href = HTMLTableCollector.linkTarget(attribute("href"))
            broadcast { $0.openInline(.link(href: href), id: id) }
        case .preformatted:
            broadcast { $0.paragraphBreak() }
            if tables.isEmpty, preformatted == nil { preformatted = (id, line, []) }
        case .paragraph, .division, .lineBreak, .rule, .blockquote, .otherBlock,
            .definitionList, .definitionTerm, .definitionDescription:
            broadcast { $0.paragraphBreak() }
        case .other:
            break
        }
    }

    /// `closedAtEndOfInput`: the parser closed a `<table>` only because the input ended.
    func endElement(_ tag: HTMLTag, line: Int, closedAtEndOfInput: Bool) {
        guard let element = popElement(tag) else { return }
        errorLists.endElement(tag, id: element.id, depth: elements.count)
        if flattenedTables > 0, endFlattened(tag) { return }
        switch tag {
        case .table:
            guard var table = tables.popLast() else { return }
            if closedAtEndOfInput, !hasFailure {
                let where_ = table.openCell != nil ? "inside a cell" : table.hasOpenRow ? "inside a row" : "before </table>"
                failure = .error(
                    "truncated input: the page ends \(where_) of the table that starts at line "
                        + "\(table.location.line ?? 0)",
                    at: location(line))
            }
            if let content = table.endCell() { removeSink(content) }
            if let content = table.captionContent { removeSink(content) }
            grids[table.slot] = table.finish()
            broadcast { $0.paragraphBreak() }
        case .caption:
            endCaption()
            broadcast { $0.paragraphBreak() }
        case .thead, .tbody, .tfoot:
            guard !tables.isEmpty else { return }
            closeCell()
            tables[tables.count - 1].endGroup()
        case .tr:
            if !tables.isEmpty {
                closeCell()
                tables[tables.count - 1].endRow()
            }
            broadcast { $0.paragraphBreak() }
        case .td, .th:
            guard let last = tables.indices.last, tables[last].openCell?.id == element.id else { return }
            closeCell()
        case .pageTitle:
            guard let open = openTitle, open.id == element.id else { return }
            openTitle = nil
            removeSink(open.content)
            let text = open.content.finish().text
            if !text.isEmpty { pageTitle = text }
        case .heading:
            guard let open = heading, open.id == element.id else {
                broadcast { $0.paragraphBreak() }
                return
            }
            heading = nil
            removeSink(open.content)
            let text = open.content.finish().text
            if !text.isEmpty {
                lastHeading = text
                if firstHeading == nil { firstHeading = text }
            }
            broadcast { $0.paragraphBreak() }
        case .unorderedList, .orderedList:
            broadcast { $0.closeList() }
        case .listItem:
            broadcast { $0.closeListItem() }
        case .strong, .emphasis, .code, .anchor:
            broadcast { $0.closeInline(id: element.id) }
        case .preformatted:
            broadcast { $0.paragraphBreak() }
            if let open = preformatted, open.id == element.id {
                preformatted = nil
                let text = String(decoding: open.bytes, as: UTF8.self)
                if !text.isEmpty, open.bytes.count <= CodeBlockFinder.maximumBlockBytes {
                    codeBlocks.append(CodeBlock(text: text, location: SourceLocation(path: path, line: open.line)))
                }
            }
        case .paragraph, .division, .blockquote, .otherBlock, .definitionList, .definitionTerm, .definitionDescription:
            broadcast { $0.paragraphBreak() }
        case .lineBreak, .rule, .other:
            break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        errorLists.characters(bytes)
        if preformatted != nil, preformatted!.bytes.count <= CodeBlockFinder.maximumBlockBytes {
            preformatted!.bytes.append(contentsOf: bytes)
        }
        for sink in sinks {
            sink.appendText(bytes)
            if sink.receivedBytes > HTMLTableCollector.maxCellTextBytes, sink !== heading?.content, sink !== openTitle?.content, !hasFailure {
                let cellLocation = tables.last?.openCell?.location ?? tables.last?.location
                failure = .error(
                    "a table cell holds more than 10 MB of text; the page is damaged or not a documentation page",
                    at: cellLocation)
            }
        }
    }

    // MARK: Tables read as text

    /// A table's own elements inside a table nested too deep: only the breaks they make in the
    /// text. True when the element was handled.
    private func startFlattened(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .table:
            flattenedTables += 1
            broadcast { $0.paragraphBreak() }
        case .caption, .tr:
            broadcast { $0.paragraphBreak() }
        case .td, .th:
            broadcast { $0.softSpace() }
        case .thead, .tbody, .tfoot:
            break
        default:
            return false
        }
        return true
    }

    private func endFlattened(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .table:
            flattenedTables -= 1
            broadcast { $0.paragraphBreak() }
        case .caption, .tr:
            broadcast { $0.paragraphBreak() }
        case .td, .th, .thead, .tbody, .tfoot:
            break
        default:
            return false
        }
        return true
    }

    // MARK: Helpers

    private func broadcast(_ event: (HTMLCellContent) -> Void) {
        for sink in sinks { event(sink) }
    }

    /// Pops the open element `tag` ends; libxml2 reports balanced events, so it is normally the last one.
    private func popElement(_ tag: HTMLTag) -> OpenElement? {
        if let last = elements.last, last.tag == tag { return elements.removeLast() }
        guard let index = elements.lastIndex(where: { $0.tag == tag }) else { return nil }
        let element = elements[index]
        elements.removeSubrange(index...)
        return element
    }

    private func closeCell() {
        guard !tables.isEmpty, let content = tables[tables.count - 1].endCell() else { return }
        removeSink(content)
    }

    private func endCaption() {
        guard let last = tables.indices.last, let content = tables[last].captionContent else { return }
        tables[last].captionContent = nil
        removeSink(content)
        let text = content.finish().text
        tables[last].caption = text.isEmpty ? nil : text
    }

    private func removeSink(_ content: HTMLCellContent) {
        if sinks.last === content {
            sinks.removeLast()
        } else if let index = sinks.lastIndex(where: { $0 === content }) {
            sinks.remove(at: index)
        }
    }

    private func location(_ line: Int) -> SourceLocation {
        SourceLocation(path: path, line: line)
    }

    /// The link target of an anchor, or nil when it is not a link to show (no href, a same-page
    /// `#anchor`, a script).
    static func linkTarget(_ href: String?) -> String? {
        guard let href else { return nil }
        let trimmed = href.trimmingHTMLWhitespace()
        if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.lowercased().hasPrefix("javascript:") { return nil }
        return trimmed
    }
}
