import ErrataModel

/// Reads tables from a page's text rendering, the form a browser's "copy as text" gives.
///
/// A table is a header of N cells, then a delimiter line `---|---|…|` that gives N, then
/// cells. A cell ends at each `|`; rows are implicit (every N cells form a row); a line break
/// inside a cell is a paragraph break; a group row is one cell (`TextRowSplitter`). Cells merged from the row above come out as empty
/// trailing cells of the row and are moved back to their columns (see `MergedCellAligner`).
/// Prose before the header and after the last `|` is not part of the table. `\|` is not special.
public enum TextReader {
    /// Every table of `text`, in document order.
    ///
    /// Throws a `Diagnostic` when the text is over the size limits of `TextInputLimits`.
    public static func readGrids(text: String, path: String) throws -> [Grid] {
        try TextInputLimits.check(text, path: path)
        let lines = TextLines.split(text)
        let delimiters = lines.indices.compactMap { index in
            TextDelimiter.columnCount(lines[index]).map { (line: index, columns: $0) }
        }
        let headerStarts = delimiters.map { headerStart(lines, delimiter: $0.line, columns: $0.columns) }
        var grids: [Grid] = []
        for (index, delimiter) in delimiters.enumerated() {
            let header = TextCellStream.cells(lines, from: headerStarts[index], to: delimiter.line, path: path)
                .cells.suffix(delimiter.columns)
            let bodyEnd = index + 1 < delimiters.count ? headerStarts[index + 1] : lines.count
            let body = TextCellStream.cells(lines, from: delimiter.line + 1, to: bodyEnd, path: path).cells
            var rows: [[Cell]] = [Array(header)]
            rows += TextRowSplitter.rows(body, columns: delimiter.columns, codeColumn: ColumnMap(headerRows: [Array(header)])[.code])
            rows = MergedCellAligner.align(rows, columns: delimiter.columns)
            let caption = captionBefore(lines, headerStarts[index])
            grids.append(Grid(
                rows: rows, headerRowCount: 1, caption: caption,
                location: SourceLocation(path: path, line: headerStarts[index] + 1, column: 1)))
        }
        return grids
    }

    /// The header is the last `columns` cells before the delimiter; its first cell starts on
    /// the line where it ends (lines before it are prose).
    private static func headerStart(_ lines: [Substring], delimiter: Int, columns: Int) -> Int {
        var pipes = 0
        var line = delimiter
        while line > 0, pipes < columns {
            line -= 1
            let count = lines[line].count { $0 == "|" }
            if TextDelimiter.columnCount(lines[line]) != nil { return line + 1 }
            pipes += count
        }
        return line
    }

    private static func captionBefore(_ lines: [Substring], _ line: Int) -> String? {
        let previous = lines[..<line].last { !$0.allSatisfy(\.isWhitespace) && !$0.contains("|") }
        return previous.map { RichText.fold(String($0)) }
    }
}

/// Lines of a text, without their line-end characters.
enum TextLines {
    static func split(_ text: String) -> [Substring] {
        let newline = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")
        return text.utf8.split(separator: newline, omittingEmptySubsequences: false).map { bytes in
            var line = bytes
            if line.last == carriageReturn { line = line.dropLast() }
            return Substring(line)
        }
    }
}

/// The `---|---|…|` line under a text or Markdown table header.
enum TextDelimiter {
    /// Number of columns the line delimits, or nil when it is not a delimiter line.
    static func columnCount(_ line: Substring) -> Int? {
        let trimmed = line.trimmedForCell()
        guard trimmed.contains("|"), trimmed.contains("-") else { return nil }
        var body = Substring(trimmed)
        if body.hasPrefix("|") { body = body.dropFirst() }
        if body.hasSuffix("|") { body = body.dropLast() }
        let groups = body.split(separator: "|", omittingEmptySubsequences: false)
        for group in groups {
            let part = group.trimmedForCell()
            var dashes = Substring(part)
            if dashes.hasPrefix(":") { dashes = dashes.dropFirst() }
            if dashes.hasSuffix(":") { dashes = dashes.dropLast() }
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
        }
        return groups.count
    }
}

extension Substring {
    func trimmedForCell() -> String { String(self).trimmedForCell() }
}
