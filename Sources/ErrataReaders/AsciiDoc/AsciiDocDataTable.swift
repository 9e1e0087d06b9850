import ErrataModel

/// Reads an AsciiDoc data table: `,===` (CSV), `:===` (DSV), or `|===` with `format=csv`,
/// `format=dsv`, `format=tsv` or `separator=`. Each line is a row; fields are split at the
/// separator (CSV: outside double quotes, `""` a quote inside them; DSV: `\:` a literal colon);
/// blank and comment lines are no rows. The header row is marked as in `AsciiDocTable` (the
/// option, or a first line followed by a blank line). Fields are read as inline markup.
enum AsciiDocDataTable {
    static func read(
        _ lines: [Substring], start: Int, separator: Character, attributes: AsciiDocTable.Attributes, caption: String?,
        path: String
    ) -> (grid: Grid, end: Int) {
        let delimiter = lines[start].trimmedSubstring()
        var close = start + 1
        while close < lines.count, lines[close].trimmedSubstring() != delimiter { close += 1 }
        var rows: [[Cell]] = []
        var implicitHeader = false
        for index in (start + 1)..<close {
            let line = lines[index]
            guard !line.trimmedSubstring().isEmpty, !AsciiDocTable.isLineComment(line) else { continue }
            if rows.isEmpty { implicitHeader = index + 1 < close && lines[index + 1].trimmedSubstring().isEmpty }
            // Fields are located at their line (quotes and escapes make columns differ from the text's).
            let location = SourceLocation(path: path, line: index + 1)
            rows.append(fields(line, separator: separator).prefix(AsciiDocTable.maxColumns).map { field in
                RichText.cell([.paragraph(AsciiDocInline.parse(field.trimmedForCell()))], location: location)
            })
        }
        let width = min(attributes.columnCount ?? rows.map(\.count).max() ?? 0, AsciiDocTable.maxColumns)
        rows = rows.map { row in row.count < width ? row + Array(repeating: Cell(text: ""), count: width - row.count) : row }
        let header = attributes.header ?? (implicitHeader ? true : nil)
        var headerRows: Int?
        if let header { headerRows = header && !rows.isEmpty ? 1 : 0 }
        if headerRows == 1 { rows[0] = rows[0].map { var cell = $0; cell.isHeader = true; return cell } }
        let grid = Grid(rows: rows, headerRowCount: headerRows, caption: caption, location: SourceLocation(path: path, line: start + 1, column: 1))
        return (grid, min(close + 1, lines.count))
    }

    /// The fields of one line.
    static func fields(_ line: Substring, separator: Character) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var index = line.startIndex
        while index < line.endIndex {
            let char = line[index]
            let next = line.index(after: index)
            if separator == ",", char == "\"" {
                if quoted, next < line.endIndex, line[next] == "\"" {
                    field.append("\"")
                    index = line.index(after: next)
                    continue
                }
                quoted.toggle()
            } else if separator == ":", char == "\\", next < line.endIndex, line[next] == ":" {
                field.append(":")
                index = line.index(after: next)
                continue
            } else if char == separator, !quoted {
                fields.append(field)
                field = ""
            } else {
                field.append(char)
            }
            index = next
        }
        fields.append(field)
        return fields
    }
}
