/// How a spec's page is read: what the user told errata once (`errata import PAGE --spec S
/// --column HttpCode=status --table "Error codes"`), kept in the spec beside `source` as
/// `reading:`, and applied by every later import, dump, diff and check --upstream of that page.
///
/// Everything is optional: what the recipe does not say, errata guesses as it does for any page.
/// A recipe that no longer fits the page (a table or a column it names is gone) is an error.
public struct ReadingRecipe: Hashable, Sendable {
    /// The page's format (never `.spec`); nil: detected from the file name and contents.
    public var format: InputFormat?
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
        format: InputFormat? = nil, tables: [TableSelector] = [], columns: [ColumnRule] = [],
        errors: ErrorLayout? = nil, location: SourceLocation? = nil
    ) {
        self.format = format
        self.tables = tables
        self.columns = columns
        self.errors = errors
        self.location = location
    }

    /// This recipe with what `other` says in its place: its format and error layout when it has
    /// them, its tables when it names any, and its column rules before this one's for other columns.
    /// How options given on the command line amend the spec's recipe.
    public func amended(by other: ReadingRecipe) -> ReadingRecipe {
        var result = self
        if let format = other.format { result.format = format }
        if !other.tables.isEmpty { result.tables = other.tables }
        if !other.columns.isEmpty {
            let given = Set(other.columns.map(\.column))
            result.columns = columns.filter { !given.contains($0.column) } + other.columns
        }
        if let errors = other.errors { result.errors = errors }
        return result
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

// MARK: JSON (`dump`): the spec's `reading:` key, same names

extension ReadingRecipe: Codable {
    private enum CodingKeys: String, CodingKey { case format, tables, columns, errors }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            format: try container.decodeIfPresent(InputFormat.self, forKey: .format),
            tables: try container.decodeIfPresent([TableSelector].self, forKey: .tables) ?? [],
            columns: try container.decodeIfPresent([ColumnRule].self, forKey: .columns) ?? [],
            errors: try container.decodeIfPresent(ErrorLayout.self, forKey: .errors))
    }

    /// Only what the recipe says.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(format, forKey: .format)
        if !tables.isEmpty { try container.encode(tables, forKey: .tables) }
        if !columns.isEmpty { try container.encode(columns, forKey: .columns) }
        try container.encodeIfPresent(errors, forKey: .errors)
    }
}

extension ReadingRecipe.TableSelector: Codable {
    private enum CodingKeys: String, CodingKey { case index, caption, header }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let index = try container.decodeIfPresent(Int.self, forKey: .index) {
            self.init(.index(index))
        } else if let caption = try container.decodeIfPresent(String.self, forKey: .caption) {
            self.init(.caption(caption))
        } else {
            self.init(.header(try container.decode(String.self, forKey: .header)))
        }
    }

    /// `{"index": 2}`, `{"caption": "Error codes"}` or `{"header": "Error Code"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch kind {
        case .index(let index): try container.encode(index, forKey: .index)
        case .caption(let text): try container.encode(text, forKey: .caption)
        case .header(let text): try container.encode(text, forKey: .header)
        }
    }
}

extension ReadingRecipe.ColumnRule: Codable {
    private enum CodingKeys: String, CodingKey { case header, position, role }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let role = try container.decode(ReadingRecipe.Role.self, forKey: .role)
        if let position = try container.decodeIfPresent(Int.self, forKey: .position) {
            self.init(.position(position), role: role)
        } else {
            self.init(.header(try container.decode(String.self, forKey: .header)), role: role)
        }
    }

    /// `{"header": "HttpCode", "role": "status"}` or `{"position": 5, "role": "ignore"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch column {
        case .header(let text): try container.encode(text, forKey: .header)
        case .position(let position): try container.encode(position, forKey: .position)
        }
        try container.encode(role, forKey: .role)
    }
}

extension ReadingRecipe.Role: Codable {}
extension InputFormat: Codable {}
extension ReadingRecipe.ErrorLayout: Codable {}
