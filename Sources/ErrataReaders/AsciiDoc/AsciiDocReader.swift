import ErrataModel

/// Reads the tables and error lists of an AsciiDoc page (Asciidoctor, Antora), in page order:
///
/// - tables (`|===`, `AsciiDocTable`; CSV, DSV and TSV data, `AsciiDocDataTable`), captioned by their block title (`.Title`) or else the
///   nearest section heading above (`==`, `===`, …), which names the module when a page has
///   several error tables;
/// - definition lists (`AsciiDocDefinitionList`): `CODE message::` terms whose definitions hold
///   `Cause: …` / `Action: …` paragraphs;
/// - a section per error: headings whose text is a code (`=== E1042`), the blocks below each one
///   its body, read like the Markdown and HTML heading lists (`ErrorList`).
///
/// The document header (front matter, `= Title`, attribute entries), comments (`//`, `////`),
/// attribute entries, block macros and preprocessor lines between blocks, and the content of
/// listing, literal and passthrough blocks are skipped.
/// The recipe's error layout (`PageInput.errorLayout`) decides which lists are read: `.tables`
/// none, `.terms` definition lists only and `.headings` sections only, each taken without the
/// list heuristics; other layouts, neither.
public enum AsciiDocReader {
    /// Every table and error list of `text`, in document order.
    ///
    /// Throws a `Diagnostic` when the text is over the size limits of `TextInputLimits`, or a
    /// table over `AsciiDocTable.maxCells`.
    public static func readGrids(text: String, path: String, errorLayout: ReadingRecipe.ErrorLayout? = nil) throws -> [Grid] {
        try TextInputLimits.check(text, path: path)
        var page = Page(lines: TextLines.split(text), path: path, layout: errorLayout)
        try page.read()
        return page.grids
    }

    /// The walk over a page's lines.
    private struct Page {
        let lines: [Substring]
        let path: String
        let readsTerms: Bool
        let readsHeadings: Bool
        let required: Bool
        var grids: [Grid] = []
        /// The last section heading's text.
        var heading: String?
        /// A block title (`.Title`) for the next block.
        var blockTitle: String?
        /// The attribute line (`[cols=…]`) for the next block.
        var attributeLine: Substring?
        /// The lines of the paragraph being read (a definition term may wrap over them).
        var paragraph: [Int] = []
        var terms: AsciiDocDefinitionList.Run?
        var sections: SectionRun?

        init(lines: [Substring], path: String, layout: ReadingRecipe.ErrorLayout?) {
            self.lines = lines
            self.path = path
            readsTerms = layout == nil || layout == .terms
            readsHeadings = layout == nil || layout == .headings
            required = layout == .terms || layout == .headings
        }

        mutating func read() throws {
            var index = AsciiDocHeader.read(lines).end
            while index < lines.count {
                let line = lines[index]
                let trimmed = line.trimmedSubstring()
                let delimiter = AsciiDocBlocks.delimiter(trimmed)
                let heading = delimiter == nil ? Self.heading(line) : nil
                if sections?.open != nil, heading == nil, !Self.isTable(delimiter) {
                    index = sections?.append(lines, at: index, delimiter: delimiter) ?? index + 1
                    continue
                }
                if trimmed.isEmpty {
                    endParagraph()
                    index += 1
                    continue
                }
                if let delimiter {
                    index = try block(delimiter, at: index)
                    continue
                }
                if trimmed.hasPrefix("//") {
                    index += 1
                    continue
                }
                if let (level, title) = heading {
                    section(level: level, title: title, line: index)
                    index += 1
                    continue
                }
                if paragraph.isEmpty {
                    if trimmed.first == "[", trimmed.last == "]" {
                        attributeLine = trimmed
                        index += 1
                        continue
                    }
                    // Attribute entries, and block macros and preprocessor lines (`ifdef::x[]`) between
                    // blocks: page chrome, which neither starts nor ends a list.
                    if AsciiDocHeader.isAttributeEntry(trimmed) || AsciiDocBlocks.blockMacro(trimmed) != nil {
                        index += 1
                        continue
                    }
                    if trimmed.count > 1, trimmed.first == ".", let second = trimmed.dropFirst().first, second != ".", !second.isWhitespace {
                        blockTitle = AsciiDocInline.plainText(String(trimmed.dropFirst()))
                        index += 1
                        continue
                    }
                }
                if readsTerms, let term = AsciiDocDefinitionList.term(trimmed) {
                    index = definition(term, at: index)
                    continue
                }
                paragraph.append(index)
                index += 1
            }
            endParagraph()
            finishTerms()
            finishSections()
        }

