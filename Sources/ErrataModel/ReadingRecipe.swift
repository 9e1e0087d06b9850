/// How a spec's page is read: what the user told errata once (`errata import PAGE --spec S
/// --column HttpCode=status --table "Error codes"`), kept in the spec beside `source` as
/// `reading:`, and applied by every later import, dump, diff and check --upstream of that page.
///
/// Everything is optional: what the recipe does not say, errata guesses as it does for any page.
/// A recipe that no longer fits the page (a table or a column it names is gone) is an error.
public struct ReadingRecipe: Hashable, Sendable {
    /// The page's format, an `InputFormat` raw value (`html`, `markdown`, `rst`, `text`,
    /// `asciidoc`); nil: detected from the file name and contents.
    public var format: String?
    /// Which tables hold the errors; empty: every error table of the page. A table is read when
    /// any selector picks it.
    public var tables: [TableSelector]
    /// The role of columns errata would not guess right; the other columns are guessed.
    public var columns: [ColumnRule]
    /// How errors are written on a page without tables; nil: every layout the readers know.
    public var errors: ErrorLayout?

    /// Where the recipe is written (its `reading:` key), for errors about it.
    public var location: SourceLocation?

    public init(
        format: String? = nil, tables: [TableSelector] = [], columns: [ColumnRule] = [],
        errors: ErrorLayout? = nil, location: SourceLocation? = nil
    ) {
        self.format = format
        self.tables = tables
        self.columns = columns
        self.errors = errors
        self.location = location
    }

    /// Says nothing: the page is read as any page would be.
    public var isEmpty: Bool { format == nil && tables.isEmpty && columns.isEmpty && errors == nil }

    public static func == (lhs: ReadingRecipe, rhs: ReadingRecipe) -> Bool {
        lhs.format == rhs.format && lhs.tables == rhs.tables && lhs.columns == rhs.columns && lhs.errors == rhs.errors
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(format)
        hasher.combine(tables)
        hasher.combine(columns)
        hasher.combine(errors)
    }

    /// One way to name a table of the page.
    public struct TableSelector: Hashable, Sendable {
        public enum Kind: Hashable, Sendable {
            /// Its position among the page's tables and error lists, 0-based (`--table 2`, as
            /// `dump` and `import` number them).
            case index(Int)
            /// Its caption or the heading above it, compared as header names are (case, spaces,
            /// underscores and punctuation aside); the whole text or a word-bounded part of it.
            case caption(String)
            /// The text of one of its header cells, compared as header names are.
            case header(String)
        }

        public var kind: Kind
        /// Where the selector is written in the spec.
        public var location: SourceLocation?

        public init(_ kind: Kind, location: SourceLocation? = nil) {
            self.kind = kind
            self.location = location
        }

        public static func == (lhs: TableSelector, rhs: TableSelector) -> Bool { lhs.kind == rhs.kind }
        public func hash(into hasher: inout Hasher) { hasher.combine(kind) }
    }

    /// A column's role, by its header text or its position.
    public struct ColumnRule: Hashable, Sendable {
        public enum Column: Hashable, Sendable {
            /// The column whose header is this text, compared as header names are.
            case header(String)
            /// The column at this position, 1-based (as warnings number columns).
            case position(Int)
        }

        public var column: Column
        public var role: Role
        /// Where the rule is written in the spec.
        public var location: SourceLocation?

        public init(_ column: Column, role: Role, location: SourceLocation? = nil) {
            self.column = column
            self.role = role
            self.location = location
        }

        public static func == (lhs: ColumnRule, rhs: ColumnRule) -> Bool { lhs.column == rhs.column && lhs.role == rhs.role }
        public func hash(into hasher: inout Hasher) {
            hasher.combine(column)
            hasher.combine(role)
        }
    }

    /// What a column holds.
    public enum Role: String, CaseIterable, Hashable, Sendable {
        case code, message, description, solution, status, module
        /// Not read at all (not even kept as the row's other columns).
        case ignore
    }

    /// How the errors of a page without tables are written.
    public enum ErrorLayout: String, CaseIterable, Hashable, Sendable {
        /// Tables only: error lists are not looked for.
        case tables
        /// List items: `` - `CODE` — message ``, `- CODE: message`.
        case list
        /// One heading per error, its text the code.
        case headings
        /// Definition lists: the term is the code (`<dt>`, `CODE::`, a Markdown `: definition`).
        case terms
        /// Bold name lines (`**Name**`), as the AWS references write them.
        case names
    }
}
