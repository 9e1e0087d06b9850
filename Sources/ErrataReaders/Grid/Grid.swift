import ErrataModel

/// A table as a reader found it: rows × columns of cells, before any meaning is given to them.
///
/// Every reader (HTML, text rendering, Markdown, RST) produces grids; `CatalogBuilder` alone
/// turns a grid into a `Catalog`, so all input formats share one interpretation of tables.
public struct Grid: Hashable, Sendable {
    /// Rows in document order, header row(s) included. Rows may have different lengths.
    public var rows: [[Cell]]
    /// Number of leading rows the source marked as header rows (`<thead>`, `<th>` rows,
    /// an RST `===` separator, a Markdown delimiter row). `nil` when the source does not say.
    public var headerRowCount: Int?
    /// The table's caption or the heading just before it, when there is one.
    public var caption: String?
    /// Where the table starts.
    public var location: SourceLocation?
    /// What the reader found suspicious in the table's cells (markup it does not understand);
    /// reported when the table is read.
    public var warnings: [Diagnostic]
    /// How the page wrote it: a real table, or an error list of one of the forms the readers know
    /// (read as a table with the header `Error Code | [Message |] Description | HTTP Status Code`).
    /// A recipe's `errors:` key picks grids by it.
    public var layout: ReadingRecipe.ErrorLayout

    public init(
        rows: [[Cell]], headerRowCount: Int? = nil, caption: String? = nil, location: SourceLocation? = nil,
        warnings: [Diagnostic] = [], layout: ReadingRecipe.ErrorLayout = .tables
    ) {
        self.layout = layout
        self.rows = rows
        self.headerRowCount = headerRowCount
        self.caption = caption
        self.location = location
        self.warnings = warnings
    }
}

/// One cell of a grid.
public struct Cell: Hashable, Sendable {
    /// The cell's text as plain text: markup removed, entities decoded, whitespace runs
    /// folded, paragraphs separated by a blank line ("\n\n"). Used for codes, messages, headers.
    public var text: String
    /// The cell's content as canonical Markdown (paragraphs, lists, bold, links), used for
    /// descriptions, solutions and notes. Same paragraph rule as `text`.
    public var markdown: String
    /// The cell is a copy of a cell above or to the left, made when expanding rowspan/colspan.
    public var isSpanCopy: Bool
    /// The source marked it as a header cell (`<th>`).
    public var isHeader: Bool
    /// Where the cell starts, when known.
    public var location: SourceLocation?

    public init(text: String, markdown: String? = nil, isSpanCopy: Bool = false, isHeader: Bool = false, location: SourceLocation? = nil) {
        self.text = text
        self.markdown = markdown ?? text
        self.isSpanCopy = isSpanCopy
        self.isHeader = isHeader
        self.location = location
    }

    public var isEmpty: Bool { text.isEmpty }
}