        /// A delimited block at `index`: a table is read; listing, literal, passthrough and
        /// comment blocks are skipped; the delimiters of blocks holding blocks (`====`, `****`,
        /// `____`, `--`) are passed over, their content read as the page's.
        private mutating func block(_ delimiter: Substring, at index: Int) throws -> Int {
            endParagraph()
            let first = delimiter.first ?? " "
            if "=*_".contains(first) || delimiter == "--" { return index + 1 }
            finishTerms()
            if Self.isTable(delimiter) {
                finishSections()
                let attributes = AsciiDocTable.Attributes(attributeLine)
                let caption = blockTitle ?? heading
                blockTitle = nil
                attributeLine = nil
                let separator = first == "," || first == ":" ? attributes.dataSeparator ?? first : attributes.dataSeparator
                if let separator {
                    let read = AsciiDocDataTable.read(
                        lines, start: index, separator: separator, attributes: attributes, caption: caption, path: path)
                    grids.append(read.grid)
                    return read.end
                }
                let read = try AsciiDocTable.read(lines, start: index, attributes: attributes, caption: caption, path: path)
                grids.append(read.grid)
                return read.end
            }
            blockTitle = nil
            attributeLine = nil
            var close = index + 1
            while close < lines.count, lines[close].trimmedSubstring() != delimiter { close += 1 }
            return min(close + 1, lines.count)
        }

        private static func isTable(_ delimiter: Substring?) -> Bool {
            guard let first = delimiter?.first else { return false }
            return "|!,:".contains(first)
        }

        /// `== Title` (up to six `=`, a closing run of `=` allowed): its level and text.
        static func heading(_ line: Substring) -> (Int, String)? {
            let marks = line.prefix { $0 == "=" }
            guard (2...6).contains(marks.count) else { return nil }
            let rest = line.dropFirst(marks.count)
            guard let space = rest.first, space == " " || space == "\t" else { return nil }
            var title = rest.trimmedSubstring()
            if title.hasSuffix(" " + marks) { title = title.dropLast(marks.count).trimmedSubstring() }
            guard !title.isEmpty else { return nil }
            return (marks.count, String(title))
        }

        /// A section heading: the caption of what follows, and maybe an error of a list of sections.
        private mutating func section(level: Int, title: String, line index: Int) {
            endParagraph()
            finishTerms()
            blockTitle = nil
            attributeLine = nil
            let location = SourceLocation(path: path, line: index + 1, column: level + 2)
            let cell = RichText.cell([.paragraph(AsciiDocInline.parse(title))], location: location)
            // Only a heading shaped like an error name opens an error section: its body takes
            // every line up to the next heading, definition lists included.
            if readsHeadings, ErrorList.isName(cell), required || ErrorList.looksLikeErrorName(cell.text) {
                if sections?.level != level {
                    finishSections()
                    sections = SectionRun(level: level, caption: heading)
                }
                sections?.start(cell)
            } else {
                finishSections()
            }
            heading = cell.text
        }

        /// A definition list item whose term line is `index`; returns the index after its definition.
        private mutating func definition(_ term: AsciiDocDefinitionList.Term, at index: Int) -> Int {
            // A term wraps over the paragraph above it when that starts as a term does.
            let wrapped = AsciiDocDefinitionList.wraps(paragraph.map { lines[$0] }, term: term)
            if !wrapped { endParagraph() }
            let termLines = wrapped ? paragraph : []
            paragraph = []
            if terms == nil { terms = AsciiDocDefinitionList.Run(caption: heading, path: path) }
            return terms?.read(lines, termLines: termLines, term: term, at: index) ?? index + 1
        }

        /// A paragraph ends (a blank line, a block): unless it became a term, it ends a definition list.
        private mutating func endParagraph() {
            guard !paragraph.isEmpty else { return }
            paragraph = []
            finishTerms()
            blockTitle = nil
            attributeLine = nil
        }

        private mutating func finishTerms() {
            guard let run = terms else { return }
            terms = nil
            if let grid = run.grid(required: required) { grids.append(grid) }
        }

        private mutating func finishSections() {
            guard let run = sections else { return }
            sections = nil
            if let grid = run.grid(path: path, required: required) { grids.append(grid) }
        }
    }

    /// Headings of one level whose text is a code, each with the lines below it.
    private struct SectionRun {
        let level: Int
        let caption: String?
        var entries: [(name: Cell, body: [AsciiDocLine])] = []
        /// The section whose body is being read.
        var open: Int? { entries.isEmpty ? nil : entries.count - 1 }

        init(level: Int, caption: String?) {
            self.level = level
            self.caption = caption
        }

        mutating func start(_ name: Cell) {
            entries.append((name, []))
        }

        /// Adds the line at `index` (a whole delimited block when it opens one) to the open
        /// section's body; returns the index after what was added.
        mutating func append(_ lines: [Substring], at index: Int, delimiter: Substring?) -> Int {
            var end = index + 1
            if let delimiter {
                while end < lines.count, lines[end].trimmedSubstring() != delimiter { end += 1 }
                end = min(end + 1, lines.count)
            }
            for line in index..<end { entries[entries.count - 1].body.append(AsciiDocLine(text: lines[line], line: line + 1)) }
            return end
        }

        func grid(path: String, required: Bool) -> Grid? {
            var warnings: [Diagnostic] = []
            let list = entries.map { entry in
                let parsed = AsciiDocBlocks.parse(entry.body)
                warnings += AsciiDocBlocks.warnings(parsed.directives, path: path, where: "an error section")
                let blocks = AsciiDocDefinitionList.entryBlocks(parsed.blocks, path: path)
                return ErrorList.entry(name: entry.name, blocks: blocks, fallback: entry.name.location)
            }
            guard var grid = ErrorList.grid(list, form: .headings, caption: caption, location: nil, reading: required ? .take : .guess) else { return nil }
            grid.location?.column = 1
            grid.warnings += warnings
            return grid
        }
    }
}
