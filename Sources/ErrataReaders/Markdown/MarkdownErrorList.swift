import ErrataMarkdown
import ErrataModel

/// Finds error lists written without a table in Markdown, as the AWS API references write them:
///
/// ```markdown
/// **ThrottlingException**   <a name="CommonErrors-ThrottlingException"></a>
/// The request was denied due to request throttling.
/// HTTP Status Code: 400
/// ```
///
/// or with a heading per error (`### ThrottlingException`). An entry is a name line, then its
/// body up to the next name line: description lines, a status line (`HTTP Status Code: N`,
/// `HTTP status code: N`, `Status Code: N`, `HTTP Status: N`) and a `Message: …` line. The list
/// becomes a grid (`ErrorList.grid`) whose caption is the heading above it.
///
/// A name line is a bold name alone on its line (`**Name**`, `__Name__`, `** Name **`; HTML
/// anchors and a hard break may follow), or an ATX heading (`#`–`######`) whose text is the name;
/// the name is code-shaped (`ErrorList.isName`). A list of bold names ends at a heading; a list
/// of headings at a heading of another level, one that is not a name, or a bold name line; both
/// end at a table (a raw HTML one too), a fence, and at a line after a status line that is not a field. Each line is
/// looked at once, whether the lines turn out to be a list or not.
enum MarkdownErrorList {
    /// What was found from a name line on.
    struct Found {
        /// The list, or nil when the entries are not an error list.
        var grid: Grid?
        /// The first line after them.
        var end: Int
        /// The text of the last heading among them (for the caption of what follows).
        var lastHeading: String?
    }

    /// Name lines longer than this are prose (`ErrorList.maximumNameBytes` plus room for anchors).
    static let maximumNameLineBytes = 4096

    private enum Form {
        case bold, heading(level: Int)

        var listForm: ErrorList.Form {
            if case .bold = self { return .names }
            return .headings
        }
    }

    /// An entry being read: its status and message so far, and the indices of its body lines.
    private struct Pending {
        var entry: ErrorListEntry
        var body: [Int] = []

        init(name: Cell) {
            entry = ErrorListEntry(name: name)
        }
    }

