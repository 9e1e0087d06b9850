/// List items `- **Label:** content`, the container every Markdown fragment of the page goes in.
///
/// All lines of the content are indented by two spaces, so nothing in a fragment can reach outside
/// its item: a fenced code block or list left open ends with the item.
enum MarkdownListItem {
    /// An item with inline content (already Markdown, one line).
    static func inline(label: String, _ content: String) -> [String] {
        ["- \(label) \(content)"]
    }

    /// An item holding a Markdown fragment: HTML neutralized, first line after the label when it is a
    /// plain paragraph line, otherwise the whole fragment below the label.
    static func fragment(label: String, _ markdown: String) -> [String] {
        let text = MarkdownEscaping.neutralizeHTML(markdown)
        guard !text.isEmpty else { return ["- \(label)"] }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if MarkdownEscaping.isPlainParagraphLine(lines[0]) {
            return ["- \(label) \(lines[0])"] + indented(lines.dropFirst())
        }
        return ["- \(label)", ""] + indented(lines[...])
    }

    /// An item showing wire text literally: a code span, or a fenced code block below the label when
    /// the text has several lines.
    static func wireText(label: String, _ text: String) -> [String] {
        if text.unicodeScalars.contains(where: MarkdownEscaping.isLineBreak) {
            return ["- \(label)", ""] + indented(MarkdownEscaping.codeBlock(text)[...])
        }
        return inline(label: label, MarkdownEscaping.codeSpan(text) ?? "*(empty)*")
    }

    private static func indented(_ lines: ArraySlice<String>) -> [String] {
        lines.map { $0.isEmpty ? "" : "  " + $0 }
    }
}
