import ErrataModel

/// Reads the body rows of the chosen table, one at a time, into entries, modules and notes.
struct RowInterpreter {
    let map: ColumnMap
    private(set) var entries: [Entry] = []
    private(set) var notes: [Note] = []
    private(set) var modules: [String] = []
    /// `modules` as a set: a page may have thousands of modules, so membership is not a linear search.
    private var knownModules: Set<String> = []
    private var entryIndex: [String: Int] = [:]
    private var currentModule: String?
    private var lastCode: String?

    init(map: ColumnMap) {
        self.map = map
    }

    private func cell(_ row: [Cell], _ role: ColumnRole) -> Cell? {
        guard let column = map[role], column < row.count else { return nil }
        return row[column]
    }

    mutating func read(_ row: [Cell]) {
        guard row.contains(where: { !$0.isEmpty && !$0.isSpanCopy }) else { return }
        let codeCell = cell(row, .code)
        let moduleCell = cell(row, .module)
        let moduleIsNew = moduleCell.map { !$0.isEmpty && !$0.isSpanCopy } ?? false
        if let codeCell, CodeShape.looksLikeCode(codeCell) {
            if let moduleCell, !moduleCell.isEmpty { currentModule = moduleCell.text }
            add(code: codeCell.text, row: row, location: codeCell.location ?? firstLocation(row))
        } else if let lastCode, codeCell.map({ $0.isEmpty || $0.isSpanCopy }) ?? false,
                  !moduleIsNew, hasVariantContent(row) {
            add(code: lastCode, row: row, location: firstLocation(row))
        } else {
            addNote(row)
        }
    }

    private func hasVariantContent(_ row: [Cell]) -> Bool {
        [ColumnRole.message, .description, .solution, .status].contains { role in
            cell(row, role).map { !$0.isEmpty && !$0.isSpanCopy } ?? false
        }
    }

    private func firstLocation(_ row: [Cell]) -> SourceLocation? {
        row.lazy.compactMap(\.location).first
    }

    private mutating func add(code: String, row: [Cell], location: SourceLocation?) {
        let messageCell = cell(row, .message)
        let descriptionCell = cell(row, .description)
        let message: String
        let description: String
        if let messageCell {
            message = messageCell.text
            description = descriptionCell?.markdown ?? ""
        } else if let descriptionCell {
            (message, description) = Self.messageFromDescription(descriptionCell)
        } else {
            (message, description) = ("", "")
        }
        let solution = cell(row, .solution)?.markdown ?? ""
        let statuses = Self.statuses(cell(row, .status)?.text ?? "")
        let variants = statuses.map {
            Variant(message: message, description: description, solution: solution, status: $0)
        }
        lastCode = code
        if let index = entryIndex[code] {
            entries[index].variants += variants
            return
        }
        let module = map[.module] == nil ? nil : currentModule
        if let module, knownModules.insert(module).inserted { modules.append(module) }
        entryIndex[code] = entries.count
        entries.append(Entry(code: code, module: module, variants: variants, location: location))
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

    /// Without a message column, the description's first paragraph (plain text) is the message;
    /// the description keeps the whole cell (Markdown) only when it says more than that.
    static func messageFromDescription(_ cell: Cell) -> (message: String, description: String) {
        let first = cell.text.split(separator: "\n\n", maxSplits: 1).first.map(String.init) ?? ""
        let saysMore = cell.markdown != MarkdownText.escape(first)
        return (first, saysMore ? cell.markdown : "")
    }

    /// HTTP statuses in a status cell: every number from 100 to 599; `[nil]` when none.
    static func statuses(_ text: String) -> [Int?] {
        var found: [Int?] = []
        var digits = ""
        for char in text + " " {
            if char.isASCII, char.isNumber {
                digits.append(char)
                continue
            }
            if let value = Int(digits), (100...599).contains(value), !found.contains(value) { found.append(value) }
            digits = ""
        }
        return found.isEmpty ? [nil] : found
    }
}
