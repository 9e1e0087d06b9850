import ErrataModel

/// Finds error lists written as Markdown definition lists, as PHP Markdown Extra, Pandoc and MyST
/// write them: a term line, then definitions each starting with `: ` (a blank line between allowed):
///
/// ```markdown
/// QuotaExceeded
/// : The project has used its quota.
/// : HTTP Status Code: 429
/// ```
///
/// Terms on consecutive lines share the definition. A definition goes on over the lines after
/// it that are indented or continue its paragraph, and over indented paragraphs after a blank
/// line. The definition is the entry's body: status and message lines (`ErrorList.field`) give the
/// status and message, the rest is the description. The list is an error list as `<dl>` terms are
/// (`ErrorList.grid`, form `.terms`). Each line is looked at a bounded number of times (a term is
/// told by looking at most eight lines ahead).
enum MarkdownDefinitionList {
    /// The list starting at line `start` when a term is there; nil otherwise.
    static func read(
        _ lines: [Substring], start: Int, caption: String?, path: String, layout: ReadingRecipe.ErrorLayout?
    ) -> MarkdownErrorList.Found? {
        guard isTerm(lines, at: start) else { return nil }
        var entries: [ErrorListEntry] = []
        var terms: [Cell] = []
        var fields: [(ErrorList.Field, SourceLocation)] = []
        var body: [String] = []
        var bodyLocation: SourceLocation?
        var hasDefinition = false

        func finish() {
            guard hasDefinition else { return }
            let description = body.isEmpty
                ? Cell(text: "") : RichText.cell(MarkdownCellBlocks.parse(body.joined(separator: "\n")), location: bodyLocation)
            for term in terms {
                var entry = ErrorListEntry(name: term, description: description)
                for (field, location) in fields { entry.add(field, location: location) }
                entries.append(entry)
            }
            terms = []
            fields = []
            body = []
            bodyLocation = nil
            hasDefinition = false
        }

        var walk = MarkdownLineWalk(lines, from: start)
        while let line = walk.next() {
            let index = walk.index
            let blank = walk.afterBlank
            if let text = definitionText(line) {
                if !hasDefinition, terms.isEmpty { break }
                hasDefinition = true
                if !body.isEmpty { body.append("") }
                let location = SourceLocation(path: path, line: index + 1, column: MarkdownErrorList.column(line) + 2)
                if let field = MarkdownErrorList.field(text) {
                    fields.append((field, location))
                } else {
                    if bodyLocation == nil { bodyLocation = location }
                    body.append(text)
                }
                walk.take()
                continue
            }
            let indented = line.hasPrefix("  ") || line.hasPrefix("\t")
            if hasDefinition, indented || (!blank && isTermText(line)), !isTerm(lines, at: index) {
                // The definition goes on: an indented paragraph, or a line of the same paragraph.
                if blank { body.append("") }
                if bodyLocation == nil { bodyLocation = SourceLocation(path: path, line: index + 1, column: MarkdownErrorList.column(line)) }
                body.append(line.trimmedForCell())
                walk.take()
                continue
            }
            if !indented, isTerm(lines, at: index) {
                if hasDefinition { finish() }
                if blank, !terms.isEmpty { break }
                terms.append(termCell(line, line: index, path: path))
                walk.take()
                continue
            }
            break
        }
        finish()
        let reading = ErrorList.Reading(form: .terms, layout: layout)
        let grid = ErrorList.grid(entries, form: .terms, caption: caption, location: nil, reading: reading)
        return MarkdownErrorList.Found(grid: grid, end: max(walk.index, start + 1), lastHeading: nil)
    }

    /// Whether line `index` is a term: a line of text (not a heading, list item, table row, fence
    /// or definition) followed by a definition, directly, after a blank line, or after more terms.
    private static func isTerm(_ lines: [Substring], at index: Int) -> Bool {
        guard isTermText(lines[index]) else { return false }
        var next = index + 1
        var terms = 0
        while next < lines.count, terms < 8 {
            let line = lines[next]
            if definitionText(line) != nil { return true }
            if line.allSatisfy(\.isWhitespace) {
                return next + 1 < lines.count && definitionText(lines[next + 1]) != nil
            }
            guard isTermText(line) else { return false }
            terms += 1
            next += 1
        }
        return false
    }

    private static func isTermText(_ line: Substring) -> Bool {
        guard let first = line.first, first != " ", first != "\t", line.utf8.count <= MarkdownErrorList.maximumNameLineBytes
        else { return false }
        return !("#|:>-*+`~<".contains(first) || definitionText(line) != nil)
    }

    /// The text of a definition line (`: text`, up to three spaces in), or nil.
    private static func definitionText(_ line: Substring) -> String? {
        let lead = line.prefix { $0 == " " }
        guard lead.count <= 3 else { return nil }
        let rest = line.dropFirst(lead.count)
        guard rest.first == ":", let second = rest.dropFirst().first, second == " " || second == "\t" else { return nil }
        return rest.dropFirst(2).trimmedForCell()
    }

    private static func termCell(_ line: Substring, line index: Int, path: String) -> Cell {
        RichText.cell(
            [.paragraph(MarkdownInline.parse(line.trimmedForCell()))], location: SourceLocation(path: path, line: index + 1, column: 1))
    }
}
