import ErrataModel

/// Chooses the error tables among the grids of a page.
enum TableChoice {
    /// A chosen table: its position among the page's grids, the grid, its column roles and why.
    struct Choice {
        var index: Int
        var grid: Grid
        var map: ColumnMap
        /// Every column with its role and why (`TableRead.columns`).
        var columns: [CatalogBuilder.ColumnRead]
        /// The table has no code column: its HTTP statuses are its codes.
        var statusesAreCodes: Bool
        /// What was guessed from the cells, each naming its column.
        var warnings: [Diagnostic]
    }

    /// The grid's header rows: the count the source marked, else the first row.
    static func headerRowCount(of grid: Grid) -> Int {
        min(max(grid.headerRowCount ?? 1, 0), grid.rows.count)
    }

    /// The tables to read and their columns.
    ///
    /// The grids `options.tableIndices` and the recipe's `tables` select, in page order; when
    /// neither selects any, every error table of the page: the grids with a code column (named
    /// by a header or the recipe; when no grid has one, found by its cells) and a message or
    /// description column; when no grid has both, the grids with a code column; when no grid has
    /// a code column, the grids with a status column, whose statuses are then the codes. The
    /// recipe's `errors` keeps only grids of that layout. Other tables (parameters, status
    /// summaries beside an error table) are left out.
    ///
    /// Throws a `Diagnostic` when no grid can be read, an index is out of range, or the recipe
    /// no longer fits the page (a table, column or layout it names is not there), listing what
    /// there is.
    static func choose(_ grids: [Grid], path: String, options: CatalogBuilder.Options) throws -> [Choice] {
        let page = SourceLocation(path: path)
        let recipe = options.recipe
        guard !grids.isEmpty else { throw Diagnostic.error("no table found", at: page) }
        var tables = grids.indices.map { TableColumns(grids[$0], index: $0) }
        let matched = tables.indices.map { tables[$0].apply(recipe.columns) }
        let recipeAt = recipe.location ?? page
        let fits: (Int) -> Bool = { index in recipe.errors.map { grids[index].layout == $0 } ?? true }
        var chosen: [Int]
        if let selected = try selection(tables, path: path, options: options) {
            for index in selected {
                guard fits(index) else {
                    throw Diagnostic.error(
                        "the recipe reads errors written as \(recipe.errors?.rawValue ?? ""), but its table \(tables[index].label) is written as \(grids[index].layout.rawValue)",
                        at: recipeAt)
                }
                tables[index].guessStatus()
                if !tables[index].guessCode(), !adoptRoles(&tables, index) {
                    guard tables[index].map[.status] != nil else {
                        throw Diagnostic.error(
                            "table \(index) has no error-code column; its header is: \(headerList(grids[index]))",
                            at: grids[index].location ?? page)
                    }
                    tables[index].readStatusesAsCodes()
                }
            }
            chosen = selected
        } else {
            let candidates = grids.indices.filter(fits)
            if let errors = recipe.errors, candidates.isEmpty {
                throw Diagnostic.error(
                    "the recipe's errors written as \(errors.rawValue) are not on the page; its tables are: \(tables.map(\.label).joined(separator: ", "))",
                    at: recipeAt)
            }
            var coded = candidates.filter { tables[$0].map[.code] != nil }
            if coded.isEmpty {
                for index in candidates {
                    tables[index].guessStatus()
                    tables[index].guessCode()
                }
                coded = candidates.filter { tables[$0].map[.code] != nil }
            }
            if coded.isEmpty {
                chosen = candidates.filter { tables[$0].map[.status] != nil && !tables[$0].isParameterTable() }
                guard !chosen.isEmpty else {
                    let headers = grids.map(headerList).joined(separator: "; ")
                    throw Diagnostic.error(
                        "\(count(grids.count)); none has an error-code column; their headers were: \(headers)", at: page)
                }
                for index in chosen { tables[index].readStatusesAsCodes() }
            } else {
                for index in coded {
                    tables[index].guessStatus()
                    tables[index].guessProse()
                }
                let models = coded
                coded = candidates.filter { tables[$0].map[.code] != nil || adoptRoles(&tables, $0, from: models) }
                let described = coded.filter { tables[$0].map[.message] != nil || tables[$0].map[.description] != nil }
                chosen = described.isEmpty ? coded : described
            }
        }
        for index in chosen {
            tables[index].guessStatus()
            tables[index].guessProse()
        }
        try checkRules(recipe, tables: chosen.map { tables[$0] }, matched: chosen.map { matched[$0] }, page: page)
        return chosen.map { index in
            Choice(index: index, grid: grids[index], map: tables[index].map, columns: tables[index].reads,
                   statusesAreCodes: tables[index].statusesAreCodes, warnings: tables[index].diagnostics)
        }
    }

