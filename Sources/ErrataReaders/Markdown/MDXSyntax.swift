/// The lines of a Markdown page that are not Markdown text: YAML front matter, and what MDX and
/// Docusaurus add to Markdown (ESM `import` / `export` blocks, `{/* … */}` comment lines,
/// `:::type` admonition fences).
///
/// The readers skip front matter, ESM blocks and comment lines; an admonition's content is read
/// as any Markdown (its tables and lists are found), and inside a cell or a list entry's
/// description it is a paragraph led by its title in bold, as RST admonitions are.
enum MDXSyntax {
    /// An admonition fence line.
    enum Fence: Equatable {
        /// `:::note`, `:::info Title`: the label (the title, else the type capitalised).
        case open(label: String)
        /// `:::`.
        case close
    }

    /// The first line after the front matter (`---` … `---` or `...` at the top of the page); 0
    /// when the page has none.
    static func frontMatterEnd(_ lines: [Substring]) -> Int {
        guard lines.first?.trimmedForCell() == "---" else { return 0 }
        var index = 1
        while index < lines.count {
            let trimmed = lines[index].trimmedForCell()
            if trimmed == "---" || trimmed == "..." { return index + 1 }
            index += 1
        }
        return 0
    }

    /// The first line after the ESM block (`import …` / `export …` at the start of a line, up to a
    /// blank line) starting at line `start`, or nil when the line starts none. An `import` line
    /// names a module in quotes or opens braces (prose that starts "import the key from …" is
    /// text); an `export` line declares something.
    static func esmEnd(_ lines: [Substring], start: Int) -> Int? {
        let line = lines[start]
        guard line.hasPrefix("import ") || line.hasPrefix("import{") || line.hasPrefix("export ") else { return nil }
        let isStatement = line.hasPrefix("export ")
            ? ["const ", "default ", "function ", "let ", "var ", "{", "async ", "class ", "*"].contains { line.dropFirst(7).hasPrefix($0) }
            : line.contains("'") || line.contains("\"") || line.contains("{")
        guard isStatement else { return nil }
        var end = start + 1
        while end < lines.count, !lines[end].allSatisfy(\.isWhitespace) { end += 1 }
        return end
    }

    /// The first line after the comment (`{/*` … `*/}`) starting at line `start`, or nil when the
    /// line starts none. An unclosed comment is not one. `noCloserFrom`: no line from it on holds
    /// `*/}` (found by an earlier call, so that every line is searched once).
    static func commentEnd(_ lines: [Substring], start: Int, noCloserFrom: inout Int) -> Int? {
        let trimmed = lines[start].trimmedForCell()
        guard trimmed.hasPrefix("{/*"), start < noCloserFrom else { return nil }
        var end = start
        var text = Substring(trimmed.dropFirst(3))
        while true {
            if text.contains("*/}") { return end + 1 }
            end += 1
            guard end < lines.count else {
                noCloserFrom = start
                return nil
            }
            text = lines[end]
        }
    }

    /// The admonition fence the line is, if it is one.
    static func fence(_ line: Substring) -> Fence? {
        let trimmed = line.trimmedForCell()
        guard trimmed.hasPrefix(":::") else { return nil }
        let rest = trimmed.drop { $0 == ":" }.drop { $0 == " " || $0 == "\t" }
        if rest.isEmpty { return .close }
        let type = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        guard !type.isEmpty else { return nil }
        var title = rest.dropFirst(type.count).trimmedForCell()
        if title.hasPrefix("["), title.hasSuffix("]") { title = String(title.dropFirst().dropLast()).trimmedForCell() }
        return .open(label: title.isEmpty ? type.prefix(1).uppercased() + type.dropFirst().lowercased() : title)
    }
}
