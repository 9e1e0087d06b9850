import ErrataMarkdown
import ErrataModel

/// Reads the body rows of the chosen tables, one at a time, into entries, modules and notes.
struct RowInterpreter {
    private(set) var map = ColumnMap(headerRows: [])
    private(set) var entries: [Entry] = []
    private(set) var notes: [Note] = []
    private(set) var modules: [String] = []
    /// `modules` as a set: a page may have thousands of modules, so membership is not a linear search.
    private var knownModules: Set<String> = []
    private var entryIndex: [String: Int] = [:]
    /// The rows read for each entry (by index) that has more than one, so a repeated row is found
    /// in constant time; an entry's first row is only hashed when a second one comes.
    private var rowsByEntry: [Int: Set<Variant>] = [:]
    private var currentModule: String?
    private var lastCode: String?
    /// A group row or the table's caption has named a module: the table's rows carry modules
    /// even without a module column.
    private var hasGroupRows = false
    /// The codes read in the current table.
    private(set) var tableCodes: Set<String> = []
    /// Shapes (`CodeShape.signature`) of the current table's code cells: what a code looks like
    /// here, with how many cells have each.
    private var codeSignatures: [String: Int] = [:]
    /// Suspicious rows, reported and read as well as they can be (never dropped in silence).
    private(set) var warnings: [Diagnostic] = []
    /// The current table's columns no role takes, with their names: kept per row as `Variant.columns`.
    private(set) var extraColumns: [(index: Int, name: String)] = []
    /// The status column's header: the name a status that is not an HTTP status is kept under.
    private var statusColumnName = "Status"
    /// Which of `extraColumns` gave some row of the current table a value.
    private(set) var keptColumns: Set<Int> = []
    /// The current table has no code column: each HTTP status of its status column is a code.
    private var statusesAreCodes = false

    init() {}

    /// Starts the next table: its column roles, and the module its rows belong to when it has
    /// no module column (its caption, when the page has several error tables).
    mutating func startTable(
        map: ColumnMap, statusesAreCodes: Bool = false, module: String?, headerRows: ArraySlice<[Cell]>, bodyRows: ArraySlice<[Cell]>
    ) {
        self.map = map
        self.statusesAreCodes = statusesAreCodes
        extraColumns = Self.extraColumns(map: map, headerRows: headerRows, bodyRows: bodyRows)
        statusColumnName = map[.status].flatMap { column in
            headerRows.reversed().lazy.compactMap { column < $0.count ? RichText.fold($0[column].text) : nil }.first { !$0.isEmpty }
        } ?? "Status"
        keptColumns = []
        currentModule = module
        hasGroupRows = module != nil
        lastCode = nil
        tableCodes = []
        codeSignatures = [:]
        if let column = map[.code] {
            for row in bodyRows where column < row.count && !row[column].isSpanCopy && CodeShape.looksLikeCode(row[column]) {
                codeSignatures[CodeShape.signature(row[column].text), default: 0] += 1
            }
        }
    }

    private func cell(_ row: [Cell], _ role: ColumnRole) -> Cell? {
        guard let column = map[role], column < row.count else { return nil }
        return row[column]
    }

