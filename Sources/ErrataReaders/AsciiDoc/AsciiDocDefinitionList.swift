import ErrataModel

/// Reads AsciiDoc definition lists as error lists (`ErrorList`, form `.terms`), as reference
/// pages of error messages write them:
///
/// ```asciidoc
/// [[sthref3]]KV-STORE-00103 Bucket \{0} is read-only ::
///   Cause: The bucket was frozen by its owner.
/// +
///   Action: Ask the owner to thaw the bucket.
/// ```
///
/// A term ends with `::` (also `:::`, `::::`, `;;`) before the end of the line or a space; the
/// definition is the text after it and the lines below, up to a blank line, with blocks attached
/// by a `+` line (a term with nothing after it takes the paragraph below, blank lines between).
/// A term may wrap over several lines, `::` alone on the last: the paragraph above a term line is
/// part of the term when it starts as a term does (an anchor, or a word shaped like an error
/// name). `[[anchor]]` before the term is dropped. A term `CODE message` gives the code and the
/// message (`ErrorList.splitTerm`); paragraphs labelled `Cause:`, `Description:` give the
/// description, `Action:`, `Solution:` the solution (`ErrorList.labelled`).
enum AsciiDocDefinitionList {
    /// A term line: the term's text (empty for `::` alone) and the text after the delimiter.
    struct Term {
        var text: Substring
        var rest: Substring
    }

    /// The term of a line, when the line is one (`term:: definition`, `term::`, `::`).
    static func term(_ trimmed: Substring) -> Term? {
        guard !trimmed.hasPrefix("//") else { return nil }
        var index = trimmed.startIndex
        while index < trimmed.endIndex {
            let char = trimmed[index]
            guard char == ":" || char == ";" else {
                index = trimmed.index(after: index)
                continue
            }
            let run = trimmed[index...].prefix { $0 == char }
            let after = trimmed.index(index, offsetBy: run.count)
            let ends = after == trimmed.endIndex || trimmed[after] == " " || trimmed[after] == "\t"
            let delimits = char == ":" ? (2...4).contains(run.count) : run.count == 2
            if ends, delimits {
                let text = trimmed[..<index].trimmedSubstring()
                if !text.isEmpty || index == trimmed.startIndex {
                    return Term(text: text, rest: trimmed[after...].trimmedSubstring())
                }
            }
            index = after
        }
        return nil
    }

    /// Whether the paragraph `lines` above a term line is the start of the term: the term line
    /// has no text before `::`, or the paragraph opens with an anchor or a word shaped like an
    /// error name.
    static func wraps(_ lines: [Substring], term: Term) -> Bool {
        guard let first = lines.first?.trimmedSubstring() else { return false }
        if term.text.isEmpty || first.hasPrefix("[[") { return true }
        let word = first.prefix { !$0.isWhitespace }
        return word.count <= ErrorList.maximumNameBytes && ErrorList.looksLikeErrorName(AsciiDocInline.plainText(String(word)))
    }

    /// The body of an entry as `ErrorList` blocks: a paragraph opened by a label (`Cause:`,
    /// `Action:`) without it, saying which part it starts.
    static func entryBlocks(_ located: [AsciiDocBlocks.Located], path: String) -> [ErrorList.Block] {
        located.map { item in
            var block = item.block
            var part: ErrorList.Part?
            if case .paragraph(let inlines) = block, let (found, rest) = ErrorList.labelled(inlines) {
                part = found
                block = .paragraph(rest)
            }
            let cell = RichText.cell([block])
            return ErrorList.Block(
                text: cell.text, markdown: cell.markdown, location: SourceLocation(path: path, line: item.line, column: 1), part: part)
        }
    }

    /// Consecutive items of a definition list, under one heading.
    struct Run {
        let caption: String?
        let path: String
        var entries: [ErrorListEntry] = []
        var warnings: [Diagnostic] = []
        var location: SourceLocation?

        init(caption: String?, path: String) {
            self.caption = caption
            self.path = path
        }

        /// Reads the item whose term is on line `index` (after the paragraph lines `termLines`,
        /// when it wraps over them); returns the index after its definition.
        mutating func read(_ lines: [Substring], termLines: [Int], term: Term, at index: Int) -> Int {
            let termText = (termLines.map { lines[$0].trimmedSubstring() } + [term.text]).joined(separator: "\n")
            let firstLine = termLines.first ?? index
            let termLocation = SourceLocation(path: path, line: firstLine + 1, column: 1)
            if location == nil { location = termLocation }
            let termCell = RichText.cell([.paragraph(AsciiDocInline.parse(termText))], location: termLocation)
            let (name, message) = ErrorList.splitTerm(termCell)

            var body: [AsciiDocLine] = []
            if !term.rest.isEmpty { body.append(AsciiDocLine(text: term.rest, line: index + 1)) }
            var hasText = !term.rest.isEmpty
            var next = index + 1
            while next < lines.count {
                let trimmed = lines[next].trimmedSubstring()
                if trimmed.isEmpty {
                    var after = next + 1
                    while after < lines.count, lines[after].trimmedSubstring().isEmpty { after += 1 }
                    guard after < lines.count else { break }
                    let following = lines[after].trimmedSubstring()
                    guard following == "+" || (!hasText && !Self.endsItem(following, lines[after])) else { break }
                    next = after
                    continue
                }
                if Self.endsItem(trimmed, lines[next]) { break }
                var end = next + 1
                if let delimiter = AsciiDocBlocks.delimiter(trimmed) {
                    // A delimited block belongs to the definition whole.
                    while end < lines.count, lines[end].trimmedSubstring() != delimiter { end += 1 }
                    end = min(end + 1, lines.count)
                }
                for line in next..<end { body.append(AsciiDocLine(text: lines[line], line: line + 1)) }
                hasText = hasText || trimmed != "+"
                next = end
            }
            let parsed = AsciiDocBlocks.parse(body)
            warnings += AsciiDocBlocks.warnings(parsed.directives, path: path, where: "an error entry")
            var entry = ErrorList.entry(name: name, blocks: AsciiDocDefinitionList.entryBlocks(parsed.blocks, path: path), fallback: termLocation)
            if let message { entry.message = message }
            entries.append(entry)
            return next
        }

        /// A line that ends a definition: another term, a heading, a table.
        private static func endsItem(_ trimmed: Substring, _ line: Substring) -> Bool {
            if term(trimmed) != nil { return true }
            if line.hasPrefix("=="), line.drop(while: { $0 == "=" }).first == " " { return true }
            if let delimiter = AsciiDocBlocks.delimiter(trimmed), "|!,:".contains(delimiter.first ?? " ") { return true }
            return false
        }

        /// The list's grid, when it is an error list (`ErrorList.grid`); the warnings of its
        /// entries go with it.
        func grid(required: Bool) -> Grid? {
            guard var grid = ErrorList.grid(entries, form: .terms, caption: caption, location: location, reading: required ? .take : .guess) else {
                return nil
            }
            grid.warnings += warnings
            return grid
        }
    }
}