    /// The entries from line `start` on, when it is a name line; nil otherwise. `caption` is the
    /// heading above (the list's caption). `end` is always after `start`.
    static func read(
        _ lines: [Substring], start: Int, caption: String?, path: String, layout: ReadingRecipe.ErrorLayout? = nil
    ) -> Found? {
        let form: Form
        let first: Cell
        if let name = boldName(lines[start], line: start, path: path) {
            form = .bold
            first = name
        } else if case let (level, name?)? = headingName(lines[start], line: start, path: path) {
            form = .heading(level: level)
            first = name
        } else {
            return nil
        }
        var entries: [ErrorListEntry] = []
        var current = Pending(name: first)
        var lastHeadingLine: Int?
        if case .heading = form { lastHeadingLine = start }

        func finish(_ pending: Pending) {
            var entry = pending.entry
            entry.description = description(pending.body, lines: lines, path: path)
            entries.append(entry)
        }

        var index = start + 1
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmedForCell()
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { break }
            if trimmed.hasPrefix("#"), !trimmed.hasPrefix("#|") {
                guard case .heading(let level) = form, case let (otherLevel, name?)? = headingName(line, line: index, path: path),
                      otherLevel == level else { break }
                finish(current)
                current = Pending(name: name)
                lastHeadingLine = index
                index += 1
                continue
            }
            if trimmed == "#|" || MarkdownHTMLBlock.starts(line) { break }
            if line.utf8.contains(UInt8(ascii: "|")), index + 1 < lines.count, TextDelimiter.columnCount(lines[index + 1]) != nil {
                break
            }
            if let name = boldName(line, line: index, path: path) {
                guard case .bold = form else { break }
                finish(current)
                current = Pending(name: name)
                index += 1
                continue
            }
            if trimmed.isEmpty {
                current.body.append(index)
                index += 1
                continue
            }
            if let field = field(trimmed) {
                current.entry.add(field, location: SourceLocation(path: path, line: index + 1, column: column(line)))
                index += 1
                continue
            }
            if current.entry.status != nil { break }
            current.body.append(index)
            index += 1
        }
        finish(current)
        let reading = ErrorList.Reading(form: form.listForm, layout: layout)
        var grid = ErrorList.grid(entries, form: form.listForm, caption: caption, location: nil, reading: reading)
        grid?.location?.column = 1  // the list starts at its first name line, as a table at its header line
        return Found(grid: grid, end: index, lastHeading: lastHeadingLine.map { headingText(lines[$0]) })
    }

    /// The name of a bold name line: `**Name**` alone on the line, HTML tags (anchors) and a hard
    /// break after it allowed.
    static func boldName(_ line: Substring, line index: Int, path: String) -> Cell? {
        let utf8 = line.utf8
        guard utf8.count > 4, utf8.count <= maximumNameLineBytes else { return nil }
        var lead = 0
        for byte in utf8 {
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") else { break }
            lead += 1
        }
        let marks = utf8.dropFirst(lead).prefix(2)
        guard marks.count == 2, marks.first == marks.last,
              marks.first == UInt8(ascii: "*") || marks.first == UInt8(ascii: "_") else { return nil }
        var text = line.trimmedForCell()
        if text.utf8.last == UInt8(ascii: ">") || text.utf8.last == UInt8(ascii: "\\") { text = withoutTrailingTags(text) }
        let bytes = Array(text.utf8)
        guard bytes.count > 4 else { return nil }
        let mark = bytes[0]
        guard bytes[bytes.count - 1] == mark, bytes[bytes.count - 2] == mark else { return nil }
        for position in 2..<(bytes.count - 3) where bytes[position] == mark && bytes[position + 1] == mark {
            return nil
        }
        let name = String(decoding: bytes[2..<(bytes.count - 2)], as: UTF8.self).trimmedForCell()
        let location = SourceLocation(path: path, line: index + 1, column: lead + 1)
        if isPlainName(name) {
            // No markup to parse (the common case, and what a file of bold lines holds).
            return Cell(text: name, markdown: MarkdownText.escape(name), location: location)
        }
        let cell = RichText.cell([.paragraph(MarkdownInline.parse(name))], location: location)
        return ErrorList.isName(cell) ? cell : nil
    }

    /// ASCII letters, digits, `.`, `-` only, within the name length, not a note label: a name as
    /// it stands.
    private static func isPlainName(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            guard !bytes.isEmpty, bytes.count <= ErrorList.maximumNameBytes else { return false }
            return bytes.allSatisfy { byte in
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                    || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
            }
        } && !CodeShape.isNoteLabel(name) && !(name.count > 1 && name.hasSuffix("."))
    }

    /// An ATX heading's level, and its text as a name when it is one.
    static func headingName(_ line: Substring, line index: Int, path: String) -> (level: Int, name: Cell?)? {
        let lead = line.prefix { $0 == " " }
        guard lead.count <= 3 else { return nil }
        let rest = line.dropFirst(lead.count)
        let level = rest.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let afterMarks = rest.dropFirst(level)
        guard afterMarks.isEmpty || afterMarks.first == " " || afterMarks.first == "\t" else { return nil }
        guard line.utf8.count <= maximumNameLineBytes else { return (level, nil) }
        var text = afterMarks.trimmedForCell()
        if let anchor = text.firstRange(of: "{#") { text = String(text[..<anchor.lowerBound]).trimmedForCell() }
        // A closing sequence: `### Name ###`.
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing < text.count, text.dropLast(closing).last == " " {
            text = String(text.dropLast(closing)).trimmedForCell()
        }
        text = withoutTrailingTags(text)
        let location = SourceLocation(path: path, line: index + 1, column: lead.count + 1)
        let cell = RichText.cell([.paragraph(MarkdownInline.parse(text))], location: location)
        return (level, ErrorList.isName(cell) ? cell : nil)
    }

    /// A heading's text as `MarkdownReader` takes it for a caption.
    private static func headingText(_ line: Substring) -> String {
        var text = Substring(line.trimmedForCell().drop { $0 == "#" })
        if let anchor = text.firstRange(of: "{#") { text = text[..<anchor.lowerBound] }
        return RichText.render(MarkdownInline.parse(String(text))).text
    }

    /// A status or message line (`HTTP Status Code: 400`, `**Message:** …`).
    static func field(_ trimmed: String) -> ErrorList.Field? {
        guard trimmed.utf8.count <= ErrorList.maximumFieldBytes, trimmed.contains(where: { $0 == ":" || $0 == "：" }) else {
            return nil
        }
        return ErrorList.field(RichText.render(MarkdownInline.parse(withoutHardBreak(trimmed))).text)
    }

    /// The description: the body lines as Markdown blocks (blank lines separate paragraphs).
    static func description(_ body: [Int], lines: [Substring], path: String) -> Cell {
        guard let first = body.first(where: { !lines[$0].allSatisfy(\.isWhitespace) }) else { return Cell(text: "") }
        let content = body.map { withoutHardBreak(lines[$0].trimmedForCell()) }.joined(separator: "\n")
        let location = SourceLocation(path: path, line: first + 1, column: column(lines[first]))
        return RichText.cell(MarkdownCellBlocks.parse(content), location: location)
    }

    /// 1-based column of the line's first character that is not a space.
    static func column(_ line: Substring) -> Int {
        line.prefix { $0.isWhitespace }.count + 1
    }

    /// The line without a trailing backslash hard break.
    private static func withoutHardBreak(_ text: String) -> String {
        guard text.hasSuffix("\\"), !text.hasSuffix("\\\\") else { return text }
        return String(text.dropLast()).trimmedForCell()
    }

    /// The text without the HTML tags, spaces and hard break at its end (`<a name="x"></a>`).
    private static func withoutTrailingTags(_ text: String) -> String {
        var text = withoutHardBreak(text)
        while text.hasSuffix(">"), let open = text.lastIndex(of: "<") {
            let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
            guard MarkdownHTMLTag.name(String(inside)) != nil else { break }
            text = withoutHardBreak(String(text[..<open]).trimmedForCell())
        }
        return text
    }
}
