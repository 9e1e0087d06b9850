import ErrataModel

/// The columns of one grid and why each has its role: its header (`ColumnRole`), the recipe's
/// rules, or its cells (`ColumnContent`) where neither says. Every guess from the cells is said
/// in a note or a warning naming the column, and every column ends up in `reads` (`--explain`).
struct TableColumns {
    typealias Reason = CatalogBuilder.ColumnRead.Reason

    let grid: Grid
    /// The grid's position among the page's grids.
    let index: Int
    private(set) var map: ColumnMap
    /// Each column's header text (its lowest non-empty header cell), "" when it has none.
    let headers: [String]
    /// Columns counted over the header and body rows.
    let width: Int
    /// The table has no code column: each HTTP status of its status column is a code.
    private(set) var statusesAreCodes = false
    /// What was guessed from the cells, one diagnostic per column guessed.
    private(set) var diagnostics: [Diagnostic] = []
    /// Why each column with a role (or ignored) has it, with the words `--explain` shows.
    private var reasons: [Int: (reason: Reason, detail: String)] = [:]
    private var contents: [Int: ColumnContent] = [:]
    /// `guessProse` has run: it looks once.
    private var guessedProse = false
    private let body: ArraySlice<[Cell]>

    /// Header names of parameter and field tables, which hold names, not error codes.
    private static let parameterHeaders: Set<String> = [
        "type", "datatype", "required", "mandatory", "parameter", "parameters", "param", "field", "fields",
        "example", "examples", "default", "defaultvalue", "property", "properties", "attribute",
    ].reduce(into: []) { $0.insert(HeaderName.key($1)) }

    init(_ grid: Grid, index: Int) {
        self.grid = grid
        self.index = index
        let headerCount = TableChoice.headerRowCount(of: grid)
        let headerRows = grid.rows.prefix(headerCount)
        body = grid.rows.dropFirst(headerCount)
        width = grid.rows.lazy.map(\.count).max() ?? 0
        map = ColumnMap(headerRows: Array(headerRows))
        headers = (0..<width).map { column in
            headerRows.reversed().lazy.compactMap { column < $0.count ? RichText.fold($0[column].text) : nil }.first { !$0.isEmpty } ?? ""
        }
        for role in ColumnRole.allCases {
            guard let column = map[role] else { continue }
            reasons[column] = (.header, "header \(headers[column].debugDescription)")
        }
    }

    var location: SourceLocation? { grid.location }

    /// How the table is named in messages: its position and its caption, else its header cells.
    var label: String {
        if let caption = grid.caption.map(RichText.fold), !caption.isEmpty { return "\(index) \(caption.debugDescription)" }
        return "\(index) [\(headers.joined(separator: ", "))]"
    }

    /// Whether the header of `column` is `name`, compared as header names are.
    func column(named name: String) -> Int? {
        let key = HeaderName.key(name)
        return headers.indices.first { HeaderName.key(headers[$0]) == key && !key.isEmpty }
    }

    /// Applies the recipe's rules that fit this table (a later rule over an earlier one); returns
    /// the positions in `rules` of those that found their column.
    mutating func apply(_ rules: [ReadingRecipe.ColumnRule]) -> Set<Int> {
        var matched: Set<Int> = []
        for (number, rule) in rules.enumerated() {
            let column: Int?
            let detail: String
            switch rule.column {
            case .header(let name):
                column = self.column(named: name)
                detail = "the recipe's column \(name.debugDescription)"
            case .position(let position):
                column = position >= 1 && position <= width ? position - 1 : nil
                detail = "the recipe's column \(position)"
            }
            guard let column else { continue }
            matched.insert(number)
            if let role = ColumnRole(rule.role) {
                if let previous = map[role], previous != column { reasons[previous] = nil }
                map.assign(role, to: column)
                reasons[column] = (.recipe, "\(detail) is the \(role.rawValue)")
            } else {
                map.ignore(column)
                reasons[column] = (.recipe, "\(detail) is ignored")
            }
        }
        return matched
    }

    private mutating func content(_ column: Int) -> ColumnContent {
        if let known = contents[column] { return known }
        let found = ColumnContent(body, column: column)
        contents[column] = found
        return found
    }

