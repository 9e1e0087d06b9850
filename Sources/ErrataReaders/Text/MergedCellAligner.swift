/// Puts cells of a text rendering back into their columns.
///
/// Cells merged from the row above (rowspan) are missing from a row's start, so the row's
/// cells sit too far left and the row ends with as many extra empty cells. The code column,
/// found by its header, tells how far to shift: the row is shifted right until its code cell
/// has the shape of the codes seen in earlier rows (`AIS.0102` after `AIS.0101`). When no cell
/// fits, the code itself was merged too (a second message of the same code) and every column
/// up to the code column is merged. The merged positions get copies of the cells above them
/// marked `isSpanCopy`, as the HTML reader's span copies are, so a merged status applies to every
/// row it covers. Trailing empty cells that are left over stay empty columns (an empty Solution
/// stays an empty Solution).
enum MergedCellAligner {
    static func align(_ rows: [[Cell]], columns: Int) -> [[Cell]] {
        guard let header = rows.first,
              let codeColumn = ColumnMap(headerRows: [header])[.code] else { return rows }
        var shapes: Set<String> = []
        var aligned: [[Cell]] = [header]
        for row in rows.dropFirst() {
            let above = aligned.count > 1 ? aligned.last : nil
            let shifted = row.count == columns ? realign(row, codeColumn: codeColumn, shapes: shapes, above: above) : row
            if codeColumn < shifted.count, CodeShape.looksLikeCode(shifted[codeColumn]) {
                shapes.insert(CodeShape.signature(shifted[codeColumn].text))
            }
            aligned.append(shifted)
        }
        return aligned
    }

    private static func realign(_ row: [Cell], codeColumn: Int, shapes: Set<String>, above: [Cell]?) -> [Cell] {
        let trailingEmpty = row.reversed().prefix { $0.isEmpty }.count
        guard trailingEmpty > 0, trailingEmpty < row.count else { return row }
        func isCode(_ cell: Cell) -> Bool {
            guard CodeShape.looksLikeCode(cell) else { return false }
            return shapes.isEmpty || shapes.contains(CodeShape.signature(cell.text))
        }
        var shift: Int?
        for candidate in 0...min(trailingEmpty, codeColumn) where isCode(row[codeColumn - candidate]) {
            shift = candidate
            break
        }
        if shift == nil, trailingEmpty > codeColumn { shift = codeColumn + 1 }
        guard let shift, shift > 0 else { return row }
        let merged = (0..<shift).map { column -> Cell in
            guard let above, column < above.count, !above[column].isEmpty else { return Cell(text: "") }
            var copy = above[column]
            copy.isSpanCopy = true
            return copy
        }
        return merged + row.dropLast(shift)
    }
}
