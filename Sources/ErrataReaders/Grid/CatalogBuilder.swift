import ErrataModel

/// Turns the grids a reader found into a `Catalog`: picks the error tables (`TableChoice`), gives
/// their columns roles by header name, the recipe's rules and their cells (`TableColumns`), and
/// reads codes, variants, modules and notes from their rows.
///
/// Shared by every reader, so all input formats give tables one meaning:
/// - the Module column is filled down (empty cells and span copies); a group row (one cell
///   naming a module across the row, or alone and bold) starts a module;
/// - a row with an empty code cell (or a span copy of it) but other content is another
///   variant of the code above; the same code on non-adjacent rows is one entry too;
/// - rows whose code cell is not code-shaped ("Other | contact us") are notes, except a code
///   written as words in a row with a status and a message (warned);
/// - a row repeated with identical cells is one row (warned);
/// - a table whose only identifier is the HTTP status (no code column on the page) reads each
///   status as a code;
/// - one row is one variant: a status cell with several numbers ("400/404") gives the row's
///   variant all of them (`Variant.statuses`);
/// - a message cell of several paragraphs gives several messages of the row's variant: the first
///   is its `message`, the others its `alternativeMessages` ("etc." paragraphs (warned) and a
///   "1." "2." enumeration dropped, a paragraph continuing a sentence joined, explanations moved
///   to the start of the description; `MessageCell`);
/// - a column no role takes ("Type", "Owner", a second "Description") is kept per row, as the
///   variant's `columns` (header text and the cell's Markdown; empty cells left out), and reported
///   once per table as a note;
/// - when a table has no message column but a description column (Yandex: HTTP / Error code /
///   Description), such tables describe each code by the text the API sends: the description's
///   first paragraph (plain text) is the message, and the description keeps the whole cell
///   (Markdown) only when it says more than that (more paragraphs, lists, links, code).
public struct CatalogBuilder: Sendable {
    /// How to build the catalog.
    public struct Options: Sendable {
        /// 0-based indices of the grids to read, overriding the automatic choice (empty: automatic).
        public var tableIndices: [Int]
        /// Human-readable service name, e.g. "Huawei Cloud OCR".
        public var service: String
        /// URL of the documentation page.
        public var source: String?
        /// The spec's recipe: which tables, which column has which role. What it does not say is guessed.
        public var recipe: ReadingRecipe

        public init(service: String, source: String? = nil, tableIndices: [Int] = [], recipe: ReadingRecipe = ReadingRecipe()) {
            self.service = service
            self.source = source
            self.tableIndices = tableIndices
            self.recipe = recipe
        }
    }

    /// A table the catalog was read from, for reports (`dump` and `import` say which they read).
    public struct TableRead: Hashable, Sendable {
        /// 0-based position among the page's tables (what `--table` takes).
        public var index: Int
        public var location: SourceLocation?
        public var caption: String?
        /// The module its rows were filed under for want of a module column, if any.
        public var module: String?
        /// Codes found in it.
        public var codeCount: Int
        /// Each column of the table: the role it was read as, and why (`--explain`).
        public var columns: [ColumnRead] = []
    }

    /// A column of a table read, and why it has its role: what `dump --explain` shows, so the user
    /// knows what to write in a recipe.
    public struct ColumnRead: Hashable, Sendable {
        /// 1-based, as warnings and recipes number columns.
        public var position: Int
        /// Its header text ("" when the table has none).
        public var header: String
        /// Its role; nil when it is kept as each row's other columns (or ignored, see `reason`).
        public var role: ReadingRecipe.Role?
        public var reason: Reason
        /// Why, in words: "header \"HttpCode\"", "9 of 10 cells are HTTP statuses".
        public var detail: String

        public enum Reason: String, Hashable, Sendable {
            /// A header name errata knows.
            case header
            /// The cells' content (no header named it).
            case content
            /// The spec's recipe (or an option) said so.
            case recipe
            /// No role: kept as each row's columns.
            case kept
        }

        public init(position: Int, header: String, role: ReadingRecipe.Role?, reason: Reason, detail: String) {
            self.position = position
            self.header = header
            self.role = role
            self.reason = reason
            self.detail = detail
        }
    }

    /// Picks the error tables among `grids`, maps their columns, and builds the catalog.
    ///
    /// Throws a `Diagnostic` at `path` when no grid has an error-code column (listing the
    /// headers it saw), when an index of `options.tableIndices` is out of range or names such a
    /// grid, or when the recipe no longer fits the page (`TableChoice.choose`).
    public static func build(_ grids: [Grid], path: String, options: Options) throws -> Catalog {
        try buildWithTables(grids, path: path, options: options).catalog
    }

    /// What `buildWithTables` found.
    public struct Built: Sendable {
        public var catalog: Catalog
        /// The tables read, in page order.
        public var tables: [TableRead]
        /// How many tables the page has.
        public var tableCount: Int
        /// Suspicious rows, read as well as they could be: a code broken by a space, a status
        /// that is not an HTTP status, a code-shaped message, a row listed twice, markup in a
        /// cell the reader does not understand; and notes: the
        /// columns kept per row for want of a role, once per table.
        public var warnings: [Diagnostic]
    }

    /// The catalog and the tables it was read from, out of `tableCount`.
    ///
    /// Every error table of the page is read and merged in page order: a code in two tables is
    /// one entry with the rows of both, modules and notes follow one another. When several
    /// tables are read, one without a module column files its rows under its caption or
    /// nearest heading ("Table 2 Gateway errors" → "Gateway errors").
    public static func buildWithTables(
        _ grids: [Grid], path: String, options: Options
    ) throws -> Built {
        let choices = try TableChoice.choose(grids, path: path, options: options)
        var rows = RowInterpreter()
        var tables: [TableRead] = []
        var warnings: [Diagnostic] = []
        for choice in choices {
            warnings += choice.warnings + choice.grid.warnings
            let captionModule = choices.count > 1 && choice.map[.module] == nil
                ? TableChoice.moduleName(fromCaption: choice.grid.caption) : nil
            let headerCount = TableChoice.headerRowCount(of: choice.grid)
            let body = choice.grid.rows.dropFirst(headerCount)
            rows.startTable(map: choice.map, statusesAreCodes: choice.statusesAreCodes, module: captionModule, headerRows: choice.grid.rows.prefix(headerCount), bodyRows: body)
            for row in body {
                rows.read(row)
            }
            let kept = rows.extraColumns.filter { rows.keptColumns.contains($0.index) }.map { $0.name.debugDescription }
            if !kept.isEmpty {
                let columns = kept.count == 1 ? "a column" : "\(kept.count) columns"
                let table = choices.count > 1 ? "table \(choice.index)" : "the table"
                warnings.append(Diagnostic(
                    .note,
                    "\(table) has \(columns) errata has no role for, kept as each row's columns: \(kept.joined(separator: ", "))",
                    at: choice.grid.location ?? SourceLocation(path: path)))
            }
            tables.append(TableRead(
                index: choice.index, location: choice.grid.location, caption: choice.grid.caption,
                module: captionModule, codeCount: rows.tableCodes.count, columns: choice.columns))
        }
        let catalog = Catalog(
            service: options.service,
            source: options.source,
            modules: rows.modules.map { Module(name: $0) },
            entries: rows.entries,
            notes: rows.notes
        )
        warnings += rows.warnings
        return Built(catalog: catalog, tables: tables, tableCount: grids.count, warnings: warnings)
    }
}
