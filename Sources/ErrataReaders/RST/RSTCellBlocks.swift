import ErrataModel

/// Splits the body of an RST table cell into paragraphs and lists.
///
/// Blank lines separate paragraphs; `-`, `*`, `+`, `•` bullets and `1.`, `#.`, `(1)` enumerators
/// start list items, whose continuation lines are indented. Nested lists are flattened into
/// their parent list.
///
/// Directives: the admonitions (`.. note::`, `important`, `caution`, `warning`, `tip`, `hint`,
/// `attention`, `danger`, `error`, `seealso`, and `.. admonition:: Title`) become their content
/// with the label in bold in front (`**Note:** …`); `code`, `code-block` and `sourcecode` become a
/// code span; a comment (`..` followed by anything but a directive) is dropped, as docutils drops
/// it. Any other directive is reported (`Directive`): its argument, options and own line are
/// left out, its content is kept as text.
enum RSTCellBlocks {
    /// A directive the reader does not understand, and its line (0-based, in the cell's lines).
    struct Directive: Equatable, Sendable {
        var name: String
        var argument: String
        var line: Int
    }

    /// Directives nest at most this deep; deeper ones are read as text.
    static let maxDirectiveDepth = 8

    static func parse(_ lines: [String]) -> [RichBlock] {
        parseReportingDirectives(lines).blocks
    }

    /// The cell made of `lines`, whose first line is the 1-based `firstLine` of `path`, and a
    /// located warning per directive the reader does not understand.
    static func cell(_ lines: [String], firstLine: Int, location: SourceLocation) -> (Cell, [Diagnostic]) {
        let parsed = parseReportingDirectives(lines)
        let warnings = parsed.directives.map { directive in
            let argument = directive.argument.isEmpty ? "" : " (its argument \u{201C}\(directive.argument)\u{201D} left out)"
            return Diagnostic.warning(.unreadDirective,
                "the RST directive '\(directive.name)' in a table cell is not understood; its content is kept as text\(argument)",
                at: SourceLocation(path: location.path, line: firstLine + directive.line))
        }
        return (RichText.cell(parsed.blocks, location: location), warnings)
    }

    static func parseReportingDirectives(_ lines: [String], depth: Int = 0) -> (blocks: [RichBlock], directives: [Directive]) {
        let indent = lines.filter { !$0.allSatisfy(\.isWhitespace) }
            .map { $0.prefix { $0 == " " }.count }.min() ?? 0
        var blocks: [RichBlock] = []
        var directives: [Directive] = []
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

        var index = 0
        while index < lines.count {
            let line = String(lines[index].dropFirst(indent))
            index += 1
            if line.allSatisfy(\.isWhitespace) {
                flushParagraph()
                continue
            }
            let lead = line.prefix { $0 == " " }.count
            let body = String(line.dropFirst(lead))
            if depth < maxDirectiveDepth, body == ".." || body.hasPrefix(".. ") {
                // The directive's block: its line and every following line indented deeper, or blank.
                let start = index - 1
                var end = index
                while end < lines.count {
                    let next = lines[end].dropFirst(indent)
                    if !next.allSatisfy(\.isWhitespace), next.prefix(while: { $0 == " " }).count <= lead { break }
                    end += 1
                }
                index = end
                flushParagraph()
                flushList()
                let content = lines[(start + 1)..<end].map { String($0.dropFirst(indent)) }
                let read = directive(body, content: content, depth: depth)
                blocks += read.blocks
                directives += read.directives.map { Directive(name: $0.name, argument: $0.argument, line: $0.line + start) }
                continue
            }
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
        return (blocks, directives)
    }

    private static let admonitions: [String: String] = [
        "note": "Note", "important": "Important", "caution": "Caution", "warning": "Warning", "tip": "Tip",
        "hint": "Hint", "attention": "Attention", "danger": "Danger", "error": "Error", "seealso": "See also",
    ]

    /// The blocks of the directive whose line is `line` (`.. name:: argument`) and whose indented
    /// content is `content`; the directives inside are located from the directive's line (0).
    private static func directive(_ line: String, content: [String], depth: Int) -> (blocks: [RichBlock], directives: [Directive]) {
        let rest = line.dropFirst(2).trimmedForCell()
        guard let marker = rest.range(of: "::"), isDirectiveName(rest[..<marker.lowerBound]) else {
            return ([], [])  // a comment
        }
        let name = rest[..<marker.lowerBound].lowercased()
        let argument = rest[marker.upperBound...].trimmedForCell()
        // Options (`:class: x`) open the content; they are not text.
        var body = content
        while let first = body.first(where: { !$0.allSatisfy(\.isWhitespace) }),
              first.trimmedForCell().hasPrefix(":"), first.trimmedForCell().dropFirst().contains(":") {
            body.removeFirst(body.firstIndex(of: first)! + 1)
        }
        let offset = content.count - body.count + 1
        if name == "code" || name == "code-block" || name == "sourcecode" {
            let code = body.map { $0.trimmedForCell() }.filter { !$0.isEmpty }.joined(separator: " ")
            return (code.isEmpty ? [] : [.paragraph([.code(code)])], [])
        }
        let label = name == "admonition" ? (argument.isEmpty ? nil : argument) : admonitions[name]
        // An admonition's argument is its content's first line; another directive's is not text.
        let argumentIsContent = label != nil && name != "admonition" && !argument.isEmpty
        var lines = body
        if argumentIsContent {
            // The argument is the content's first line.
            let bodyIndent = body.filter { !$0.allSatisfy(\.isWhitespace) }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
            lines.insert(String(repeating: " ", count: bodyIndent) + argument, at: 0)
        }
        var read = parseReportingDirectives(lines, depth: depth + 1)
        let shift = argumentIsContent ? offset - 1 : offset
        read.directives = read.directives.map { Directive(name: $0.name, argument: $0.argument, line: $0.line + shift) }
        guard let label else {
            read.directives.insert(Directive(name: name, argument: argument, line: 0), at: 0)
            return read
        }
        let strong = RichInline.strong([.text(label + ":")])
        if case .paragraph(let inlines)? = read.blocks.first {
            read.blocks[0] = .paragraph([strong, .text(" ")] + inlines)
        } else {
            read.blocks.insert(.paragraph([strong]), at: 0)
        }
        return read
    }

    /// A directive name: letters, digits, and `-`, `_`, `+`, `:`, `.` inside.
    private static func isDirectiveName(_ name: Substring) -> Bool {
        guard let first = name.first, first.isLetter || first.isNumber else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || "-_+:.".contains($0) }
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
