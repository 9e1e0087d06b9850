import ErrataModel

/// Finds error lists written without a table in an HTML page, from the events the table
/// collector forwards, and gives each as a grid (`ErrorList.grid`):
///
/// - a definition list, as the AWS API references write their errors:
///   `<dl><dt>ThrottlingException</dt><dd><p>…</p><p>HTTP Status Code: 400</p></dd>…</dl>`;
///   terms that share a definition (`<dt>A</dt><dt>B</dt><dd>…</dd>`) each get it;
/// - headings per error: `<h3>ThrottlingException</h3><p>…</p><p>HTTP Status Code: 400</p>`,
///   headings in a row whose whole text is code-shaped; a section's body is what follows its
///   heading up to the next heading or the end of the heading's parent element; a heading that
///   is not a name, a table or a definition list ends the list.
///
/// A paragraph (`<p>`, a `<br>` line, …) that is a status or message line (`ErrorList.field`)
/// gives the entry's status or message; the paragraphs and lists before the status line are its
/// description. Tables are left to the table collector: nothing inside a table is looked at.
/// The caption is the heading above the list. Memory is bounded by the entries' text: a name is
/// kept up to 4 KB, a body up to 10 MB (an entry over that is left out).
final class HTMLErrorListCollector {
    /// Text kept for a term or a heading.
    static let maxNameBytes = 4096
    /// Text kept for an entry's body; a larger entry is left out.
    static let maxBodyBytes = HTMLTableCollector.maxCellTextBytes

    private struct DefinitionList {
        var order: Int
        var location: SourceLocation
        var caption: String?
        var entries: [ErrorListEntry] = []
        /// Terms waiting for their definition.
        var names: [Cell] = []
        /// `<dl>` elements open inside this one (their terms are text of the entry).
        var nested = 0
    }

    private struct Section {
        var name: Cell
        var order: Int
        /// The heading's parent is the `depth`-th open element: the body ends when it closes.
        var depth: Int
        var body: HTMLBlockContent
    }

    private struct SectionRun {
        /// The heading above the first section.
        var caption: String?
        var entries: [(entry: ErrorListEntry, order: Int)] = []
    }

    let path: String
    /// The lists found, with the id of the element each starts at (ids grow in page order).
    private var lists: [(order: Int, grid: Grid)] = []
    private var finished = false
    private var tableDepth = 0
    private var lastHeading: String?
    /// Everything that receives text now.
    private var sinks: [HTMLBlockContent] = []
    private var heading: (id: Int, content: HTMLBlockContent, line: Int)?
    private var term: (id: Int, content: HTMLBlockContent, line: Int)?
    /// The open definition: its content and whether a `<dd>` is open now.
    private var definition: (content: HTMLBlockContent, isOpen: Bool)?
    private var definitionList: DefinitionList?
    private var section: Section?
    private var run: SectionRun?

    init(path: String) {
        self.path = path
    }

    // MARK: Events

    /// An element starts; it is the `depth`-th open element.
    func startElement(_ tag: HTMLTag, id: Int, depth: Int, line: Int, attribute: (StaticString) -> String?) {
        if tag == .table {
            if tableDepth == 0, definitionList == nil { finishRun() }
            tableDepth += 1
            return
        }
        guard tableDepth == 0, !finished else { return }
        switch tag {
        case .definitionList where definitionList == nil:
            finishRun()
            definitionList = DefinitionList(order: id, location: SourceLocation(path: path, line: line), caption: lastHeading)
            return
        case .definitionList:
            definitionList?.nested += 1
        case .definitionTerm where definitionList?.nested == 0:
            finishDefinition()
            closeTerm()
            let content = HTMLBlockContent(path: path, limit: Self.maxNameBytes)
            term = (id, content, line)
            sinks.append(content)
            return
        case .definitionDescription where definitionList?.nested == 0:
            closeTerm()
            let content: HTMLBlockContent
            if let definition {
                content = definition.content
                if !definition.isOpen { sinks.append(content) }
            } else {
                content = HTMLBlockContent(path: path, limit: Self.maxBodyBytes)
                content.fallback = SourceLocation(path: path, line: line)
                sinks.append(content)
            }
            definition = (content, true)
            return
        case .heading where definitionList == nil && heading == nil:
            endSection()
            let content = HTMLBlockContent(path: path, limit: Self.maxNameBytes)
            heading = (id, content, line)
            sinks.append(content)
            return
        default:
            break
        }
        for sink in sinks { sink.start(tag, id: id, line: line, attribute: attribute) }
    }

