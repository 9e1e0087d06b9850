import ErrataModel

/// Reads an RST grid table (`+---+` borders, `|` cell edges, `+===+` under the header),
/// spans included, the way docutils does: each cell is traced from its top-left corner
/// along its borders.
///
/// A cell spanning rows or columns is placed at its top-left position; the positions it
/// also covers get copies of it marked `isSpanCopy`, as the HTML reader makes them, so a status
/// beside a code written on two rows applies to both rows.
struct RSTGridTable {
    /// The table's lines without their indentation, as scalars; an East Asian wide character
    /// is followed by a filler so that indices are display columns.
    private let block: [[Unicode.Scalar]]
    private let width: Int
    private var done: [Int]
    /// Directives in cells the reader does not understand.
    private var warnings: [Diagnostic] = []
    private static let filler: Unicode.Scalar = "\u{0}"

    private struct Span {
        var top, left, bottom, right: Int
    }

    /// The grid of the table made of `lines`, which start at 0-based line `firstLine` of the
    /// file and are indented by `indent` columns.
    static func read(_ lines: ArraySlice<Substring>, firstLine: Int, indent: Int, path: String) -> Grid? {
        let block = lines.map { line -> [Unicode.Scalar] in
            var scalars: [Unicode.Scalar] = []
            for scalar in line.unicodeScalars.dropFirst(indent) {
                scalars.append(scalar)
                if EastAsianWidth.isWide(scalar) { scalars.append(filler) }
            }
            while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
            return scalars
        }
        var table = RSTGridTable(block: block)
        let spans = table.scanCells()
        guard !spans.isEmpty else { return nil }
        return table.grid(spans, firstLine: firstLine, indent: indent, path: path)
    }

    private init(block: [[Unicode.Scalar]]) {
        let width = block.map(\.count).max() ?? 0
        self.block = block.map { $0 + Array(repeating: " ", count: width - $0.count) }
        self.width = width
        self.done = Array(repeating: -1, count: width)
    }

    private func at(_ row: Int, _ column: Int) -> Unicode.Scalar { block[row][column] }

    private mutating func scanCells() -> [Span] {
        let height = block.count
        guard height > 1, width > 1 else { return [] }
        var spans: [Span] = []
        var corners: [(Int, Int)] = [(0, 0)]
        while !corners.isEmpty {
            let (top, left) = corners.removeFirst()
            if top >= height - 1 || left >= width - 1 || top <= done[left] { continue }
            guard at(top, left) == "+", let (bottom, right) = scanRight(top, left) else { continue }
            for column in left..<right { done[column] = bottom - 1 }
            spans.append(Span(top: top, left: left, bottom: bottom, right: right))
            corners.append((top, right))
            corners.append((bottom, left))
            corners.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        }
        return spans
    }

    private func scanRight(_ top: Int, _ left: Int) -> (Int, Int)? {
        var right = left + 1
        while right < width {
            let char = at(top, right)
            if char == "+" {
                if let bottom = scanDown(top, left, right) { return (bottom, right) }
            } else if char != "-" && char != "=" {
                return nil
            }
            right += 1
        }
        return nil
    }

    private func scanDown(_ top: Int, _ left: Int, _ right: Int) -> Int? {
        var bottom = top + 1
        while bottom < block.count {
            let char = at(bottom, right)
            if char == "+" {
                if scanLeftAndUp(top, left, bottom, right) { return bottom }
            } else if char != "|" {
                return nil
            }
            bottom += 1
        }
        return nil
    }

    private func scanLeftAndUp(_ top: Int, _ left: Int, _ bottom: Int, _ right: Int) -> Bool {
        for column in stride(from: right - 1, to: left, by: -1) {
            let char = at(bottom, column)
            guard char == "-" || char == "=" || char == "+" else { return false }
        }
        guard at(bottom, left) == "+" else { return false }
        for row in stride(from: bottom - 1, to: top, by: -1) {
            let char = at(row, left)
            guard char == "|" || char == "+" else { return false }
        }
        return true
    }

    private mutating func grid(_ spans: [Span], firstLine: Int, indent: Int, path: String) -> Grid {
        let rowBounds = Set(spans.flatMap { [$0.top, $0.bottom] }).sorted()
        let columnBounds = Set(spans.flatMap { [$0.left, $0.right] }).sorted()
        let rowIndex = Dictionary(uniqueKeysWithValues: rowBounds.enumerated().map { ($1, $0) })
        let columnIndex = Dictionary(uniqueKeysWithValues: columnBounds.enumerated().map { ($1, $0) })
        var rows = Array(repeating: Array(repeating: Cell(text: ""), count: columnBounds.count - 1),
                         count: rowBounds.count - 1)
        for span in spans {
            guard let row = rowIndex[span.top], let rowEnd = rowIndex[span.bottom],
                  let column = columnIndex[span.left], let columnEnd = columnIndex[span.right] else { continue }
            let cell = content(span, firstLine: firstLine, indent: indent, path: path)
            var copy = cell
            copy.isSpanCopy = true
            for spanned in row..<rowEnd {
                for spannedColumn in column..<columnEnd where (spanned, spannedColumn) != (row, column) {
                    rows[spanned][spannedColumn] = copy
                }
            }
            rows[row][column] = cell
        }
        let separator = (1..<block.count).first { line in
            block[line].first == "+" && block[line].contains("=") && block[line].allSatisfy { "+=| ".unicodeScalars.contains($0) }
        }
        let headerRows = separator.flatMap { rowIndex[$0] }
        return Grid(rows: rows, headerRowCount: headerRows,
                    location: SourceLocation(path: path, line: firstLine + 1, column: indent + 1), warnings: warnings)
    }

    private mutating func content(_ span: Span, firstLine: Int, indent: Int, path: String) -> Cell {
        var lines: [String] = []
        for row in (span.top + 1)..<span.bottom {
            var text = String.UnicodeScalarView()
            for scalar in block[row][(span.left + 1)..<span.right] where scalar != Self.filler {
                text.append(scalar)
            }
            lines.append(String(text))
        }
        let firstContent = lines.firstIndex { !$0.allSatisfy(\.isWhitespace) } ?? 0
        let offset = lines.isEmpty ? 0 : lines[firstContent].prefix { $0 == " " }.count
        let location = SourceLocation(path: path, line: firstLine + span.top + 2 + firstContent,
                                      column: indent + span.left + 2 + offset)
        let (cell, cellWarnings) = RSTCellBlocks.cell(lines, firstLine: firstLine + span.top + 2, location: location)
        warnings += cellWarnings
        return cell
    }
}

/// East Asian wide and fullwidth characters, which take two columns in a grid table.
enum EastAsianWidth {
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
