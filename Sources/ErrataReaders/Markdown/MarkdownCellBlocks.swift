/// Splits a Markdown table cell into paragraphs and lists.
///
/// `<br>` (any form) and blank lines separate paragraphs; lines starting with `- `, `* `, `+ `
/// or `1. ` are list items (consecutive items form one list); other lines continue the
/// current paragraph or item. A Docusaurus admonition (`:::note` … `:::`, `MDXSyntax.fence`) is
/// its content with its label in bold in front (`**Note:** …`), as RST admonitions are.
enum MarkdownCellBlocks {
    static func parse(_ content: String) -> [RichBlock] {
        var blocks: [RichBlock] = []
        var paragraph: [String] = []
        var items: [[String]] = []
        var ordered = false
        var inItem = false
        var labelOnly = false

        func flushParagraph() {
            if !paragraph.isEmpty { blocks.append(.paragraph(MarkdownInline.parse(paragraph.joined(separator: " ")))) }
            paragraph = []
        }
        func flushList() {
            if !items.isEmpty {
                blocks.append(.simpleList(ordered: ordered, items: items.map { MarkdownInline.parse($0.joined(separator: " ")) }))
            }
            items = []
            inItem = false
        }

        for line in splitBreaks(content) {
            let trimmed = line.trimmedForCell()
            if trimmed.isEmpty {
                // An admonition's label waits for the admonition's first paragraph.
                if labelOnly { continue }
                flushParagraph()
                inItem = false
                continue
            }
            if let fence = MDXSyntax.fence(Substring(trimmed)) {
                flushParagraph()
                flushList()
                if case .open(let label) = fence {
                    paragraph.append("**" + label + (label.hasSuffix(":") || label.hasSuffix("：") ? "" : ":") + "**")
                    labelOnly = true
                }
                continue
            }
            labelOnly = false
            if let (isOrdered, rest) = listMarker(trimmed) {
                flushParagraph()
                if !items.isEmpty, isOrdered != ordered { flushList() }
                ordered = isOrdered
                items.append([rest])
                inItem = true
            } else if inItem {
                items[items.count - 1].append(trimmed)
            } else {
                flushList()
                paragraph.append(trimmed)
            }
        }
        flushParagraph()
        flushList()
        return blocks
    }

    /// Lines of `content`, with every `<br>` turned into a blank line (outside code spans).
    private static func splitBreaks(_ content: String) -> [String] {
        var lines: [String] = [""]
        let chars = Array(content)
        var index = 0
        var inCode = false
        while index < chars.count {
            let char = chars[index]
            if char == "`" { inCode.toggle() }
            if char == "\n" {
                lines.append("")
            } else if !inCode, char == "<", let length = breakTagLength(chars, index) {
                lines += ["", ""]
                index += length
                continue
            } else {
                lines[lines.count - 1].append(char)
            }
            index += 1
        }
        return lines
    }

    /// Length of `<br>`, `<br/>`, `<br />` (any case) at `index`.
    private static func breakTagLength(_ chars: [Character], _ index: Int) -> Int? {
        var end = index + 1
        while end < chars.count, end - index < 8, chars[end] != ">" { end += 1 }
        guard end < chars.count, chars[end] == ">" else { return nil }
        let inside = String(chars[(index + 1)..<end]).lowercased().filter { !$0.isWhitespace }
        return inside == "br" || inside == "br/" ? end - index + 1 : nil
    }

    /// `- x`, `* x`, `+ x` (bullet) or `1. x`, `1) x` (ordered).
    private static func listMarker(_ line: String) -> (Bool, String)? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return (false, line.dropFirst(2).trimmedForCell())
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return (true, rest.dropFirst(2).trimmedForCell())
    }
}
