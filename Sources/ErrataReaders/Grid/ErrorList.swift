import ErrataMarkdown
import ErrataModel

/// One error of a list written without a table: a name line (`**ThrottlingException**`, a heading,
/// an HTML `<dt>`), description paragraphs, and a status line (`HTTP Status Code: 400`).
struct ErrorListEntry {
    /// The code, as the page writes it.
    var name: Cell
    /// The description: the paragraphs between the name and the status line.
    var description: Cell
    /// The value of a `Message: …` line.
    var message: Cell?
    /// The value of the status line(s) (`400`; `400, 404` for two status lines).
    var status: Cell?
    /// The name is a range of codes (`1000-1099`, `4xx`), not a code: the entry is a note.
    var isRange = false
    /// The paragraphs labelled as the remedy (`Action: …`, `Solution: …`).
    var solution: Cell?

    init(name: Cell, description: Cell = Cell(text: ""), message: Cell? = nil, status: Cell? = nil) {
        self.name = name
        self.description = description
        self.message = message
        self.status = status
    }

    /// Nothing follows the name: a label or a group heading, not an error.
    var isEmpty: Bool { description.isEmpty && message == nil && status == nil && solution == nil }

    /// Takes a status or message line; a second message line is left out.
    mutating func add(_ field: ErrorList.Field, location: SourceLocation?) {
        switch field {
        case .status(let value):
            if var both = status {
                both.text += ", " + value
                both.markdown = MarkdownText.escape(both.text)
                status = both
            } else {
                status = Cell(text: value, markdown: MarkdownText.escape(value), location: location)
            }
        case .message(let value):
            if message == nil { message = Cell(text: value, markdown: MarkdownText.escape(value), location: location) }
        }
    }
}

/// The rules shared by the readers that find error lists without a table (Markdown, HTML), and
/// the grid such a list becomes, so that `CatalogBuilder` reads it like any error table:
/// header `Error Code | [Message |] Description | HTTP Status Code`, one row per error.
///
/// - An entry is kept when it has a status line, or when its name looks like an error name (it
///   holds a digit, or is `CamelCase` with two capitals, or capitals joined by `_`, `.` or `-`):
///   a bold `**Note**` among the errors is prose.
/// - A list of name lines (`**Name**`, `<dt>`, a Markdown or AsciiDoc `CODE::` term) is an error list when an
///   entry has a status line, or when it keeps two entries and its heading speaks of errors
///   ("Errors", "Common Errors").
/// - A list of headings is one when it keeps two entries and one of them has a status line, or it
///   stands under such a heading; or when three or more headings in a row name ids of one
///   separated shape (`resource_missing`, `card_declined`; `INVALID_ARGUMENT`), with a body each.
///   (AWS parameter lists, `**FunctionName**` + description + `Required: Yes`, have the shape of an
///   error list but no status line and no error heading.)
/// - A bullet list (`` - `CODE` — message ``) is one when it keeps two entries and its heading
///   speaks of errors, or an entry has a status, or every name holds a digit or is capitals joined
///   by `_`, `.` or `-` (a list of `CamelCase` or `snake_case` names is more often parameters).
///   Items naming a range of codes (`1000-1099`, `1000 to 1099`, `4xx`) are notes.
/// - A recipe naming the list's form (`errors: headings`) takes every entry with a code-shaped
///   name and a body, without these tests.
enum ErrorList {
    /// How the entries of a list are named.
    enum Form {
        /// Bold name lines (Markdown).
        case names
        /// Definition-list terms (HTML `<dt>`, a Markdown term line before `: definition`).
        case terms
        /// A heading per error.
        case headings
        /// Bullet-list items, the name first (`` - `CODE` — message ``).
        case list

        /// The recipe's name of the form, which the grid keeps.
        var layout: ReadingRecipe.ErrorLayout {
            switch self {
            case .names: .names
            case .terms: .terms
            case .headings: .headings
            case .list: .list
            }
        }
    }

    /// What the recipe's error layout means for a list of `form`: read with the readers' tests
    /// (`.guess`), taken without them (`.take`), or not read (`.skip`).
    enum Reading {
        case guess, take, skip

