import ErrataModel

/// Chooses the error tables among the grids of a page.
enum TableChoice {
    /// A chosen table: its position among the page's grids, the grid, its column roles.
    struct Choice {
        var index: Int
        var grid: Grid
        var map: ColumnMap
        /// Set when the code column was found by its contents, not its header.
        var warning: Diagnostic?
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
        var maps = grids.map(columnMap(of:))
        var warnings: [Int: Diagnostic] = [:]
        if !maps.contains(where: { $0[.code] != nil }) {
            // No header names a code column: take a column whose cells are codes, with a warning.
            for index in grids.indices {
                guard let column = codeColumnByContent(grids[index], map: maps[index]) else { continue }
                maps[index].assign(.code, to: column)
                let header = grids[index].rows.first.map { column < $0.count ? $0[column].text : "" } ?? ""
                warnings[index] = .warning(
                    "no header names the error-code column; column \(column + 1) (\(header.debugDescription)) holds code-shaped cells and is read as the codes",
                    at: grids[index].location ?? location)
            }
        }
        let withCode = grids.indices.filter { maps[$0][.code] != nil }
        let described = withCode.filter { maps[$0][.message] != nil || maps[$0][.description] != nil }
        let chosen = described.isEmpty ? withCode : described
        guard !chosen.isEmpty else {
            let headers = grids.map(headerList).joined(separator: "; ")
            throw Diagnostic.error(
                "\(count(grids.count)); none has an error-code column; their headers were: \(headers)", at: location)
        }
        return chosen.map { Choice(index: $0, grid: grids[$0], map: maps[$0], warning: warnings[$0]) }
    }

    /// The leftmost column with no role whose body cells are codes: at least two filled cells,
    /// nine in ten of them code-shaped (no inner spaces, not sentences) and distinct, most of one
    /// shape, and most holding a digit, or all exception names (`NoSuchKey`).
    static func codeColumnByContent(_ grid: Grid, map: ColumnMap) -> Int? {
        let body = grid.rows.dropFirst(headerRowCount(of: grid))
        let width = grid.rows.map(\.count).max() ?? 0
        for column in 0..<width where !map.hasRole(column) {
            let cells = body.compactMap { column < $0.count && !$0[column].isEmpty && !$0[column].isSpanCopy ? $0[column] : nil }
            guard cells.count >= 2 else { continue }
            let codes = cells.filter(CodeShape.looksLikeCode)
            guard codes.count * 10 >= cells.count * 9, Set(codes.map(\.text)).count == codes.count else { continue }
            let shapes = Dictionary(grouping: codes, by: { CodeShape.signature($0.text) }).values.map(\.count)
            // Codes of one table mostly share a shape, and hold digits (`AADSTS50011`, `E.1`) or are
            // exception names (`NoSuchKey`); parameter names (`project_id`, `name`) are neither.
            guard let most = shapes.max(), most * 2 > codes.count else { continue }
            let withDigits = codes.filter { $0.text.contains(where: \.isNumber) }.count
            let exceptionNames = codes.allSatisfy { code in
                code.text.first?.isUppercase == true && code.text.dropFirst().contains(where: \.isUppercase)
                    && code.text.dropFirst().contains(where: \.isLowercase)
            }
            guard withDigits * 2 >= codes.count || exceptionNames else { continue }
            return column
        }
        return nil
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
