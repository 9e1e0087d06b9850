import ErrataModel

/// Turns the grids a reader found into a `Catalog`: picks the error table, maps its columns
/// by header name, and reads codes, variants, modules and notes from its rows.
///
/// Shared by every reader, so all input formats give tables one meaning:
/// - the Module column is filled down (empty cells and span copies);
/// - a row with an empty code cell (or a span copy of it) but other content is another
///   variant of the code above; the same code on non-adjacent rows is one entry too;
/// - rows whose code cell is not code-shaped ("Other | contact us") are notes;
/// - a status cell with several numbers ("400/404") gives one variant per status;
/// - when a table has no message column but a description column (Yandex: HTTP / Error code /
///   Description), such tables describe each code by the text the API sends: the description's
///   first paragraph (plain text) is the message, and the description keeps the whole cell
///   (Markdown) only when it says more than that (more paragraphs, lists, links, code).
public struct CatalogBuilder: Sendable {
    /// How to build the catalog.
    public struct Options: Sendable {
        /// 0-based index of the grid to read, overriding the automatic choice.
        public var tableIndex: Int?
        /// Human-readable service name, e.g. "Huawei Cloud OCR".
        public var service: String
        /// URL of the documentation page.
        public var source: String?

        public init(service: String, source: String? = nil, tableIndex: Int? = nil) {
            self.service = service
            self.source = source
            self.tableIndex = tableIndex
        }
    }

    /// Picks the error table among `grids`, maps its columns, and builds the catalog.
    ///
    /// Throws a `Diagnostic` at `path` when no grid has an error-code column (listing the
    /// headers it saw) or when `options.tableIndex` is out of range or names such a grid.
    public static func build(_ grids: [Grid], path: String, options: Options) throws -> Catalog {
        let (grid, map) = try TableChoice.choose(grids, path: path, tableIndex: options.tableIndex)
        var rows = RowInterpreter(map: map)
        for row in grid.rows.dropFirst(TableChoice.headerRowCount(of: grid)) {
            rows.read(row)
        }
        return Catalog(
            service: options.service,
            source: options.source,
            modules: rows.modules.map { Module(name: $0) },
            entries: rows.entries,
            notes: rows.notes
        )
    }
}
