import ErrataModel

/// Reads an AsciiDoc table (`|===` … `|===`) into a grid, as Asciidoctor lays it out:
///
/// - the attribute line before it: `cols` (`"20%,40%,40%"`, `"1,2,2"`, `3*`, `"3"`, a style
///   letter per column such as `1,2a`) gives the column count and the columns' styles;
///   `options="header"`, `opts=header`, `%header` mark the first row as the header, `noheader`
///   says there is none; without either, a first line holding cells followed by a blank line is
///   the header (the implicit header row);
/// - cells start at each `|` (`\|` is a literal bar), on one line or one per line, their text
///   running to the next `|`, blank lines included; a cell specifier before the `|`, at the
///   start of a line or after a space, sets its span (`2+` two columns, `.2+` two rows, `2.3+`),
///   a duplication (`3*`), its alignment and style (`a` AsciiDoc content, `m` and `l` code, `s`
///   strong, `e` emphasis, `h` header);
/// - without `cols`, the column count is the first line's cells (spans counted).
///
/// A spanning cell stands at its first position; the positions it also covers get empty
/// `isSpanCopy` cells. A row that spanning cells would fill entirely is not made (no cell of the
/// page stands in it). Cells of `a` style are read as blocks (`AsciiDocBlocks`), others as
/// paragraphs of inline markup.
struct AsciiDocTable {
    /// Columns beyond this count are not made (as HTML colspans are clamped).
    static let maxColumns = 1000
    /// Rowspans beyond this are clamped (as in HTML).
    static let maxRowspan = 65534
    /// A table whose cells, span copies included, would be more than this is an error.
    static let maxCells = 4_000_000

    /// How a cell is written: its spans, duplication and style letter.
    struct Spec: Equatable {
        var colspan = 1
        var rowspan = 1
        var duplicate = 1
        var style: Character?
    }

    /// A cell as found, before it is placed.
    private struct RawCell {
        var spec: Spec?
        var lines: [AsciiDocLine] = []
        var line: Int
        var column: Int
    }

    /// The attributes of the line before the table that the reader uses.
    struct Attributes: Equatable {
        var columnCount: Int?
        var columnStyles: [Character?] = []
        /// True: a header row; false: none; nil: not said.
        var header: Bool?
        /// The field separator of a data table (`format=csv`, `dsv`, `tsv`, or `separator=`);
        /// nil for a table of `|` cells.
        var dataSeparator: Character?

        init(_ line: Substring?) {
            guard let line, line.first == "[", line.last == "]" else { return }
            for attribute in Self.split(line.dropFirst().dropLast()) {
                let parts = attribute.split(separator: "=", maxSplits: 1)
                let name = parts.first.map { $0.trimmedSubstring() } ?? ""
                var value = parts.count > 1 ? parts[1].trimmedSubstring() : ""
                if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                    value = value.dropFirst().dropLast()
                }
                if parts.count == 1 {
                    // `%header%autowidth`: options in shorthand, first among the positional attributes.
                    for option in name.split(separator: "%") where name.contains("%") { set(option: option) }
                    continue
                }
                switch name {
                case "cols": readColumns(value)
                case "options", "opts": for option in value.split(separator: ",") { set(option: option.trimmedSubstring()) }
                case "format":
                    switch value {
                    case "csv": dataSeparator = dataSeparator ?? ","
                    case "dsv": dataSeparator = dataSeparator ?? ":"
                    case "tsv": dataSeparator = dataSeparator ?? "\t"
                    default: break
                    }
                case "separator":
                    if value.count == 1 { dataSeparator = value.first }
                    if value == "\\t" { dataSeparator = "\t" }
                default: break
                }
            }
        }

        private mutating func set(option: Substring) {
            if option == "header" { header = true }
            if option == "noheader" { header = false }
        }

        /// `cols`: `N` alone is N columns; else a `,` or `;` separated list of specs, `N*spec` N of them.
        private mutating func readColumns(_ value: Substring) {
            if let count = Int(value), count > 0, !value.contains(",") {
                columnCount = min(count, maxColumns)
                columnStyles = Array(repeating: nil, count: columnCount ?? 0)
                return
            }
            var styles: [Character?] = []
            for spec in value.split(whereSeparator: { $0 == "," || $0 == ";" }) {
                var text = spec.trimmedSubstring()
                var times = 1
                if let star = text.firstIndex(of: "*"), let count = Int(text[..<star]) {
                    times = min(max(count, 0), maxColumns)
                    text = text[text.index(after: star)...]
                }
                let style = text.last.flatMap { "adehlmsv".contains($0) ? $0 : nil }
                styles += Array(repeating: style, count: min(times, maxColumns - styles.count))
                if styles.count >= maxColumns { break }
            }
            guard !styles.isEmpty else { return }
            columnCount = styles.count
            columnStyles = styles
        }