    /// Gives the table at `index` the roles of a table among `models` (every table when nil) with
    /// the same header row and a code column (`TableColumns.adoptRoles(of:)`).
    private static func adoptRoles(_ tables: inout [TableColumns], _ index: Int, from models: [Int]? = nil) -> Bool {
        for model in models ?? Array(tables.indices) where model != index && tables[model].headers == tables[index].headers {
            if models == nil {
                tables[model].guessStatus()
                tables[model].guessCode()
            }
            if tables[index].adoptRoles(of: tables[model]) { return true }
        }
        return false
    }

    /// The grids `--table` and the recipe's `tables` select, in page order; nil when none is
    /// asked for. A selector that finds no grid is an error listing the page's tables.
    private static func selection(_ tables: [TableColumns], path: String, options: CatalogBuilder.Options) throws -> [Int]? {
        let page = SourceLocation(path: path)
        guard !options.tableIndices.isEmpty || !options.recipe.tables.isEmpty else { return nil }
        var selected: Set<Int> = []
        for index in options.tableIndices {
            guard tables.indices.contains(index) else {
                throw Diagnostic.error("table index \(index) is out of range: found \(count(tables.count))", at: page)
            }
            selected.insert(index)
        }
        for selector in options.recipe.tables {
            let hits: [Int]
            let what: String
            switch selector.kind {
            case .index(let index):
                hits = tables.indices.contains(index) ? [index] : []
                what = "table \(index)"
            case .caption(let caption):
                hits = tables.indices.filter { tables[$0].grid.caption.map { HeaderName.names($0, caption) } ?? false }
                what = "table \(caption.debugDescription)"
            case .header(let header):
                hits = tables.indices.filter { tables[$0].column(named: header) != nil }
                what = "table with the header \(header.debugDescription)"
            }
            guard !hits.isEmpty else {
                throw Diagnostic.error(
                    "the recipe's \(what) is not on the page; its tables are: \(tables.map(\.label).joined(separator: ", "))",
                    at: selector.location ?? page)
            }
            selected.formUnion(hits)
        }
        return selected.sorted()
    }

    /// Every column rule of the recipe must find its column in the tables read: a header in one
    /// of them, a position within each.
    private static func checkRules(
        _ recipe: ReadingRecipe, tables: [TableColumns], matched: [Set<Int>], page: SourceLocation
    ) throws {
        for (number, rule) in recipe.columns.enumerated() {
            let at = rule.location ?? page
            switch rule.column {
            case .header(let name):
                guard !matched.contains(where: { $0.contains(number) }) else { continue }
                let headers = tables.map { "[" + $0.headers.joined(separator: ", ") + "]" }.joined(separator: "; ")
                throw Diagnostic.error(
                    "the recipe's column \(name.debugDescription) is in no table read; their headers are: \(headers)", at: at)
            case .position(let position):
                guard let short = tables.first(where: { position < 1 || position > $0.width }) else { continue }
                let table = tables.count == 1 ? "the table's" : "table \(short.index)'s"
                throw Diagnostic.error(
                    "the recipe's column \(position) is past \(table) \(short.width) columns", at: at)
            }
        }
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