    /// A column the cells may give a role: none yet, not ignored.
    private func isFree(_ column: Int) -> Bool {
        map.role(of: column) == nil && !map.ignored.contains(column)
    }

    /// A table of parameters or fields (a `Type`, `Required`, `Example` column, or one of type names).
    mutating func isParameterTable() -> Bool {
        if headers.contains(where: { Self.parameterHeaders.contains(HeaderName.key($0)) }) { return true }
        return (0..<width).contains { column in
            let found = content(column)
            return found.filled > 0 && found.typeNames * 2 >= found.filled
        }
    }

    private func name(_ column: Int) -> String {
        "column \(column + 1) (\(headers[column].debugDescription))"
    }

    /// A status column found by its cells when no header or rule names one.
    mutating func guessStatus() {
        guard map[.status] == nil else { return }
        for column in 0..<width where isFree(column) {
            let found = content(column)
            guard found.isStatuses else { continue }
            map.assign(.status, to: column)
            reasons[column] = (.content, "\(found.statuses) of \(found.filled) cells are HTTP statuses")
            diagnostics.append(Diagnostic(.note, "\(name(column)) holds HTTP statuses and is read as the status", at: location))
            return
        }
    }

    /// A code column found by its cells when no header or rule names one: the leftmost column
    /// without a role whose cells are short distinct identifiers, else a column headed as a
    /// message or description that holds such cells ("Reason": `rateLimitExceeded`). Not in
    /// parameter tables. Returns whether one was found.
    @discardableResult
    mutating func guessCode() -> Bool {
        guard map[.code] == nil, !isParameterTable() else { return map[.code] != nil }
        let supported = map[.status] != nil || map[.message] != nil
        let free = (0..<width).filter(isFree)
        let headed = [ColumnRole.description, .message].compactMap { role in
            map[role].flatMap { reasons[$0]?.reason == .header ? $0 : nil }
        }
        for column in free + headed.sorted() {
            let found = content(column)
            guard found.isCodes(supported: supported) else { continue }
            let headedAs = map.role(of: column)
            map.assign(.code, to: column)
            reasons[column] = (.content, "\(found.codes) of \(found.filled) cells are distinct code-shaped identifiers")
            if let headedAs {
                // The role goes to the next column whose header names it ("Reason | Description").
                if let next = (0..<width).first(where: { isFree($0) && ColumnRole.role(forHeader: headers[$0]) == headedAs }) {
                    map.assign(headedAs, to: next)
                    reasons[next] = (.header, "header \(headers[next].debugDescription)")
                }
                diagnostics.append(.warning(.codeFromContent,
                    "no header names the error-code column; \(name(column)) is headed as the \(headedAs.rawValue) but holds code-shaped cells and is read as the codes",
                    at: location))
            } else {
                diagnostics.append(.warning(.codeFromContent,
                    "no header names the error-code column; \(name(column)) holds code-shaped cells and is read as the codes",
                    at: location))
            }
            return true
        }
        return false
    }

    /// Takes the roles of `model`, another table of the page with the same header row whose code
    /// column is known: a page that splits its errors over several tables (one per group or
    /// status class) heads them alike, and a short one may not show its codes' shape. Returns
    /// whether this table now has a code column.
    mutating func adoptRoles(of model: TableColumns) -> Bool {
        guard map[.code] == nil, model.map[.code] != nil, model.index != index, width == model.width,
              headers.contains(where: { !$0.isEmpty }),
              headers.map(HeaderName.key) == model.headers.map(HeaderName.key) else { return map[.code] != nil }
        for role in ColumnRole.allCases {
            guard let column = model.map[role], isFree(column) else { continue }
            map.assign(role, to: column)
            reasons[column] = (model.reasons[column]?.reason == .recipe ? .recipe : .header,
                               "the same header row as table \(model.index), whose column \(column + 1) is the \(role.rawValue)")
        }
        diagnostics.append(Diagnostic(
            .note, "the table has the same header row as table \(model.index) and its columns are read alike", at: location))
        return map[.code] != nil
    }

