import ErrataModel

/// Reads a `.. list-table::` directive: a bullet list of rows, each a bullet list of cells;
/// `:header-rows: N` marks header rows. The directive's argument is the caption.
enum RSTListTable {
    /// The grid of the directive on line `start`, and the first line after the directive.
    static func read(_ lines: [Substring], start: Int, path: String) -> (Grid, end: Int) {
        let directiveIndent = indentation(lines[start])
        let title = lines[start].trimmedForCell().dropFirst("..".count).trimmedForCell()
            .dropFirst("list-table::".count).trimmedForCell()
        var end = start + 1
        while end < lines.count, lines[end].allSatisfy(\.isWhitespace) || indentation(lines[end]) > directiveIndent {
            end += 1
        }
        var headerRows: Int?
        var rows: [[Cell]] = []
        var rowIndent: Int?
        var cellIndent: Int?
        var cellLines: [String] = []
        var cellStart = 0
        var inRow = false
        var warnings: [Diagnostic] = []

        func finishCell() {
            guard cellIndent != nil else { return }
            let location = SourceLocation(path: path, line: cellStart + 1, column: (cellIndent ?? 0) + 1)
            let (cell, cellWarnings) = RSTCellBlocks.cell(cellLines, firstLine: cellStart + 1, location: location)
            rows[rows.count - 1].append(cell)
            warnings += cellWarnings
            cellLines = []
            cellIndent = nil
        }

        for lineIndex in (start + 1)..<end {
            let line = lines[lineIndex]
            let trimmed = line.trimmedForCell()
            if !inRow, trimmed.hasPrefix(":") {
                if trimmed.hasPrefix(":header-rows:") { headerRows = Int(trimmed.dropFirst(":header-rows:".count).trimmedForCell()) }
                continue
            }
            let indent = indentation(line)
            if !trimmed.isEmpty, trimmed.hasPrefix("* ") || trimmed == "*", rowIndent == nil || indent == rowIndent {
                finishCell()
                rowIndent = indent
                rows.append([])
                inRow = true
                let rest = line.dropFirst(indent + 1)
                let restIndent = rest.prefix { $0 == " " }.count
                let body = rest.dropFirst(restIndent)
                if body.hasPrefix("- ") || body == "-" {
                    cellIndent = indent + 1 + restIndent + 2
                    cellStart = lineIndex
                    cellLines = [String(body.dropFirst(2))]
                }
                continue
            }
            guard inRow else { continue }
            let body = line.dropFirst(indent)
            if !trimmed.isEmpty, body.hasPrefix("- ") || body == "-", let rowIndent, indent > rowIndent,
               cellIndent == nil || indent == (cellIndent ?? 0) - 2 {
                finishCell()
                cellIndent = indent + 2
                cellStart = lineIndex
                cellLines = [String(body.dropFirst(2))]
                continue
            }
            if let cellIndent {
                cellLines.append(String(line.dropFirst(min(indent, cellIndent))))
            }
        }
        finishCell()
        let grid = Grid(rows: rows, headerRowCount: headerRows, caption: title.isEmpty ? nil : title,
                        location: SourceLocation(path: path, line: start + 1, column: directiveIndent + 1),
                        warnings: warnings)
        return (grid, end)
    }

    static func indentation(_ line: Substring) -> Int {
        line.prefix { $0 == " " }.count
    }
}