    mutating func read(_ row: [Cell]) {
        guard row.contains(where: { !$0.isEmpty && !$0.isSpanCopy }) else { return }
        if let label = groupLabel(row) {
            hasGroupRows = true
            currentModule = label
            lastCode = nil
            return
        }
        if statusesAreCodes, let statusCell = cell(row, .status), !statusCell.isSpanCopy,
           let status = StatusCell.parse(statusCell.text) {
            addStatuses(status, row: row, location: statusCell.location ?? firstLocation(row))
            return
        }
        let codeCell = cell(row, .code)
        let moduleCell = cell(row, .module)
        let moduleIsNew = moduleCell.map { !$0.isEmpty && !$0.isSpanCopy } ?? false
        let heading = headingLike(row, codeCell: codeCell)
        if let codeCell, CodeShape.looksLikeCode(codeCell) {
            if heading {
                warnings.append(.warning(.headingReadAsCode,
                    "the row holds only \(codeCell.text.debugDescription), shaped unlike the table's other codes, as a heading would be; read as a code without a message — if it names a group of codes, make it bold or let it span the row",
                    at: codeCell.location ?? firstLocation(row)))
            }
            if let moduleCell, !moduleCell.isEmpty { currentModule = moduleCell.text }
            add(code: codeCell.text, row: row, location: codeCell.location ?? firstLocation(row))
        } else if let codeCell, isBrokenCode(codeCell), hasVariantContent(row) {
            warnings.append(.warning(.codeWithSpace,
                "the code cell \(codeCell.text.debugDescription) holds a space, as if the page broke a code; read as the code \(codeCell.text.debugDescription), as written — check it against the API",
                at: codeCell.location ?? firstLocation(row)))
            if let moduleCell, !moduleCell.isEmpty { currentModule = moduleCell.text }
            add(code: codeCell.text, row: row, location: codeCell.location ?? firstLocation(row))
        } else if let codeCell, isCodeInWords(codeCell, row: row) {
            warnings.append(.warning(.codeInWords,
                "the code cell \(codeCell.text.debugDescription) holds words, in a row with a status and a message; read as the code \(codeCell.text.debugDescription), as written — check it against the API",
                at: codeCell.location ?? firstLocation(row)))
            if let moduleCell, !moduleCell.isEmpty { currentModule = moduleCell.text }
            add(code: codeCell.text, row: row, location: codeCell.location ?? firstLocation(row))
        } else if let lastCode, codeCell.map({ $0.isEmpty || $0.isSpanCopy }) ?? false,
                  !moduleIsNew, hasVariantContent(row) {
            add(code: lastCode, row: row, location: firstLocation(row))
        } else {
            if heading, let codeCell {
                warnings.append(.warning(.headingReadAsNote,
                    "the row holds only \(codeCell.text.debugDescription) in the code column, as a heading would; read as a note — if it names a group of codes, make it bold or let it span the row",
                    at: codeCell.location ?? firstLocation(row)))
            }
            addNote(row)
        }
    }

    /// A row that is not a group row but looks like a heading: its one filled cell is a label in
    /// the code column (one line, not a sentence nor a note label), not bold, not spanning, and not
    /// shaped like the table's most common code.
    private func headingLike(_ row: [Cell], codeCell: Cell?) -> Bool {
        guard let codeCell, !codeCell.isEmpty, !codeCell.isSpanCopy,
              row.filter({ !$0.isEmpty }).count == 1 else { return false }
        let text = codeCell.text
        guard !text.contains("\n"), !CodeShape.isNoteLabel(text), !Self.isSentence(text) else { return false }
        guard let common = codeSignatures.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else {
            return !CodeShape.looksLikeCode(codeCell)
        }
        return common.value > 1 && CodeShape.signature(text) != common.key
    }

    /// The module a group row starts, or nil when the row is not one. A group row holds one
    /// text, not a sentence nor a note label ("Other"), in one of three forms: a cell spanning the
    /// whole row (`<td colspan="4">OCR</td>`, an RST cell across every column), a lone bold cell (`| **OCR** | | |`), or a lone
    /// cell in the first or the module column with every other cell empty (`| OCR | | | |`).
    func groupLabel(_ row: [Cell]) -> String? {
        guard row.count >= 2 else { return nil }
        let filled = row.indices.filter { !row[$0].isEmpty }
        guard let first = filled.first, !row[first].isSpanCopy else { return nil }
        let text = row[first].text
        guard filled.allSatisfy({ $0 == first || (row[$0].isSpanCopy && row[$0].text == text) }) else { return nil }
        let spansRow = row.indices.allSatisfy { $0 == first || row[$0].isSpanCopy }
        let alone = filled.count == 1
        let isBold = Self.isWholeBold(row[first].markdown)
        let inLabelColumn = first == 0 || first == map[.module]
        guard spansRow || (alone && (isBold || (inLabelColumn && first != map[.code]))) else { return nil }
        guard !text.contains("\n"), !CodeShape.isNoteLabel(text), !Self.isSentence(text) else { return nil }
        return text
    }

    /// `**OCR**`: the whole cell is one bold run.
    static func isWholeBold(_ markdown: String) -> Bool {
        markdown.count > 4 && markdown.hasPrefix("**") && markdown.hasSuffix("**")
            && !markdown.dropFirst(2).dropLast(2).contains("**")
    }

    /// Prose rather than a label: ends like a sentence, or runs past eight words or 80 characters.
    static func isSentence(_ text: String) -> Bool {
        if let last = text.last, ".。!！?？:：".contains(last) { return true }
        return text.count > 80 || text.split(separator: " ").count > 8
    }

