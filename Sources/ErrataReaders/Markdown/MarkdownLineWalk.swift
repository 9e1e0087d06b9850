/// Walks the lines of a Markdown block from a start line, passing over blank lines: the readers of
/// list forms (`MarkdownBulletList`, `MarkdownDefinitionList`) ask for the next line that is not
/// blank, and whether blank lines came before it (a new paragraph, or the list's end).
struct MarkdownLineWalk {
    let lines: [Substring]
    /// The current line's index.
    private(set) var index: Int
    /// Blank lines stand between the line taken last and the current line.
    private(set) var afterBlank = false

    init(_ lines: [Substring], from index: Int) {
        self.lines = lines
        self.index = index
    }

    /// The next line that is not blank (the blank ones passed over), or nil at the end.
    mutating func next() -> Substring? {
        while index < lines.count {
            guard lines[index].allSatisfy(\.isWhitespace) else { return lines[index] }
            afterBlank = true
            index += 1
        }
        return nil
    }

    /// Takes the current line: the walk goes on after it.
    mutating func take() {
        index += 1
        afterBlank = false
    }
}
