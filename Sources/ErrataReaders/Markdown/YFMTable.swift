import ErrataModel

/// Reads a Yandex Flavored Markdown table: `#|` … `|#`, rows `|| a | b ||`, cells separated by
/// `|` and free to span lines (a cell's blank lines and `<br>` separate paragraphs).
enum YFMTable {
    /// The grid of the table whose `#|` line is `start`, and the index of its `|#` line.
    static func read(_ lines: [Substring], start: Int, path: String) -> (Grid, end: Int) {
        var end = start + 1
        while end < lines.count, lines[end].trimmedForCell() != "|#" { end += 1 }
        var rows: [[Cell]] = []
        var row: [Cell]?
        var content = ""
        var cellLine = start + 1
        var cellColumn = 1

        func finishCell() {
            let location = SourceLocation(path: path, line: cellLine + 1, column: cellColumn)
            row?.append(RichText.cell(MarkdownCellBlocks.parse(content), location: location))
            content = ""
        }

        for lineIndex in (start + 1)..<min(end, lines.count) {
            let chars = Array(lines[lineIndex])
            var index = 0
            var inCode = false
            while index < chars.count {
                let char = chars[index]
                if char == "`" { inCode.toggle() }
                if !inCode, char == "|", index + 1 < chars.count, chars[index + 1] == "|" {
                    if row == nil {
                        row = []
                    } else {
                        finishCell()
                        rows.append(row ?? [])
                        row = nil
                    }
                    index += 2
                    cellLine = lineIndex
                    cellColumn = index + 1
                    continue
                }
                if !inCode, char == "|", row != nil {
                    finishCell()
                    index += 1
                    cellLine = lineIndex
                    cellColumn = index + 1
                    continue
                }
                if row != nil {
                    if content.isEmpty, char.isWhitespace { cellLine = lineIndex; cellColumn = index + 2 } else {
                        if content.isEmpty { cellLine = lineIndex; cellColumn = index + 1 }
                        content.append(char)
                    }
                }
                index += 1
            }
            if row != nil { content.append("\n") }
        }
        let grid = Grid(rows: rows, headerRowCount: nil, location: SourceLocation(path: path, line: start + 1, column: 1))
        return (grid, end)
    }
}
