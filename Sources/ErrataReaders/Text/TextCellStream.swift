import ErrataModel

/// Splits lines of a text rendering into cells: a cell ends at each `|`; the text after the
/// last `|` is not a cell (it is prose after the table).
enum TextCellStream {
    struct Result {
        var cells: [Cell]
    }

    static func cells(_ lines: [Substring], from start: Int, to end: Int, path: String) -> Result {
        var cells: [Cell] = []
        var paragraphs: [String] = []
        var location: SourceLocation?
        guard start < end else { return Result(cells: []) }
        for lineIndex in start..<end {
            let line = lines[lineIndex]
            var column = 1
            var parts = line.split(separator: "|", omittingEmptySubsequences: false)[...]
            let last = parts.removeLast()
            for part in parts {
                add(part, line: lineIndex, column: column)
                cells.append(RichText.plainCell(paragraphs: paragraphs, location: location))
                paragraphs = []
                location = nil
                column += part.count + 1
            }
            add(last, line: lineIndex, column: column)
        }
        return Result(cells: cells)

        func add(_ part: Substring, line: Int, column: Int) {
            let text = RichText.fold(String(part))
            guard !text.isEmpty else { return }
            if location == nil {
                let offset = part.prefix { $0.isWhitespace }.count
                location = SourceLocation(path: path, line: line + 1, column: column + offset)
            }
            paragraphs.append(text)
        }
    }
}
