import ErrataModel

/// Reads GitHub-flavoured Markdown pipe tables, Yandex Flavored Markdown `#| … |#` tables and
/// raw HTML tables, on Markdown and MDX pages.
///
/// Pipe tables: a header line, a delimiter line (`---`, alignment colons allowed), then rows
/// up to a blank line or a line without `|`; outer pipes optional, `\|` escapes a pipe, `<br>`
/// separates paragraphs, short rows are padded with empty cells. A raw HTML `<table>` block is
/// read by the HTML reader (`MarkdownHTMLBlock`). Fenced code blocks, front matter and MDX's ESM
/// blocks and comment lines are skipped (`MDXSyntax`). Each table's caption is the heading above
/// it; a raw HTML table without a `<caption>` takes the one-line paragraph just above it when
/// there is one ("4XX Type Error"). Error lists written without a table are read as tables too:
/// a bold name or heading per error (`MarkdownErrorList`), bullet items (`MarkdownBulletList`),
/// definition-list terms (`MarkdownDefinitionList`); `errorLayout` (a recipe's `errors:`) says
/// which form to read without the readers' own tests, or `.tables` for none.
public enum MarkdownReader {
    /// Every table of `text`, and every error list without a table, in document order.
    ///
    /// Throws a `Diagnostic` when the text is over the size limits of `TextInputLimits`, or holds a
    /// raw HTML table the HTML reader refuses (one that never closes).
    public static func readGrids(text: String, path: String, errorLayout: ReadingRecipe.ErrorLayout? = nil) throws -> [Grid] {
        try TextInputLimits.check(text, path: path)
        let lines = TextLines.split(text)
        var grids: [Grid] = []
        var heading: String?
        var fence: String?
        /// The line of the last paragraph when it is one line long, and whether the line before is text.
        var paragraphLine: Int?
        var previousIsText = false
        var noCommentCloserFrom = lines.count
        /// Lines of a run of name lines that was not an error list, read again for what else they
        /// hold (bullet items, terms, tables) without looking for name lines: each line twice at most.
        var rescanUntil = 0
        var index = MDXSyntax.frontMatterEnd(lines)
        func read(_ list: MarkdownErrorList.Found) {
            if let grid = list.grid { grids.append(grid) }
            if let last = list.lastHeading { heading = last }
            index = list.end
            paragraphLine = nil
            previousIsText = false
        }
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmedForCell()
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                index += 1
                continue
            }
            if trimmed.isEmpty {
                previousIsText = false
                index += 1
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                paragraphLine = nil
                index += 1
                continue
            }
            if let end = MDXSyntax.esmEnd(lines, start: index)
                ?? MDXSyntax.commentEnd(lines, start: index, noCloserFrom: &noCommentCloserFrom)
            {
                index = end
                continue
            }
            if MDXSyntax.fence(line) != nil {
                paragraphLine = nil
                previousIsText = false
                index += 1
                continue
            }
            if MarkdownHTMLBlock.starts(line) {
                let caption = paragraphLine.flatMap { paragraphCaption(lines[$0]) } ?? heading
                let (found, end) = try MarkdownHTMLBlock.read(lines, start: index, caption: caption, path: path)
                grids += found
                paragraphLine = nil
                previousIsText = false
                index = end
                continue
            }
            if errorLayout != .tables {
                if index >= rescanUntil,
                   let list = MarkdownErrorList.read(lines, start: index, caption: heading, path: path, layout: errorLayout)
                {
                    if list.grid == nil, list.end > index + 1 {
                        rescanUntil = list.end
                    } else {
                        read(list)
                        continue
                    }
                }
                if let list = MarkdownBulletList.read(lines, start: index, caption: heading, path: path, layout: errorLayout)
                    ?? MarkdownDefinitionList.read(lines, start: index, caption: heading, path: path, layout: errorLayout)
                {
                    read(list)
                    continue
                }
            }
            if trimmed.hasPrefix("#"), !trimmed.hasPrefix("#|") {
                heading = headingText(trimmed)
                paragraphLine = nil
                previousIsText = false
                index += 1
                continue
            }
            if trimmed == "#|" {
                var (grid, end) = YFMTable.read(lines, start: index, path: path)
                grid.caption = heading
                grids.append(grid)
                paragraphLine = nil
                previousIsText = false
                index = end + 1
                continue
            }
            if line.contains("|"), index + 1 < lines.count,
               let columns = TextDelimiter.columnCount(lines[index + 1]) {
                var (grid, end) = pipeTable(lines, header: index, columns: columns, path: path)
                grid.caption = heading
                grids.append(grid)
                paragraphLine = nil
                previousIsText = false
                index = end
                continue
            }
            paragraphLine = previousIsText ? nil : index
            previousIsText = true
            index += 1
        }
        return grids
    }

    /// A one-line paragraph's text as a table title: short, not a sentence or a lead-in ending in
    /// `:` or `.`; nil otherwise.
    private static func paragraphCaption(_ line: Substring) -> String? {
        guard line.utf8.count <= 512 else { return nil }
        let text = RichText.render(MarkdownInline.parse(line.trimmedForCell())).text
        guard !text.isEmpty, text.count <= 120, let last = text.last, !".。:：".contains(last) else { return nil }
        return text
    }

    private static func headingText(_ line: String) -> String {
        var text = Substring(line.drop { $0 == "#" })
        if let anchor = text.firstRange(of: "{#") { text = text[..<anchor.lowerBound] }
        return RichText.render(MarkdownInline.parse(String(text))).text
    }

    /// The table whose header is line `header`; `end` is the first line after it.
    private static func pipeTable(_ lines: [Substring], header: Int, columns: Int, path: String) -> (Grid, end: Int) {
        var rows = [row(lines[header], line: header, columns: columns, path: path)]
        var end = header + 2
        while end < lines.count, lines[end].contains("|"), !lines[end].allSatisfy(\.isWhitespace) {
            rows.append(row(lines[end], line: end, columns: columns, path: path))
            end += 1
        }
        let grid = Grid(rows: rows, headerRowCount: 1, location: SourceLocation(path: path, line: header + 1, column: 1))
        return (grid, end)
    }

    private static func row(_ line: Substring, line index: Int, columns: Int, path: String) -> [Cell] {
        var cells = PipeTableRow.split(line).prefix(columns).map { raw in
            let leading = raw.content.prefix { $0.isWhitespace }.count
            let location = SourceLocation(path: path, line: index + 1, column: raw.offset + leading + 1)
            return RichText.cell(MarkdownCellBlocks.parse(raw.content), location: location)
        }
        while cells.count < columns { cells.append(Cell(text: "")) }
        return cells
    }
}
