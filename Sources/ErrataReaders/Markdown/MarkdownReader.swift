import ErrataModel

/// Reads GitHub-flavoured Markdown pipe tables and Yandex Flavored Markdown `#| … |#` tables.
///
/// Pipe tables: a header line, a delimiter line (`---`, alignment colons allowed), then rows
/// up to a blank line or a line without `|`; outer pipes optional, `\|` escapes a pipe, `<br>`
/// separates paragraphs, short rows are padded with empty cells. Fenced code blocks are skipped.
/// Each table's caption is the heading above it. Error lists written without a table (a bold
/// name or heading per error, with a status line) are read as tables too (`MarkdownErrorList`).
public enum MarkdownReader {
    /// Every table of `text`, and every error list without a table, in document order.
    ///
    /// Throws a `Diagnostic` when the text is over the size limits of `TextInputLimits`.
    public static func readGrids(text: String, path: String) throws -> [Grid] {
        try TextInputLimits.check(text, path: path)
        let lines = TextLines.split(text)
        var grids: [Grid] = []
        var heading: String?
        var fence: String?
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmedForCell()
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                index += 1
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                index += 1
                continue
            }
            if let list = MarkdownErrorList.read(lines, start: index, caption: heading, path: path) {
                // An error list without a table (`**Name**` / `### Name` lines with a status line).
                if let grid = list.grid { grids.append(grid) }
                if let last = list.lastHeading { heading = last }
                index = list.end
                continue
            }
            if trimmed.hasPrefix("#"), !trimmed.hasPrefix("#|") {
                heading = headingText(trimmed)
                index += 1
                continue
            }
            if trimmed == "#|" {
                var (grid, end) = YFMTable.read(lines, start: index, path: path)
                grid.caption = heading
                grids.append(grid)
                index = end + 1
                continue
            }
            if line.contains("|"), index + 1 < lines.count,
               let columns = TextDelimiter.columnCount(lines[index + 1]) {
                var (grid, end) = pipeTable(lines, header: index, columns: columns, path: path)
                grid.caption = heading
                grids.append(grid)
                index = end
                continue
            }
            index += 1
        }
        return grids
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
