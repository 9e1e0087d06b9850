import ErrataModel

/// Builds one `<table>`'s grid from row and cell events, expanding rowspan and colspan.
///
/// Follows the HTML table model: a cell takes the first column not covered by a span from a row
/// above; a rowspan ends with its row group (`<thead>`, `<tbody>`, `<tfoot>`); `rowspan="0"`
/// spans to the end of the group. Copies made by the expansion are flagged `isSpanCopy`.
struct HTMLTableBuilder {
    /// HTML caps colspan at 1000 and rowspan at 65534; larger values are read as those.
    static let maxColspan = 1000
    static let maxRowspan = 65534

    enum RowGroup { case none, head, body, foot }

    struct OpenCell {
        let id: Int
        let content: HTMLCellContent
        let isHeader: Bool
        let columns: [Int]
        let rowspan: Int
        let location: SourceLocation
    }

    private struct PendingSpan {
        var cell: Cell
        var remainingRows: Int
    }

    let location: SourceLocation
    /// Index of the grid in the reader's output (tables are output in order of their start tags).
    let slot: Int
    /// Text of the nearest heading before the table, used when there is no `<caption>`.
    let precedingHeading: String?

    private(set) var openCell: OpenCell?
    var caption: String?
    var captionContent: HTMLCellContent?

    private var rows: [[Cell]] = []
    private var rowInHead: [Bool] = []
    private var group = RowGroup.none
    private var currentRow: [Cell?]?
    private var cursor = 0
    private var pending: [PendingSpan?] = []
    private var pendingCount = 0

    init(location: SourceLocation, slot: Int, precedingHeading: String?) {
        self.location = location
        self.slot = slot
        self.precedingHeading = precedingHeading
    }

    var hasOpenRow: Bool { currentRow != nil }

    mutating func startGroup(_ newGroup: RowGroup) {
        endRow()
        clearSpans()
        group = newGroup
    }

    mutating func endGroup() {
        endRow()
        clearSpans()
        group = .none
    }

    mutating func startRow() {
        endRow()
        var row: [Cell?] = []
        if pendingCount > 0 {
            row = Array(repeating: nil, count: pending.count)
            for column in pending.indices {
                guard var span = pending[column] else { continue }
                row[column] = span.cell
                span.remainingRows -= 1
                if span.remainingRows > 0 {
                    pending[column] = span
                } else {
                    pending[column] = nil
                    pendingCount -= 1
                }
            }
        }
        currentRow = row
        cursor = 0
    }

    mutating func endRow() {
        if openCell != nil { _ = endCell() }
        guard let row = currentRow else { return }
        currentRow = nil
        guard !row.isEmpty else { return }
        rows.append(row.map { $0 ?? Cell(text: "") })
        rowInHead.append(group == .head)
    }

    /// Opens a cell; `rowspan`/`colspan` are the raw attribute values.
    mutating func startCell(id: Int, isHeader: Bool, rowspan: String?, colspan: String?, location: SourceLocation)
        -> HTMLCellContent
    {
        if openCell != nil { _ = endCell() }
        if currentRow == nil { startRow() }
        let colspanValue = min(max(HTMLTableBuilder.spanValue(colspan) ?? 1, 1), HTMLTableBuilder.maxColspan)
        var rowspanValue = min(HTMLTableBuilder.spanValue(rowspan) ?? 1, HTMLTableBuilder.maxRowspan)
        if rowspanValue == 0 { rowspanValue = Int.max }  // to the end of the row group
        var row = currentRow ?? []
        currentRow = nil  // keep `row` uniquely referenced while it grows
        var column = cursor
        while column < row.count, row[column] != nil { column += 1 }
        var columns: [Int] = []
        for spanned in column..<(column + colspanValue) {
            if spanned >= row.count { row.append(contentsOf: repeatElement(nil, count: spanned - row.count + 1)) }
            if row[spanned] == nil {
                row[spanned] = Cell(text: "")
                columns.append(spanned)
            }
        }
        currentRow = row
        cursor = column + colspanValue
        let content = HTMLCellContent()
        openCell = OpenCell(
            id: id, content: content, isHeader: isHeader, columns: columns, rowspan: rowspanValue, location: location)
        return content
    }

    /// Closes the open cell and places it (and its span copies) in the grid.
    @discardableResult
    mutating func endCell() -> HTMLCellContent? {
        guard let open = openCell else { return nil }
        openCell = nil
        let (text, markdown) = open.content.finish()
        let cell = Cell(text: text, markdown: markdown, isHeader: open.isHeader, location: open.location)
        var copy = cell
        copy.isSpanCopy = true
        guard var row = currentRow else { return open.content }
        currentRow = nil
        for (index, column) in open.columns.enumerated() {
            row[column] = index == 0 ? cell : copy
            if open.rowspan > 1 {
                if column >= pending.count {
                    pending.append(contentsOf: repeatElement(nil, count: column - pending.count + 1))
                }
                if pending[column] == nil { pendingCount += 1 }
                pending[column] = PendingSpan(cell: copy, remainingRows: open.rowspan - 1)
            }
        }
        currentRow = row
        return open.content
    }

    /// The finished grid.
    mutating func finish() -> Grid {
        endRow()
        var headerRows = 0
        for (index, row) in rows.enumerated() {
            guard rowInHead[index] || row.allSatisfy(\.isHeader) else { break }
            headerRows += 1
        }
        return Grid(
            rows: rows,
            headerRowCount: headerRows > 0 ? headerRows : nil,
            caption: caption ?? precedingHeading,
            location: location)
    }

    private mutating func clearSpans() {
        pending.removeAll()
        pendingCount = 0
    }

    /// The leading decimal digits of a span attribute, as HTML reads them; nil when there are none.
    static func spanValue(_ raw: String?) -> Int? {
        guard let raw else { return nil }
        var value = 0
        var sawDigit = false
        for byte in raw.utf8.drop(while: \.isHTMLWhitespace) {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { break }
            sawDigit = true
            value = min(value * 10 + Int(byte - UInt8(ascii: "0")), 1_000_000)
        }
        return sawDigit ? value : nil
    }
}