        /// The attribute list split at commas outside quotes.
        private static func split(_ text: Substring) -> [Substring] {
            var parts: [Substring] = []
            var start = text.startIndex
            var quote: Character?
            var index = text.startIndex
            while index < text.endIndex {
                let char = text[index]
                if let open = quote {
                    if char == open { quote = nil }
                } else if char == "\"" || char == "'" {
                    quote = char
                } else if char == "," {
                    parts.append(text[start..<index])
                    start = text.index(after: index)
                }
                index = text.index(after: index)
            }
            parts.append(text[start...])
            return parts
        }
    }

    /// A cell specifier (`2+`, `.3+`, `2.3+`, `3*`, `^.>`, `a`, `2+^.^m`), or nil when `token`
    /// is not one.
    static func spec(_ token: Substring) -> Spec? {
        guard !token.isEmpty, token.count <= 24 else { return nil }
        let chars = Array(token)
        var spec = Spec()
        var index = 0
        func number() -> Int? {
            let start = index
            while index < chars.count, chars[index].isASCII, chars[index].isNumber { index += 1 }
            return index > start ? Int(String(chars[start..<index])) : nil
        }
        let first = number()
        var second: Int?
        var dotted = false
        if index < chars.count, chars[index] == ".", index + 1 < chars.count, chars[index + 1].isNumber {
            index += 1
            dotted = true
            second = number()
        }
        if index < chars.count, chars[index] == "+", first != nil || second != nil {
            spec.colspan = first ?? 1
            spec.rowspan = second ?? 1
            index += 1
        } else if index < chars.count, chars[index] == "*", let times = first, !dotted {
            spec.duplicate = times
            index += 1
        } else if first != nil || dotted {
            return nil
        }
        if index < chars.count, "<^>".contains(chars[index]) { index += 1 }
        if index + 1 < chars.count, chars[index] == ".", "<^>".contains(chars[index + 1]) { index += 2 }
        if index < chars.count, "adehlmsv".contains(chars[index]) {
            spec.style = chars[index]
            index += 1
        }
        return index == chars.count ? spec : nil
    }

    /// The grid of the table whose opening delimiter is `lines[start]`, and the index after its
    /// closing delimiter (the end of the page when it is not closed).
    static func read(
        _ lines: [Substring], start: Int, attributes: Attributes, caption: String?, path: String
    ) throws -> (grid: Grid, end: Int) {
        let delimiter = lines[start].trimmedSubstring()
        let separator = delimiter.first ?? "|"
        var close = start + 1
        while close < lines.count, lines[close].trimmedSubstring() != delimiter { close += 1 }
        let location = SourceLocation(path: path, line: start + 1, column: 1)

        // The cells, in order.
        var cells: [RawCell] = []
        var firstLineCells: Int?
        var implicitHeader = false
        var firstContentLine: Int?
        for index in (start + 1)..<close {
            let line = lines[index]
            // Line comments are not part of the table (as Asciidoctor skips them there).
            if Self.isLineComment(line) { continue }
            if firstContentLine == nil, !line.trimmedSubstring().isEmpty { firstContentLine = index }
            let before = cells.count
            split(line, line: index + 1, separator: separator, into: &cells)
            if index == firstContentLine {
                firstLineCells = cells[before...].reduce(0) { count, cell in
                    let spec = cell.spec ?? Spec()
                    return min(count + min(max(spec.colspan, 1), maxColumns) * min(max(spec.duplicate, 1), maxColumns), maxColumns)
                }
                implicitHeader = cells.count > before && index + 1 < close && lines[index + 1].trimmedSubstring().isEmpty
                    && line.trimmedSubstring().first == separator
            }
        }
        let columns = min(max(attributes.columnCount ?? firstLineCells ?? 1, 1), maxColumns)
        let header = attributes.header ?? (implicitHeader ? true : nil)

        // Placing the cells: rows of `columns`, spans reserving the positions they cover.
        var rows: [[Cell]] = []
        var row: [Cell?] = []  // nil: a position a spanning cell covers
        var rowIndex = 0
        var spannedUntil = [Int](repeating: 0, count: columns)  // the first row each column is free again
        var warnings: [Diagnostic] = []
        func fillSpans() {
            while row.count < columns, spannedUntil[row.count] > rowIndex { row.append(nil) }
        }
        func finishRow() throws {
            if row.contains(where: { $0 != nil }) {
                rows.append((0..<columns).map { column in
                    if column < row.count { return row[column] ?? Cell(text: "", isSpanCopy: true) }
                    return Cell(text: "", isSpanCopy: spannedUntil[column] > rowIndex)
                })
                guard rows.count * columns <= maxCells else {
                    throw Diagnostic.error(
                        "the AsciiDoc table has more than \(maxCells) cells, span copies included; it is not read", at: location)
                }
            }
            row = []
            rowIndex += 1
            // Rows that spans fill entirely are not made.
            if spannedUntil.allSatisfy({ $0 > rowIndex }) { rowIndex = spannedUntil.min() ?? rowIndex }
        }
        for raw in cells {
            let spec = raw.spec ?? Spec()
            var read: [Character?: Cell] = [:]
            for _ in 0..<min(max(spec.duplicate, 1), maxColumns) {
                fillSpans()
                while row.count >= columns {
                    try finishRow()
                    fillSpans()
                }
                let start = row.count
                let style = spec.style ?? (start < attributes.columnStyles.count ? attributes.columnStyles[start] : nil)
                let content: Cell
                if let known = read[style] {
                    content = known
                } else {
                    let (made, cellWarnings) = Self.cell(raw, style: style, path: path)
                    warnings += cellWarnings
                    read[style] = made
                    content = made
                }
                let colspan = min(max(spec.colspan, 1), columns - start)
                let rowspan = min(max(spec.rowspan, 1), maxRowspan)
                row.append(content)
                for _ in 1..<colspan { row.append(nil) }
                for spanned in start..<(start + colspan) { spannedUntil[spanned] = rowIndex + rowspan }
                if row.count >= columns { try finishRow() }
            }
        }
        if row.contains(where: { $0 != nil }) { try finishRow() }
        let headerRows: Int? = switch header {
        case true?: rows.isEmpty ? 0 : 1
        case false?: 0
        case nil: nil
        }
        var grid = Grid(rows: rows, headerRowCount: headerRows, caption: caption, location: location, warnings: warnings)
        if headerRows == 1 {
            grid.rows[0] = grid.rows[0].map { var cell = $0; cell.isHeader = true; return cell }
        }
        return (grid, min(close + 1, lines.count))
    }

    /// `// text`: a line comment (`////` opens a comment block instead).
    static func isLineComment(_ line: Substring) -> Bool {
        let trimmed = line.trimmedSubstring()
        return trimmed.hasPrefix("//") && !trimmed.hasPrefix("///")
    }

    /// Splits one line of the table into cells: text before the line's first separator continues
    /// the cell before (a blank line is a paragraph break in it); each separator starts a cell,
    /// with the specifier written before it.
    private static func split(_ line: Substring, line number: Int, separator: Character, into cells: inout [RawCell]) {
        var segment = ""
        var sawSeparator = false
        var column = 0
        var index = line.startIndex
        func append(_ text: Substring) {
            guard !cells.isEmpty else { return }  // text before the first cell is not in the table
            cells[cells.count - 1].lines.append(AsciiDocLine(text: text, line: number))
        }
        while index < line.endIndex {
            let char = line[index]
            let next = line.index(after: index)
            column += 1
            if char == "\\", next < line.endIndex, line[next] == separator {
                segment.append(separator)
                index = line.index(after: next)
                column += 1
                continue
            }
            guard char == separator else {
                segment.append(char)
                index = next
                continue
            }
            // The specifier: the segment's last word, at the start of the line or after a space.
            var text = Substring(segment)
            var spec: Spec?
            let wordLength = text.reversed().prefix { $0 != " " && $0 != "\t" }.count
            if wordLength > 0, wordLength <= 24 {
                let wordStart = text.index(text.endIndex, offsetBy: -wordLength)
                let afterSpace = wordStart > text.startIndex
                if afterSpace || !sawSeparator, let found = Self.spec(text[wordStart...]) {
                    spec = found
                    text = text[..<wordStart]
                }
            }
            if sawSeparator || !text.allSatisfy({ $0 == " " || $0 == "\t" }) { append(text) }
            cells.append(RawCell(spec: spec, line: number, column: column + 1))
            segment = ""
            sawSeparator = true
            index = next
        }
        append(Substring(segment))
    }

    /// The cell of `raw`'s lines in `style`.
    private static func cell(_ raw: RawCell, style: Character?, path: String) -> (Cell, [Diagnostic]) {
        let location = SourceLocation(path: path, line: raw.line, column: raw.column)
        var lines = raw.lines
        while let last = lines.last, last.text.trimmedSubstring().isEmpty { lines.removeLast() }
        while let first = lines.first, first.text.trimmedSubstring().isEmpty { lines.removeFirst() }
        if style == "a" {
            return AsciiDocBlocks.cell(lines, location: location, where: "a table cell")
        }
        // Paragraphs of inline markup, separated by blank lines.
        var paragraphs: [[Substring]] = [[]]
        for line in lines {
            let trimmed = line.text.trimmedSubstring()
            if trimmed.isEmpty {
                if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
            } else {
                paragraphs[paragraphs.count - 1].append(trimmed.hasSuffix(" +") ? trimmed.dropLast(2) : trimmed)
            }
        }
        let blocks: [RichBlock] = paragraphs.filter { !$0.isEmpty }.map { lines in
            let text = lines.joined(separator: "\n")
            switch style {
            case "m", "l": return .paragraph([.code(text)])
            case "s": return .paragraph([.strong(AsciiDocInline.parse(text))])
            case "e": return .paragraph([.emphasis(AsciiDocInline.parse(text))])
            default: return .paragraph(AsciiDocInline.parse(text))
            }
        }
        var cell = RichText.cell(blocks, location: location)
        cell.isHeader = style == "h"
        return (cell, [])
    }
}
