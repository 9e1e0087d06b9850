/// Splits the body of an RST table cell into paragraphs and lists.
///
/// Blank lines separate paragraphs; `-`, `*`, `+`, `•` bullets and `1.`, `#.`, `(1)` enumerators
/// start list items, whose continuation lines are indented. Nested lists are flattened into
/// their parent list.
enum RSTCellBlocks {
    static func parse(_ lines: [String]) -> [RichBlock] {
        let indent = lines.filter { !$0.allSatisfy(\.isWhitespace) }
            .map { $0.prefix { $0 == " " }.count }.min() ?? 0
        var blocks: [RichBlock] = []
        var paragraph: [String] = []
        var items: [[String]] = []
        var ordered = false
        var itemIndent: Int?

        func flushParagraph() {
            if !paragraph.isEmpty { blocks.append(.paragraph(RSTInline.parse(paragraph.joined(separator: "\n")))) }
            paragraph = []
        }
        func flushList() {
            if !items.isEmpty {
                blocks.append(.simpleList(ordered: ordered, items: items.map { RSTInline.parse($0.joined(separator: "\n")) }))
            }
            items = []
            itemIndent = nil
        }

        for raw in lines {
            let line = String(raw.dropFirst(indent))
            if line.allSatisfy(\.isWhitespace) {
                flushParagraph()
                continue
            }
            let lead = line.prefix { $0 == " " }.count
            let body = String(line.dropFirst(lead))
            if let (isOrdered, markerWidth) = marker(body) {
                flushParagraph()
                if !items.isEmpty, isOrdered != ordered, lead <= (itemIndent ?? 0) { flushList() }
                if items.isEmpty { ordered = isOrdered }
                items.append([String(body.dropFirst(markerWidth))])
                itemIndent = lead + 1
            } else if let itemIndent, lead >= itemIndent, !items.isEmpty {
                items[items.count - 1].append(body)
            } else {
                flushList()
                paragraph.append(body)
            }
        }
        flushParagraph()
        flushList()
        return blocks
    }

    /// Whether `line` starts a list item (and whether it is enumerated), and the marker's width
    /// including the spaces after it.
    private static func marker(_ line: String) -> (Bool, Int)? {
        let chars = Array(line)
        func spaces(after end: Int) -> Int? {
            guard end < chars.count, chars[end] == " " else { return nil }
            var stop = end
            while stop < chars.count, chars[stop] == " " { stop += 1 }
            return stop < chars.count ? stop : nil
        }
        if let first = chars.first, "-*+•".contains(first), let width = spaces(after: 1) { return (false, width) }
        var end = 0
        let parenthesised = chars.first == "("
        if parenthesised { end = 1 }
        let start = end
        while end < chars.count, chars[end].isASCII, chars[end].isNumber { end += 1 }
        if end == start, end < chars.count, chars[end] == "#" { end += 1 }
        guard end > start, end - start <= 3, end < chars.count else { return nil }
        let closer: Character = parenthesised ? ")" : chars[end]
        guard chars[end] == closer, closer == "." || closer == ")" else { return nil }
        guard let width = spaces(after: end + 1) else { return nil }
        return (true, width)
    }
}