        init(form: Form, layout: ReadingRecipe.ErrorLayout?) {
            guard let layout else {
                self = .guess
                return
            }
            self = layout == form.layout ? .take : .skip
        }
    }

    /// The part of an entry a labelled paragraph (`Cause: …`, `Action: …`) belongs to.
    enum Part: Equatable {
        case description
        case solution
    }

    /// A line of an entry that is a field, not description.
    enum Field: Equatable {
        /// `HTTP Status Code: 400`: the value, starting with a digit.
        case status(String)
        /// `Message: …`: the message the API sends.
        case message(String)
    }

    /// Names longer than this are not names (keeps the per-line work of the readers small).
    static let maximumNameBytes = 256
    /// Lines and paragraphs longer than this are never status or message lines.
    static let maximumFieldBytes = 4096

    private static let statusLabels: Set<String> = ["http status code", "http status", "status code"]
    private static let messageLabels: Set<String> = ["message", "error message"]
    private static let errorWords = ["error", "exception", "fault", "错误", "エラー", "오류", "fehler", "erreur", "ошибк"]

    static let header = ["Error Code", "Message", "Description", "Solution", "HTTP Status Code"]

    /// The field a line's plain text is: `HTTP Status Code: 400` (also `HTTP status code`, `Status
    /// Code`, `HTTP Status`; the value must start with a digit), `Message: …` / `Error Message: …`.
    static func field(_ text: String) -> Field? {
        guard text.utf8.count <= maximumFieldBytes,
              let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let label = RichText.fold(String(text[..<colon])).lowercased()
        guard label.utf8.count <= 20 else { return nil }
        let value = String(text[text.index(after: colon)...]).trimmedForCell()
        if statusLabels.contains(label) {
            guard let first = value.first, first.isASCII, first.isNumber else { return nil }
            return .status(value)
        }
        if messageLabels.contains(label), !value.isEmpty { return .message(value) }
        return nil
    }

    /// A name line's text is a name: code-shaped (`CodeShape.looksLikeCode`), not a label ending
    /// in a colon, at most `maximumNameBytes`.
    static func isName(_ cell: Cell) -> Bool {
        guard cell.text.utf8.count <= maximumNameBytes, CodeShape.looksLikeCode(cell) else { return false }
        if let last = cell.text.last, last == ":" || last == "：" { return false }
        return true
    }

    /// `AIS.0101`, `ThrottlingException`, `INVALID_ARGUMENT`; not `Note`, `Overview`, `README`.
    static func looksLikeErrorName(_ name: String) -> Bool {
        if name.contains(where: \.isNumber) { return true }
        var upper = 0
        var lower = 0
        for char in name {
            if char.isUppercase { upper += 1 } else if char.isLowercase { lower += 1 }
        }
        if let first = name.first, first.isUppercase, upper >= 2, lower >= 1 { return true }
        return upper >= 2 && lower == 0 && name.contains(where: { $0 == "_" || $0 == "." || $0 == "-" })
    }

    /// A heading that speaks of errors ("Errors", "Common Errors", "错误码").
    static func namesErrors(_ caption: String?) -> Bool {
        guard let caption else { return false }
        let lower = caption.lowercased()
        return errorWords.contains { lower.contains($0) }
    }

    /// Whether the entry is an error of the list (see the type's rules).
    static func keeps(_ entry: ErrorListEntry) -> Bool {
        guard isName(entry.name), !entry.isEmpty else { return false }
        return entry.status != nil || looksLikeErrorName(entry.name.text)
    }

