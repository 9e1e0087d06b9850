import ErrataModel

/// A line of AsciiDoc content (a table cell's, a definition's, an error section's), with its
/// 1-based line in the file.
struct AsciiDocLine {
    var text: Substring
    var line: Int
}

/// Splits AsciiDoc content (an `a|` cell, a definition, the body of an error section) into the
/// rich-text engine's blocks:
///
/// - paragraphs, separated by blank lines and list continuations (`+` alone on a line); a
///   ` +` hard break at a line's end is a space; `NOTE:`, `TIP:`, `IMPORTANT:`, `WARNING:`,
///   `CAUTION:` paragraphs (or `[NOTE]` before one) get their label in bold in front, as RST
///   admonitions do;
/// - lists: `*`, `**`, … and `-` bullets, `.`, `..`, … and `1.` numbers, nested by their marker,
///   items continued by their following lines and by blocks attached with `+`;
/// - delimited blocks: `----` listing, `....` literal and fenced blocks are code, `++++` text,
///   `====`, `****`, `____` and `--` their content, `////` comments dropped; a nested `!===`
///   table is a paragraph per row;
/// - `//` comments, block attribute lines (`[source,json]`, `[[anchor]]`) and block titles
///   (`.Title`) are dropped.
///
/// Block macros and preprocessor lines (`image::`, `include::`, `ifdef::`, …) are reported
/// (`Directive`) and left out. Lists and delimited blocks nest at most
/// `AsciiDocInline.maxDepth` deep; deeper ones are paragraphs.
enum AsciiDocBlocks {
    /// A block macro or preprocessor line the reader does not read, and its line.
    struct Directive: Equatable {
        var name: String
        var line: Int
    }

    /// A block and the line it starts on.
    struct Located {
        var block: RichBlock
        var line: Int
    }

    static let admonitions: [String: String] = [
        "NOTE": "Note", "TIP": "Tip", "IMPORTANT": "Important", "WARNING": "Warning", "CAUTION": "Caution",
    ]

    static func parse(_ lines: [AsciiDocLine]) -> (blocks: [Located], directives: [Directive]) {
        var parser = Parser()
        parser.parse(lines[...], depth: 0)
        return (parser.blocks, parser.directives)
    }

    /// The cell of `lines`, and a located warning (`where` names the place: "a table cell") per
    /// block macro left out.
    static func cell(_ lines: [AsciiDocLine], location: SourceLocation, where place: String) -> (Cell, [Diagnostic]) {
        let parsed = parse(lines)
        return (RichText.cell(parsed.blocks.map(\.block), location: location), warnings(parsed.directives, path: location.path, where: place))
    }

    static func warnings(_ directives: [Directive], path: String, where place: String) -> [Diagnostic] {
        directives.map {
            Diagnostic.warning(.unreadDirective,
                "the AsciiDoc line '\($0.name)::' in \(place) is not read (a block macro or preprocessor directive); it is left out",
                at: SourceLocation(path: path, line: $0.line))
        }
    }

    /// The delimiter a line is, when it opens a delimited block: `----`, `....`, `====`, `****`,
    /// `____`, `++++`, `////` (four or more), `--`, a fence of backticks, or a table (`|===`, `!===`).
    static func delimiter(_ trimmed: Substring) -> Substring? {
        guard let first = trimmed.first else { return nil }
        if trimmed == "--" { return trimmed }
        if trimmed.hasPrefix("```") { return "```" }
        if (first == "|" || first == "!" || first == "," || first == ":"), trimmed.count >= 4,
           trimmed.dropFirst().allSatisfy({ $0 == "=" }) {
            return trimmed
        }
        guard "-.=*_+/".contains(first), trimmed.count >= 4, trimmed.allSatisfy({ $0 == first }) else { return nil }
        return trimmed
    }