    /// An element ends; `depth` elements stay open.
    func endElement(_ tag: HTMLTag, id: Int, depth: Int) {
        if tag == .table {
            tableDepth = max(tableDepth - 1, 0)
            return
        }
        guard tableDepth == 0, !finished else { return }
        switch tag {
        case .definitionList where definitionList != nil:
            if definitionList?.nested == 0 {
                finishDefinitionList()
            } else {
                definitionList?.nested -= 1
                for sink in sinks { sink.end(tag, id: id) }
            }
        case .definitionTerm where definitionList?.nested == 0 && term?.id == id:
            closeTerm()
        case .definitionDescription where definitionList?.nested == 0 && definition?.isOpen == true:
            if let content = definition?.content {
                content.blockBreak()
                removeSink(content)
                definition?.isOpen = false
            }
        case .heading where heading?.id == id:
            endHeading(id: id, depth: depth)
        default:
            for sink in sinks { sink.end(tag, id: id) }
        }
        if let section, depth < section.depth { endSection() }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard tableDepth == 0 else { return }
        for sink in sinks { sink.appendText(bytes) }
    }

    /// The lists found, once the page has ended.
    func finish() -> [(order: Int, grid: Grid)] {
        if !finished {
            if definitionList != nil { finishDefinitionList() }
            finishRun()
            finished = true
        }
        return lists
    }

    /// `tables` (with the id of their `<table>` element) and the lists, in page order.
    static func merge(tables: [(order: Int, grid: Grid)], lists: [(order: Int, grid: Grid)]) -> [Grid] {
        guard !lists.isEmpty else { return tables.map(\.grid) }
        var merged: [Grid] = []
        merged.reserveCapacity(tables.count + lists.count)
        var list = 0
        for table in tables {
            while list < lists.count, lists[list].order < table.order {
                merged.append(lists[list].grid)
                list += 1
            }
            merged.append(table.grid)
        }
        merged += lists[list...].map(\.grid)
        return merged
    }

    // MARK: Definition lists

    private func closeTerm() {
        guard let open = term else { return }
        term = nil
        removeSink(open.content)
        let name = open.content.cell(location: SourceLocation(path: path, line: open.line))
        if !name.isEmpty { definitionList?.names.append(name) }
    }

    /// The terms waiting for a definition, with the definition read.
    private func finishDefinition() {
        guard let open = definition else { return }
        definition = nil
        removeSink(open.content)
        guard !open.content.overflowed else {
            definitionList?.names = []
            return
        }
        let blocks = open.content.finish()
        for name in definitionList?.names ?? [] {
            definitionList?.entries.append(ErrorList.entry(name: name, blocks: blocks, fallback: open.content.fallback))
        }
        definitionList?.names = []
    }

    private func finishDefinitionList() {
        closeTerm()
        finishDefinition()
        guard let list = definitionList else { return }
        definitionList = nil
        if let grid = ErrorList.grid(list.entries, form: .terms, caption: list.caption, location: list.location) {
            lists.append((list.order, grid))
        }
    }

    // MARK: Headings

    private func endHeading(id: Int, depth: Int) {
        guard let open = heading else { return }
        heading = nil
        removeSink(open.content)
        let name = open.content.cell(location: SourceLocation(path: path, line: open.line))
        guard !name.isEmpty else { return }
        if ErrorList.isName(name) {
            if run == nil { run = SectionRun(caption: lastHeading) }
            let body = HTMLBlockContent(path: path, limit: Self.maxBodyBytes)
            body.fallback = name.location
            section = Section(name: name, order: open.id, depth: depth, body: body)
            sinks.append(body)
        } else {
            finishRun()
        }
        lastHeading = name.text
    }

    private func endSection() {
        guard let open = section else { return }
        section = nil
        removeSink(open.body)
        guard !open.body.overflowed else { return }
        let entry = ErrorList.entry(name: open.name, blocks: open.body.finish(), fallback: open.body.fallback)
        run?.entries.append((entry, open.order))
    }

    /// Ends the run of sections; its caption is the heading just above its first kept entry.
    private func finishRun() {
        endSection()
        guard let finished = run else { return }
        run = nil
        guard let first = finished.entries.firstIndex(where: { ErrorList.keeps($0.entry) }) else { return }
        let caption = first > 0 ? finished.entries[first - 1].entry.name.text : finished.caption
        let entries = finished.entries[first...].map(\.entry)
        if let grid = ErrorList.grid(entries, form: .headings, caption: caption, location: nil) {
            lists.append((finished.entries[first].order, grid))
        }
    }

