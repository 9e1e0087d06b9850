import ErrataModel

/// Chooses the error tables among the grids of a page.
enum TableChoice {
    /// A chosen table: its position among the page's grids, the grid, its column roles.
    struct Choice {
        var index: Int
        var grid: Grid
        var map: ColumnMap
    }

    /// The grid's header rows: the count the source marked, else the first row.
    static func headerRowCount(of grid: Grid) -> Int {
        min(max(grid.headerRowCount ?? 1, 0), grid.rows.count)
    }

    static func columnMap(of grid: Grid) -> ColumnMap {
        ColumnMap(headerRows: Array(grid.rows.prefix(headerRowCount(of: grid))))
    }

    /// The grids `tableIndices` name (in page order), or when there are none, every error table of the page: the
    /// grids with a code column and a message or description column; when no grid has both,
    /// the grids with a code column. Other tables (parameters, status summaries) are left out.
    static func choose(_ grids: [Grid], path: String, tableIndices: [Int]) throws -> [Choice] {
        let location = SourceLocation(path: path)
        if !tableIndices.isEmpty {
            return try Set(tableIndices).sorted().map { tableIndex in
                guard grids.indices.contains(tableIndex) else {
                    throw Diagnostic.error(
                        "table index \(tableIndex) is out of range: found \(count(grids.count))", at: location)
                }
                let grid = grids[tableIndex]
                let map = columnMap(of: grid)
                guard map[.code] != nil else {
                    throw Diagnostic.error(
                        "table \(tableIndex) has no error-code column; its header is: \(headerList(grid))",
                        at: grid.location ?? location)
                }
                return Choice(index: tableIndex, grid: grid, map: map)
            }
        }
        guard !grids.isEmpty else { throw Diagnostic.error("no table found", at: location) }
        let maps = grids.map(columnMap(of:))
        let withCode = grids.indices.filter { maps[$0][.code] != nil }
        let described = withCode.filter { maps[$0][.message] != nil || maps[$0][.description] != nil }
        let chosen = described.isEmpty ? withCode : described
        guard !chosen.isEmpty else {
            let headers = grids.map(headerList).joined(separator: "; ")
            throw Diagnostic.error(
                "\(count(grids.count)); none has an error-code column; their headers were: \(headers)", at: location)
        }
        return chosen.map { Choice(index: $0, grid: grids[$0], map: maps[$0]) }
    }

    private static func count(_ tables: Int) -> String {
        tables == 1 ? "1 table" : "\(tables) tables"
    }

    private static func headerList(_ grid: Grid) -> String {
        let cells = grid.rows.prefix(headerRowCount(of: grid)).flatMap { $0.map(\.text) }
        return "[" + cells.joined(separator: ", ") + "]"
    }

    /// A caption or heading as a module name: without a leading "Table 3" / "表3" numbering.
    static func moduleName(fromCaption caption: String?) -> String? {
        guard var text = caption.map(RichText.fold)?.trimmedForCell(), !text.isEmpty else { return nil }
        for prefix in ["Table ", "table ", "Tabelle ", "Tableau ", "表"] where text.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count)
            let number = rest.prefix { $0.isNumber || $0 == "." || $0 == "-" }
            guard !number.isEmpty else { continue }
            text = String(rest.dropFirst(number.count)).trimmedForCell()
            while let first = text.first, ":：.".contains(first) { text = String(text.dropFirst()).trimmedForCell() }
            break
        }
        return text.isEmpty ? nil : text
    }
}
