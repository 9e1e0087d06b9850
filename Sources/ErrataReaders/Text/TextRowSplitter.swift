import ErrataModel

/// Cuts the cell stream of a text rendering's table into rows of `columns` cells, finding the
/// group rows that a page writes as one cell across the table (`<td colspan="4">OCR</td>`): the
/// rendering gives that row one cell, not `columns`.
///
/// At a row's start, the cell is taken as a group row of its own when it is a label (one line,
/// neither a sentence nor a note label such as "Other", not shaped like the table's codes so far)
/// and reading the rows from the next cell lines up more code cells of one shape (the shape of the
/// codes so far, when there are some; at least two rows before any) than reading them from this
/// cell does. The group row is the label followed
/// by copies marked `isSpanCopy`, as a spanning cell of the other formats is, so the catalog
/// builder reads it as a module. Without a code column, rows are cut every `columns` cells.
enum TextRowSplitter {
    static func rows(_ cells: [Cell], columns: Int, codeColumn: Int?) -> [[Cell]] {
        guard let codeColumn, codeColumn < columns, columns > 1 else {
            return stride(from: 0, to: cells.count, by: columns).map { Array(cells[$0..<min($0 + columns, cells.count)]) }
        }
        var rows: [[Cell]] = []
        var shapes: Set<String> = []
        var start = 0
        /// How many rows in a row, from the one whose code cell is at `index` (at most 4), have a
        /// code cell of the same shape, one the table's codes so far have when there are some.
        func score(_ index: Int) -> Int {
            guard index < cells.count, CodeShape.looksLikeCode(cells[index]) else { return 0 }
            let signature = CodeShape.signature(cells[index].text)
            if !shapes.isEmpty, !shapes.contains(signature) { return 0 }
            var count = 0
            var next = index
            while count < 4, next < cells.count, CodeShape.looksLikeCode(cells[next]),
                  CodeShape.signature(cells[next].text) == signature {
                count += 1
                next += columns
            }
            return count
        }
        while start < cells.count {
            let label = cells[start]
            let asGroup = isLabel(label, shapes: shapes) ? score(start + 1 + codeColumn) : 0
            if asGroup >= (shapes.isEmpty ? 2 : 1), asGroup > score(start + codeColumn) {
                var row = [label]
                row += repeatElement(Cell(text: label.text, markdown: label.markdown, isSpanCopy: true, location: label.location), count: columns - 1)
                rows.append(row)
                start += 1
                continue
            }
            let row = Array(cells[start..<min(start + columns, cells.count)])
            if codeColumn < row.count, CodeShape.looksLikeCode(row[codeColumn]) {
                shapes.insert(CodeShape.signature(row[codeColumn].text))
            }
            rows.append(row)
            start += columns
        }
        return rows
    }

    private static func isLabel(_ cell: Cell, shapes: Set<String>) -> Bool {
        let text = cell.text
        guard !text.isEmpty, !text.contains("\n"), !CodeShape.isNoteLabel(text), !RowInterpreter.isSentence(text) else { return false }
        return !shapes.contains(CodeShape.signature(text))
    }
}