    /// A code the page broke with one stray space (`DCS. 4855`, `IncorrectNumberOf FilesInPostRequest`):
    /// one line, one run of spaces before a capital letter or a digit, and without it the cell has
    /// the shape of the table's other codes.
    private func isBrokenCode(_ cell: Cell) -> Bool {
        let parts = cell.text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
        guard parts.count == 2, !cell.text.contains("\n"), let second = parts[1].first,
              second.isUppercase || second.isNumber else { return false }
        let joined = Cell(text: parts.joined(), markdown: parts.joined())
        return CodeShape.looksLikeCode(joined) && codeSignatures[CodeShape.signature(joined.text)] != nil
    }

    /// A code the page wrote as words ("Request-URI Too Large"): one line, not a sentence nor a
    /// note ("Other …"), at most `ColumnContent.longestCode` characters, in a row that has both an
    /// HTTP status and a message (or, without a message column, a description).
    private func isCodeInWords(_ codeCell: Cell, row: [Cell]) -> Bool {
        let text = codeCell.text
        guard !codeCell.isEmpty, !codeCell.isSpanCopy, !text.contains("\n"), text.count <= ColumnContent.longestCode,
              !Self.isSentence(text), let first = text.split(separator: " ").first,
              !CodeShape.isNoteLabel(String(first)) else { return false }
        let hasStatus = cell(row, .status).map { !Self.statuses($0.text).isEmpty } ?? false
        let said = cell(row, map[.message] == nil ? .description : .message)
        return hasStatus && said.map { !$0.isEmpty && !$0.isSpanCopy } ?? false
    }

    private func hasVariantContent(_ row: [Cell]) -> Bool {
        [ColumnRole.message, .description, .solution, .status].contains { role in
            cell(row, role).map { !$0.isEmpty && !$0.isSpanCopy } ?? false
        }
    }

    private func firstLocation(_ row: [Cell]) -> SourceLocation? {
        row.lazy.compactMap(\.location).first
    }

    /// Reads a row of a table whose statuses are its codes: each status its own code with that
    /// status, the name after the statuses ("404 - Not Found") the message when there is no
    /// message column.
    private mutating func addStatuses(_ status: (statuses: [Int], name: String), row: [Cell], location: SourceLocation?) {
        for value in status.statuses {
            add(code: String(value), row: row, location: location, overrides: ([value], status.name))
        }
    }

    private mutating func add(
        code: String, row: [Cell], location: SourceLocation?, overrides: (statuses: [Int], message: String)? = nil
    ) {
        let messageCell = cell(row, .message)
        let descriptionCell = cell(row, .description)
        var message: String
        var alternativeMessages: [String] = []
        var description: String
        if let messageCell {
            // Several paragraphs: several messages of the row, and what explains them (`MessageCell`).
            let reading = MessageCell.read(messageCell.text)
            message = reading.messages.first ?? messageCell.text
            alternativeMessages = Array(reading.messages.dropFirst())
            description = descriptionCell?.markdown ?? ""
            if !reading.explanations.isEmpty {
                let explained = reading.explanations.map(MarkdownText.escape).joined(separator: "\n\n")
                description = description.isEmpty ? explained : explained + "\n\n" + description
            }
            if reading.droppedContinuation, !reading.messages.isEmpty, !messageCell.isSpanCopy {
                warnings.append(.warning(.messagesGoOn,
                    "the message cell of code \(code.debugDescription) says the list of messages goes on (\"etc.\"); that paragraph is left out, the row keeps the messages written",
                    at: messageCell.location ?? location))
            }
        } else if let descriptionCell {
            (message, description) = Self.messageFromDescription(descriptionCell)
        } else {
            (message, description) = ("", "")
        }
        let solution = cell(row, .solution)?.markdown ?? ""
        let statusText = cell(row, .status)?.text ?? ""
        var statuses = Self.statuses(statusText)
        var columns: [Column] = []
        if statuses.isEmpty, let statusCell = cell(row, .status), statusText.contains(where: \.isNumber) {
            // Kept as the row's text under the column's name, never dropped.
            columns.append(Column(name: statusColumnName, value: statusCell.markdown))
            warnings.append(.warning(.statusNotHTTP,
                "the status \(statusText.debugDescription) of code \(code.debugDescription) is not an HTTP status (100-599); the row is read without a status and keeps the text as its column \(statusColumnName.debugDescription)",
                at: statusCell.location ?? location))
        }
        for role in [ColumnRole.message, .description, .solution] {
            guard let other = cell(row, role), !other.isSpanCopy, other.text != code, !Self.containsSpace(other.text),
                  CodeShape.looksLikeCode(other), codeSignatures[CodeShape.signature(other.text)] != nil,
                  other.text.contains(where: \.isNumber) else { continue }
            warnings.append(.warning(.shiftedColumns,
                "the \(role.rawValue) of code \(code.debugDescription) is \(other.text.debugDescription), which looks like a code; are the columns shifted?",
                at: other.location ?? location))
        }
        for (index, name) in extraColumns where index < row.count {
            let cell = row[index]
            // A copy of the cell to the left is that cell spanning columns, not this column's value.
            guard !cell.isEmpty, !(cell.isSpanCopy && index > 0 && row[index - 1].markdown == cell.markdown) else { continue }
            columns.append(Column(name: name, value: cell.markdown))
            keptColumns.insert(index)
        }
        if let overrides {
            statuses = overrides.statuses
            // The status's name is the message; the description column is then all description.
            if map[.message] == nil, !overrides.message.isEmpty {
                message = overrides.message
                description = descriptionCell?.markdown ?? ""
            }
        }
        let variant = Variant(
            message: message, description: description, solution: solution, statuses: statuses,
            alternativeMessages: alternativeMessages, columns: columns)
        lastCode = code
        tableCodes.insert(code)
        if let index = entryIndex[code] {
            guard rowsByEntry[index, default: Set(entries[index].variants)].insert(variant).inserted else {
                let first = entries[index].location.map { " (first at \($0))" } ?? ""
                warnings.append(.warning(.repeatedRow,
                    "code \(code.debugDescription) is listed again with the same row\(first); the two are read as one row",
                    at: location))
                return
            }
            entries[index].variants.append(variant)
            return
        }
        let module = map[.module] == nil && !hasGroupRows ? nil : currentModule
        if let module, knownModules.insert(module).inserted { modules.append(module) }
        entryIndex[code] = entries.count
        entries.append(Entry(code: code, module: module, variants: [variant], location: location))
    }