    private func removeSink(_ content: HTMLBlockContent) {
        if sinks.last === content {
            sinks.removeLast()
        } else if let index = sinks.lastIndex(where: { $0 === content }) {
            sinks.remove(at: index)
        }
    }
}

/// The content of a term, heading, definition or section: `HTMLCellContent` split into its
/// top-level blocks (a paragraph, or a whole list), so that a status line can be told from the
/// description; each block is located at the first element in it. Text past `limit` bytes is not
/// kept (`overflowed`); lists deeper than `maxListDepth` are read as paragraphs.
final class HTMLBlockContent {
    /// Lists nested deeper than this are read as paragraphs (each level costs the items below it).
    static let maxListDepth = HTMLCellContent.maxInlineDepth
    private let path: String
    private let limit: Int
    private var received = 0
    private(set) var overflowed = false
    private var blocks: [ErrorList.Block] = []
    private var current = HTMLCellContent()
    private var listDepth = 0
    /// The line of the first element of the current block.
    private var blockLine: Int?
    /// Where blocks without an element of their own are (the definition's or heading's line).
    var fallback: SourceLocation?

    init(path: String, limit: Int) {
        self.path = path
        self.limit = limit
    }

    func appendText(_ bytes: UnsafeBufferPointer<UInt8>) {
        received += bytes.count
        guard received <= limit else {
            overflowed = true
            return
        }
        current.appendText(bytes)
    }

    /// Ends the current block (outside lists) or paragraph (inside one).
    func blockBreak() {
        if listDepth > 0 {
            current.paragraphBreak()
            return
        }
        let block = current.finish()
        if !block.text.isEmpty {
            let location = blockLine.map { SourceLocation(path: path, line: $0) } ?? fallback
            blocks.append(ErrorList.Block(text: block.text, markdown: block.markdown, location: location))
            current = HTMLCellContent()
        }
        blockLine = nil
    }

    /// An element inside the content starts (as `HTMLTableCollector` gives it to a cell).
    func start(_ tag: HTMLTag, id: Int, line: Int, attribute: (StaticString) -> String?) {
        switch tag {
        case .unorderedList, .orderedList:
            if listDepth == 0 { blockBreak() }
            listDepth += 1
            if listDepth > Self.maxListDepth {
                current.paragraphBreak()
            } else {
                let start = tag == .orderedList ? HTMLTableBuilder.spanValue(attribute("start")) ?? 1 : 1
                current.openList(ordered: tag == .orderedList, start: start)
            }
        case .listItem:
            if listDepth > Self.maxListDepth { current.paragraphBreak() } else { current.openListItem() }
        case .strong:
            current.openInline(.strong, id: id)
        case .emphasis:
            current.openInline(.emphasis, id: id)
        case .code:
            current.openInline(.code, id: id)
        case .anchor:
            current.openInline(.link(href: HTMLTableCollector.linkTarget(attribute("href"))), id: id)
        case .td, .th:
            current.softSpace()
        case .other:
            break
        default:
            blockBreak()
        }
        if line > 0, blockLine == nil { blockLine = line }
    }

    /// An element inside the content ends.
    func end(_ tag: HTMLTag, id: Int) {
        switch tag {
        case .unorderedList, .orderedList:
            if listDepth > Self.maxListDepth { current.paragraphBreak() } else { current.closeList() }
            listDepth = max(listDepth - 1, 0)
            if listDepth == 0 { blockBreak() }
        case .listItem:
            if listDepth > Self.maxListDepth { current.paragraphBreak() } else { current.closeListItem() }
        case .strong, .emphasis, .code, .anchor:
            current.closeInline(id: id)
        case .lineBreak, .rule, .other:
            break
        default:
            blockBreak()
        }
    }

    /// The blocks.
    func finish() -> [ErrorList.Block] {
        listDepth = 0
        blockBreak()
        return blocks
    }

    /// The content as one cell (blocks separated by a blank line).
    func cell(location: SourceLocation?) -> Cell {
        let blocks = finish()
        return Cell(
            text: blocks.map(\.text).joined(separator: "\n\n"), markdown: blocks.map(\.markdown).joined(separator: "\n\n"),
            location: location)
    }
}