    /// A name of the separated shapes ids share: lowercase words joined by `_` (`resource_missing`),
    /// or capitals joined by `_` (`INVALID_ARGUMENT`); nil for any other name.
    static func separatedShape(_ name: String) -> String? {
        guard name.contains("_"), let first = name.first, first.isLetter else { return nil }
        if name.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "_" }) { return "snake" }
        if name.allSatisfy({ ($0.isASCII && ($0.isUppercase || $0.isNumber)) || $0 == "_" }) { return "SNAKE" }
        return nil
    }

    /// A name that reads as a code value rather than a word: it holds a digit, or is capitals
    /// joined by `_`, `.` or `-`.
    private static func looksLikeCodeValue(_ name: String) -> Bool {
        if name.contains(where: \.isNumber) { return true }
        return !name.contains(where: \.isLowercase) && name.contains(where: { $0 == "_" || $0 == "." || $0 == "-" })
    }

    /// The grid of the list's kept entries, or nil when it is not an error list. `location` is
    /// where the list starts (the first kept name when nil). `reading` `.take`: every entry with a
    /// code-shaped name and a body, without the tests of the type's rules.
    static func grid(
        _ entries: [ErrorListEntry], form: Form, caption: String?, location: SourceLocation?, reading: Reading = .guess
    ) -> Grid? {
        guard reading != .skip else { return nil }
        let named = entries.filter { !$0.isRange && isName($0.name) && !$0.isEmpty }
        let shapes = Set(named.map { separatedShape($0.name.text) })
        let sharesShape = named.count >= 3 && named.count == entries.filter { !$0.isRange }.count
            && shapes.count == 1 && !shapes.contains(nil)
        let takesAll = reading == .take || (form == .headings && sharesShape)
        let isCode: (ErrorListEntry) -> Bool = { entry in
            !entry.isRange && (takesAll ? isName(entry.name) && !entry.isEmpty : keeps(entry))
        }
        let codes = entries.filter(isCode)
        guard !codes.isEmpty else { return nil }
        let hasStatus = codes.contains { $0.status != nil }
        let accepted = switch form {
        case _ where reading == .take: true
        case .names, .terms: hasStatus || (codes.count >= 2 && namesErrors(caption))
        case .headings: sharesShape || (codes.count >= 2 && (hasStatus || namesErrors(caption)))
        case .list:
            codes.count >= 2 && (hasStatus || namesErrors(caption) || codes.allSatisfy { looksLikeCodeValue($0.name.text) })
        }
        guard accepted else { return nil }
        let kept = entries.filter { $0.isRange ? !$0.isEmpty : isCode($0) }
        let hasMessage = kept.contains { $0.message != nil }
        let hasSolution = kept.contains { $0.solution != nil }
        let empty = Cell(text: "")
        var header = Self.header.map { Cell(text: $0, isHeader: true) }
        if !hasSolution { header.remove(at: 3) }
        if !hasMessage { header.remove(at: 1) }
        var rows = [header]
        rows.reserveCapacity(kept.count + 1)
        for entry in kept {
            if entry.isRange {
                rows.append([rangeNote(entry)] + Array(repeating: empty, count: header.count - 1))
                continue
            }
            var row = [entry.name]
            var description = entry.description
            if hasMessage {
                var message = entry.message
                if message == nil {
                    // As the builder does without a message column: the first paragraph is the message.
                    let split = RowInterpreter.messageFromDescription(description)
                    message = Cell(text: split.message, markdown: MarkdownText.escape(split.message), location: description.location)
                    if split.description.isEmpty { description = empty }
                }
                row.append(message ?? empty)
            }
            row.append(description)
            if hasSolution { row.append(entry.solution ?? empty) }
            row.append(entry.status ?? empty)
            rows.append(row)
        }
        return Grid(
            rows: rows, headerRowCount: 1, caption: caption, location: location ?? codes[0].name.location, layout: form.layout)
    }

    /// A range entry as one cell of paragraphs (range, message, description): several paragraphs
    /// are never a code, so the builder keeps the row as a note.
    private static func rangeNote(_ entry: ErrorListEntry) -> Cell {
        let parts = [entry.name, entry.message ?? Cell(text: ""), entry.description].filter { !$0.isEmpty }
        return Cell(
            text: parts.map(\.text).joined(separator: "\n\n"), markdown: parts.map(\.markdown).joined(separator: "\n\n"),
            location: entry.name.location)
    }

    /// The entry a list item is when its first paragraph (`head`, Markdown) names it: a name, a
    /// separator and the message (`split`); the name code-shaped or a range of codes. The caller
    /// adds the description and fields of the item's further blocks.
    static func listItem(head: String, location: SourceLocation?) -> ErrorListEntry? {
        guard head.utf8.count <= maximumFieldBytes * 16, let (name, message) = split(head) else { return nil }
        let nameCell = RichText.cell([.paragraph(MarkdownInline.parse(name))], location: location)
        var entry = ErrorListEntry(name: nameCell)
        entry.isRange = isRange(nameCell.text)
        guard entry.isRange || isName(nameCell) else { return nil }
        if !message.isEmpty {
            let cell = RichText.cell([.paragraph(MarkdownInline.parse(message))], location: location)
            entry.message = cell.isEmpty ? nil : cell
        }
        return entry
    }

    /// The item's name (Markdown source) and message: `` `CODE` — message ``, `**CODE**: message`,
    /// `**CODE:** message`, `CODE: message`, `CODE - message`, `1000 to 1099: message`. Nil when
    /// the text has no separator after a name.
    private static func split(_ text: String) -> (name: String, message: String)? {
        if text.hasPrefix("`") {
            let fence = text.prefix { $0 == "`" }
            guard let close = text.dropFirst(fence.count).firstRange(of: fence) else { return nil }
            let name = String(text[..<close.upperBound])
            return separated(name: name, rest: text[close.upperBound...], colonInside: false)
        }
        if text.hasPrefix("**") || text.hasPrefix("__") {
            let mark = text.prefix(2)
            guard let close = text.dropFirst(2).firstRange(of: mark) else { return nil }
            var inner = text[text.index(text.startIndex, offsetBy: 2)..<close.lowerBound].trimmedForCell()
            let colonInside = inner.hasSuffix(":") || inner.hasSuffix("：")
            if colonInside { inner = String(inner.dropLast()).trimmedForCell() }
            return separated(name: inner, rest: text[close.upperBound...], colonInside: colonInside)
        }
        // A plain name: up to the first separator.
        var position = text.startIndex
        while position < text.endIndex {
            let char = text[position]
            if char == ":" || char == "：" {
                let name = text[..<position].trimmedForCell()
                return name.isEmpty ? nil : (name, text[text.index(after: position)...].trimmedForCell())
            }
            if char == " ", let dash = text[text.index(after: position)...].first, "-–—".contains(dash) {
                let afterDash = text.index(position, offsetBy: 2)
                if afterDash == text.endIndex || text[afterDash] == " " {
                    let name = text[..<position].trimmedForCell()
                    return name.isEmpty ? nil : (name, text[afterDash...].trimmedForCell())
                }
            }
            position = text.index(after: position)
        }
        return nil
    }

    /// A name in markup and what follows it: nothing, or a separator and the message.
    private static func separated(name: String, rest: Substring, colonInside: Bool) -> (name: String, message: String)? {
        let rest = rest.trimmedForCell()
        if colonInside || rest.isEmpty { return (name, rest) }
        guard let first = rest.first, ":：-–—".contains(first) else { return nil }
        return (name, rest.dropFirst().trimmedForCell())
    }

    /// Whether the text names a range of codes rather than a code: `1000-1099`, `1000–1099`,
    /// `1000 to 1099`, `4xx`, `4XX`.
    static func isRange(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.count >= 2, lower.last == "x" {
            let digits = lower.prefix { $0.isASCII && $0.isNumber }
            let xs = lower.dropFirst(digits.count)
            return !digits.isEmpty && digits.count <= 3 && !xs.isEmpty && xs.allSatisfy { $0 == "x" }
        }
        let first = lower.prefix { $0.isASCII && $0.isNumber }
        guard !first.isEmpty else { return false }
        var rest = lower.dropFirst(first.count).drop { $0 == " " }
        if rest.hasPrefix("to ") {
            rest = rest.dropFirst(3)
        } else if let dash = rest.first, dash == "-" || dash == "–" || dash == "—" {
            rest = rest.dropFirst()
        } else {
            return false
        }
        rest = rest.drop { $0 == " " }
        return !rest.isEmpty && rest.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A definition term that holds the code and the message (`AS-DEPL-00103 Deployment of {0}
    /// failed`): the code is the term's first word when the whole term is not a name. The term
    /// itself, without a message, when it is a name or its first word is not.
    static func splitTerm(_ term: Cell) -> (name: Cell, message: Cell?) {
        guard !isName(term), let space = term.text.firstIndex(where: \.isWhitespace) else { return (term, nil) }
        let code = String(term.text[..<space])
        let rest = String(term.text[space...]).trimmedForCell()
        let name = Cell(text: code, markdown: MarkdownText.escape(code), location: term.location)
        guard isName(name), !rest.isEmpty else { return (term, nil) }
        return (name, Cell(text: rest, markdown: MarkdownText.escape(rest), location: term.location))
    }

    /// The part of an entry a paragraph belongs to when a label opens it (`Cause:` and the other
    /// names of a description column, `Action:`, `Solution:` and the other names of a solution
    /// column, in bold or not), and the paragraph without the label and the spaces after it.
    static func labelled(_ inlines: [RichInline]) -> (Part, [RichInline])? {
        guard let first = inlines.first else { return nil }
        var rest = Array(inlines.dropFirst())
        let label: String
        switch first {
        case .text(let text):
            guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }),
                  text.distance(from: text.startIndex, to: colon) <= 24 else { return nil }
            label = String(text[..<colon])
            let after = String(text[text.index(after: colon)...])
            if !after.isEmpty { rest.insert(.text(after), at: 0) }
        case .strong(let children), .emphasis(let children):
            guard children.count == 1, case .text(let text) = children[0] else { return nil }
            if text.hasSuffix(":") || text.hasSuffix("：") {
                label = String(text.dropLast())
            } else if case .text(let next)? = rest.first, let colon = next.first, colon == ":" || colon == "：" {
                label = text
                rest[0] = .text(String(next.dropFirst()))
            } else {
                return nil
            }
        default:
            return nil
        }
        let part: Part
        switch ColumnRole.role(forHeader: label) {
        case .description?: part = .description
        case .solution?: part = .solution
        default: return nil
        }
        if case .text(let text)? = rest.first {
            let trimmed = String(text.drop { $0.isWhitespace })
            if trimmed.isEmpty { rest.removeFirst() } else { rest[0] = .text(trimmed) }
        }
        return (part, rest)
    }

    /// A block of an entry's body: a paragraph or a whole list, as plain text and Markdown.
    struct Block {
        var text: String
        var markdown: String
        var location: SourceLocation?
        /// The part a label gave the block (`labelled`): it and the unlabelled blocks after it
        /// belong there. Nil: the description, or the part of the last labelled block.
        var part: Part?

        init(text: String, markdown: String, location: SourceLocation?, part: Part? = nil) {
            self.text = text
            self.markdown = markdown
            self.location = location
            self.part = part
        }
    }

    /// The entry whose body is `blocks`: one-paragraph blocks that are fields give the status and
    /// message; the others before the status line are the description, or the solution from a
    /// block labelled so on (`Action: …`); what follows the status line, other than fields and
    /// labelled blocks, is not part of the entry. Blocks without a location take `fallback`.
    static func entry(name: Cell, blocks: [Block], fallback: SourceLocation?) -> ErrorListEntry {
        var entry = ErrorListEntry(name: name)
        var parts: [Part: [Block]] = [:]
        var current = Part.description
        for block in blocks {
            if block.part == nil, !block.text.contains("\n"), let field = field(block.text) {
                entry.add(field, location: block.location ?? fallback)
                continue
            }
            // After the status line only fields and labelled parts belong to the entry.
            if entry.status != nil, block.part == nil { break }
            if let part = block.part { current = part }
            // A label alone (`Action:` above a list) only says where the blocks after it belong.
            if !block.text.isEmpty { parts[current, default: []].append(block) }
        }
        func cell(_ blocks: [Block]) -> Cell {
            Cell(
                text: blocks.map(\.text).joined(separator: "\n\n"), markdown: blocks.map(\.markdown).joined(separator: "\n\n"),
                location: blocks.isEmpty ? nil : blocks[0].location ?? fallback)
        }
        entry.description = cell(parts[.description] ?? [])
        if let solution = parts[.solution] { entry.solution = cell(solution) }
        return entry
    }
}
