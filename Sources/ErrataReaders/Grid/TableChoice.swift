import ErrataModel

/// Chooses the error table among the grids of a page.
enum TableChoice {
    /// The grid's header rows: the count the source marked, else the first row.
    static func headerRowCount(of grid: Grid) -> Int {
        min(max(grid.headerRowCount ?? 1, 0), grid.rows.count)
    }

    static func columnMap(of grid: Grid) -> ColumnMap {
        ColumnMap(headerRows: Array(grid.rows.prefix(headerRowCount(of: grid))))
    }

    /// The first grid with a code and a message column, else the first with a code column.
    static func choose(_ grids: [Grid], path: String, tableIndex: Int?) throws -> (Grid, ColumnMap) {
        let location = SourceLocation(path: path)
        if let tableIndex {
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
            return (grid, map)
        }
        guard !grids.isEmpty else { throw Diagnostic.error("no table found", at: location) }
        let maps = grids.map(columnMap(of:))
        let candidates = grids.indices.filter { maps[$0][.code] != nil }
        if let best = candidates.first(where: { maps[$0][.message] != nil }) ?? candidates.first {
            return (grids[best], maps[best])
        }
        let headers = grids.map(headerList).joined(separator: "; ")
        throw Diagnostic.error(
            "\(count(grids.count)); none has an error-code column; their headers were: \(headers)", at: location)
    }

    private static func count(_ tables: Int) -> String {
        tables == 1 ? "1 table" : "\(tables) tables"
    }

    private static func headerList(_ grid: Grid) -> String {
        let cells = grid.rows.prefix(headerRowCount(of: grid)).flatMap { $0.map(\.text) }
        return "[" + cells.joined(separator: ", ") + "]"
    }
}