    private mutating func addNote(_ row: [Cell]) {
        let cells = row.filter { !$0.isEmpty && !$0.isSpanCopy }
        guard let first = cells.first else { return }
        if cells.count == 1 {
            notes.append(Note(label: "", text: first.markdown))
        } else {
            let text = cells.dropFirst().map(\.markdown).joined(separator: "\n\n")
            notes.append(Note(label: first.text, text: text))
        }
    }

    /// The columns no role takes (a column after the first naming a role counts too), named by their
    /// lowest non-empty header cell on one line, else "Column N" (1-based); a name already taken
    /// gets " (2)", " (3)", ….
    static func extraColumns(map: ColumnMap, headerRows: ArraySlice<[Cell]>, bodyRows: ArraySlice<[Cell]>) -> [(index: Int, name: String)] {
        let width = max(headerRows.map(\.count).max() ?? 0, bodyRows.map(\.count).max() ?? 0)
        var columns: [(index: Int, name: String)] = []
        var taken: Set<String> = []
        // The next number to try for a name given again: names are only ever added to `taken`,
        // so the numbers tried before stay taken (without this, n columns of one name take n² tries).
        var nextNumber: [String: Int] = [:]
        for index in 0..<width where !map.hasRole(index) && !map.ignored.contains(index) {
            let header = headerRows.reversed().lazy.compactMap { index < $0.count ? RichText.fold($0[index].text) : nil }.first { !$0.isEmpty }
            let base = header ?? "Column \(index + 1)"
            var name = base
            var number = nextNumber[base] ?? 2
            while taken.contains(name) {
                name = "\(base) (\(number))"
                number += 1
            }
            nextNumber[base] = number
            taken.insert(name)
            columns.append((index, name))
        }
        return columns
    }

    /// `text.contains(" ")` (Foundation's search), answered from the bytes when the text is ASCII.
    static func containsSpace(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.contains(0x20) : text.contains(" ")
    }

    /// Without a message column, the description's first paragraph (plain text) is the message;
    /// the description keeps the whole cell (Markdown) only when it says more than that.
    static func messageFromDescription(_ cell: Cell) -> (message: String, description: String) {
        let first = cell.text.split(separator: "\n\n", maxSplits: 1).first.map(String.init) ?? ""
        let saysMore = cell.markdown != MarkdownText.escape(first)
        return (first, saysMore ? cell.markdown : "")
    }

    /// HTTP statuses in a status cell ("400/500", "400, 404"): every number from 100 to 599, in
    /// order, each once; all of them belong to the row's one variant.
    static func statuses(_ text: String) -> [Int] {
        var found: [Int] = []
        var digits = ""
        for char in text + " " {
            if char.isASCII, char.isNumber {
                digits.append(char)
                continue
            }
            if let value = Int(digits), (100...599).contains(value), !found.contains(value) { found.append(value) }
            digits = ""
        }
        return found
    }
}