    /// The name of a block macro or preprocessor directive line (`image::a.png[]`, `ifdef::x[]`).
    static func blockMacro(_ trimmed: Substring) -> String? {
        guard let colons = trimmed.firstRange(of: "::"), trimmed.last == "]" else { return nil }
        let name = trimmed[..<colons.lowerBound]
        guard let first = name.first, first.isLetter, name.count <= 32,
              name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }),
              let next = trimmed[colons.upperBound...].first, !next.isWhitespace else { return nil }
        return String(name)
    }

    /// A list item's marker: its kind (`*`, `-`, `.`, or `1` for numbers), depth, the number it
    /// gives, and the item's text.
    static func listItem(_ trimmed: Substring) -> (marker: String, ordered: Bool, start: Int, text: Substring)? {
        guard let first = trimmed.first else { return nil }
        if first == "*" || first == "." || first == "-" {
            let run = trimmed.prefix { $0 == first }
            guard run.count <= 10, first != "-" || run.count == 1 else { return nil }
            let rest = trimmed.dropFirst(run.count)
            guard let space = rest.first, space == " " || space == "\t" else { return nil }
            let text = rest.drop { $0 == " " || $0 == "\t" }
            guard !text.isEmpty else { return nil }
            return (String(run), first == ".", 1, text)
        }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = trimmed.dropFirst(digits.count)
        guard rest.hasPrefix(". ") || rest.hasPrefix(".\t") else { return nil }
        let text = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        guard !text.isEmpty else { return nil }
        return ("1", true, Int(digits) ?? 1, text)
    }

    private struct Parser {
        var blocks: [Located] = []
        var directives: [Directive] = []

        mutating func parse(_ lines: ArraySlice<AsciiDocLine>, depth: Int) {
            var paragraph: [Substring] = []
            var paragraphLine = 0
            var label: String?
            func flush(_ blocks: inout [Located]) {
                guard !paragraph.isEmpty else { return }
                var inlines = AsciiDocInline.parse(paragraph.joined(separator: "\n"))
                if let found = label { inlines = [.strong([.text(found + ":")]), .text(" ")] + inlines }
                label = nil
                blocks.append(Located(block: .paragraph(inlines), line: paragraphLine))
                paragraph = []
            }
            var index = lines.startIndex
            while index < lines.endIndex {
                let line = lines[index]
                let trimmed = line.text.trimmedSubstring()
                if trimmed.isEmpty || trimmed == "+" {
                    flush(&blocks)
                    index += 1
                    continue
                }
                if let delimiter = Self.delimiterOpening(trimmed, depth: depth) {
                    flush(&blocks)
                    var close = index + 1
                    while close < lines.endIndex, lines[close].text.trimmedSubstring() != delimiter { close += 1 }
                    delimited(delimiter, content: lines[(index + 1)..<close], line: line.line, depth: depth)
                    index = min(close + 1, lines.endIndex)
                    continue
                }
                if trimmed.hasPrefix("//") {
                    index += 1
                    continue
                }
                if trimmed.first == "[", trimmed.last == "]" {
                    flush(&blocks)
                    let style = trimmed.dropFirst().dropLast()
                    if let admonition = admonitions[String(style)] { label = admonition }
                    index += 1
                    continue
                }
                if let name = blockMacro(trimmed) {
                    flush(&blocks)
                    directives.append(Directive(name: name, line: line.line))
                    index += 1
                    continue
                }
                if paragraph.isEmpty, trimmed.count > 1, trimmed.first == ".", let second = trimmed.dropFirst().first,
                   second != ".", !second.isWhitespace {
                    index += 1  // a block title
                    continue
                }
                if depth < AsciiDocInline.maxDepth, let item = listItem(trimmed) {
                    flush(&blocks)
                    index = list(lines, from: index, marker: item.marker, depth: depth)
                    continue
                }
                if paragraph.isEmpty {
                    paragraphLine = line.line
                    if let colon = trimmed.firstIndex(of: ":"), let admonition = admonitions[String(trimmed[..<colon])],
                       trimmed[trimmed.index(after: colon)...].first == " " {
                        label = admonition
                        paragraph.append(trimmed[trimmed.index(after: colon)...].trimmedSubstring())
                        index += 1
                        continue
                    }
                }
                paragraph.append(trimmed.hasSuffix(" +") ? trimmed.dropLast(2) : trimmed)
                index += 1
            }
            flush(&blocks)
        }

        /// The closing line of the delimited block `trimmed` opens, when it opens one here.
        private static func delimiterOpening(_ trimmed: Substring, depth: Int) -> Substring? {
            guard let delimiter = delimiter(trimmed) else { return nil }
            // Blocks that hold blocks nest at most as deep as lists; deeper ones are text.
            if depth >= AsciiDocInline.maxDepth, "=*_-".contains(delimiter.first ?? " ") { return nil }
            return delimiter
        }

        /// The blocks of a delimited block whose content is `content`.
        private mutating func delimited(_ delimiter: Substring, content: ArraySlice<AsciiDocLine>, line: Int, depth: Int) {
            switch delimiter.first {
            case "-" where delimiter != "--", ".", "`":
                let code = content.map { $0.text.trimmedForCell() }.filter { !$0.isEmpty }.joined(separator: " ")
                if !code.isEmpty { blocks.append(Located(block: .paragraph([.code(code)]), line: line + 1)) }
            case "+":
                let text = content.map { String($0.text) }.joined(separator: "\n")
                if !RichText.fold(text).isEmpty { blocks.append(Located(block: .paragraph([.text(text)]), line: line + 1)) }
            case "/":
                break
            case "|", "!", ",", ":":
                // A table inside content: each row's cells, as a paragraph.
                let separator = delimiter.first ?? "!"
                for row in content where !row.text.trimmedSubstring().isEmpty {
                    let cells = row.text.split(separator: separator).map { $0.trimmedForCell() }.filter { !$0.isEmpty }
                    let inlines = AsciiDocInline.parse(cells.joined(separator: " "))
                    blocks.append(Located(block: .paragraph(inlines), line: row.line))
                }
            default:
                parse(content, depth: depth + 1)
            }
        }

        /// Reads the list whose first item is at `start` (marker `marker`); returns the index after it.
        private mutating func list(_ lines: ArraySlice<AsciiDocLine>, from start: Int, marker: String, depth: Int) -> Int {
            var items: [[Located]] = []
            var ordered = false
            var first = 1
            var index = start
            while index < lines.endIndex, let item = listItem(lines[index].text.trimmedSubstring()), item.marker == marker {
                if items.isEmpty {
                    ordered = item.ordered
                    first = item.start
                }
                // The item: its text, the lines up to the next item of this list, or the end of the list.
                var itemLines = [AsciiDocLine(text: item.text, line: lines[index].line)]
                var next = index + 1
                while next < lines.endIndex {
                    let trimmed = lines[next].text.trimmedSubstring()
                    if let other = listItem(trimmed), other.marker == marker { break }
                    if trimmed.isEmpty {
                        // A blank line: the list goes on with an item, a nested item or an attached block.
                        var after = next + 1
                        while after < lines.endIndex, lines[after].text.trimmedSubstring().isEmpty { after += 1 }
                        guard after < lines.endIndex else { break }
                        let following = lines[after].text.trimmedSubstring()
                        guard following == "+" || listItem(following) != nil else { break }
                        if let other = listItem(following), other.marker == marker {
                            next = after
                            break
                        }
                        itemLines.append(contentsOf: lines[next..<after])
                        next = after
                        continue
                    }
                    if let delimiter = AsciiDocBlocks.delimiter(trimmed) {
                        // A delimited block belongs to the item whole, blank lines included.
                        var close = next + 1
                        while close < lines.endIndex, lines[close].text.trimmedSubstring() != delimiter { close += 1 }
                        let end = min(close + 1, lines.endIndex)
                        itemLines.append(contentsOf: lines[next..<end])
                        next = end
                        continue
                    }
                    itemLines.append(lines[next])
                    next += 1
                }
                var nested = Parser()
                nested.parse(itemLines[...], depth: depth + 1)
                items.append(nested.blocks)
                directives += nested.directives
                index = next
            }
            if !items.isEmpty {
                let line = items.first?.first?.line ?? lines[start].line
                blocks.append(Located(block: .list(ordered: ordered, start: first, items: items.map { $0.map(\.block) }), line: line))
            }
            return index
        }
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    func trimmedSubstring() -> Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}