    /// Reads the statuses as the codes (a table whose only identifier is the HTTP status).
    mutating func readStatusesAsCodes() {
        guard let column = map[.status] else { return }
        statusesAreCodes = true
        // One note says it all: the status guess's own note is replaced.
        let guessed = "\(name(column)) holds HTTP statuses"
        diagnostics.removeAll { $0.message.hasPrefix(guessed) }
        let detail = reasons[column]?.detail ?? ""
        reasons[column] = (reasons[column]?.reason ?? .content, detail + "; the table has no code column: each status is a code")
        diagnostics.append(Diagnostic(
            .note,
            "the table has no code column; \(name(column)) holds HTTP statuses, read as the codes: each status its own code, the text after it the message",
            at: location))
    }

    /// Message and description columns found by their cells when no header or rule names them:
    /// of the columns of words without a role, the shorter texts (sentences, not labels) are the
    /// message, the longer (several sentences or paragraphs) the description. Looks once per table.
    mutating func guessProse() {
        guard !guessedProse else { return }
        guessedProse = true
        let statusNames = statusesAreCodes && map[.status].map { content($0).namedStatuses * 2 >= content($0).filled } == true
        let needMessage = map[.message] == nil && !statusNames
        let needDescription = map[.description] == nil
        guard needMessage || needDescription else { return }
        var prose: [(column: Int, content: ColumnContent)] = []
        for column in 0..<width where isFree(column) && !Self.parameterHeaders.contains(HeaderName.key(headers[column])) {
            let found = content(column)
            if found.isProse { prose.append((column, found)) }
        }
        guard !prose.isEmpty else { return }
        let byLength = prose.sorted { ($0.content.averageLength, $0.column) < ($1.content.averageLength, $1.column) }
        if needMessage && needDescription {
            if byLength.count >= 2, byLength[0].content.isSentences {
                assignProse(.message, byLength[0].column, "shorter texts than \(name(byLength.last!.column))")
                assignProse(.description, byLength.last!.column, "longer texts than \(name(byLength[0].column))")
            } else if let only = byLength.last {
                // One column of words (or labels beside it): the longest texts are the row's text;
                // labels ("API team") are no message.
                if only.content.isLongProse {
                    assignProse(.description, only.column, "texts of several sentences")
                } else if only.content.isSentences {
                    assignProse(.message, only.column, "short texts")
                }
            }
        } else if needMessage, let description = map[.description] {
            let limit = content(description).averageLength
            if let shorter = byLength.first(where: { $0.content.averageLength < limit && $0.content.isSentences && !$0.content.isLongProse }) {
                assignProse(.message, shorter.column, "shorter texts than the description")
            }
        } else if needDescription, let message = map[.message] ?? map[.status] {
            let limit = content(message).averageLength
            // A status named in its cell ("404 - Not Found") is the message: the texts beside it describe it.
            if let longer = byLength.last, longer.content.averageLength > limit, longer.content.isLongProse || statusNames {
                assignProse(.description, longer.column, "longer texts than the message")
            }
        }
    }

    private mutating func assignProse(_ role: ColumnRole, _ column: Int, _ why: String) {
        map.assign(role, to: column)
        reasons[column] = (.content, "\(why) (\(content(column).averageLength) characters on average)")
        diagnostics.append(Diagnostic(.note, "\(name(column)) holds \(why) and is read as the \(role.rawValue)", at: location))
    }

    /// Every column with its role and why, 1-based.
    var reads: [CatalogBuilder.ColumnRead] {
        (0..<width).map { column in
            if let role = map.role(of: column) {
                let why = reasons[column] ?? (.header, "header \(headers[column].debugDescription)")
                return .init(position: column + 1, header: headers[column], role: role.recipeRole, reason: why.reason, detail: why.detail)
            }
            if map.ignored.contains(column) {
                return .init(position: column + 1, header: headers[column], role: nil, reason: .recipe,
                             detail: reasons[column]?.detail ?? "ignored by the recipe")
            }
            return .init(position: column + 1, header: headers[column], role: nil, reason: .kept,
                         detail: "no role: kept as each row's columns")
        }
    }
}
