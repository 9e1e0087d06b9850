/// Markdown as plain text, for `LocalizedError.failureReason` and `recoverySuggestion` of the
/// generated library (`PErrorVariant.plainDescription`, `plainSolution`); run at generation time.
///
/// Made for the canonical Markdown the readers write (docs/catalog-json.md) and for what a spec's
/// author writes by hand; any other text passes through without crashing, in time linear in its
/// length, and always gives the same result.
///
/// - Line breaks: CR LF and lone CR become LF. Paragraphs stay separated by one blank line (runs
///   of blank lines become one; blank lines at the start and end go); each line loses its
///   trailing spaces and tabs, a continuation line its leading ones.
/// - Lists: an item line keeps its indentation; a `-`, `*` or `+` bullet becomes `- `, an ordered
///   marker (`1.`, `2)`) stays as written. `- ` rather than `• ` because it is what the Markdown
///   already shows, so a list without other markup needs no plain copy in the generated table.
/// - Headings (`# `), block quote marks (`> `) and code fences (```` ``` ````, `~~~`) go; the
///   lines of a fenced block stay verbatim.
/// - Inline, as `MarkdownInlineParser` reads the catalog's Markdown: `**strong**`, `*em*`,
///   `_em_`, `__strong__` lose their delimiters (CommonMark's flanking rules; a delimiter that
///   closes nothing stays as text, e.g. an unbalanced `**`);
///   `` `code` `` becomes its content; `[text](url)` and `![text](url)` become `text`;
///   `<scheme:…>` becomes the address; a backslash before ASCII punctuation goes (`\*` is `*`),
///   one at the end of a line (a hard break) goes, any other backslash stays. HTML tags and
///   entities stay as written.
public enum MarkdownPlainText {
    public static func plain(_ markdown: String) -> String {
        var lines: [[Unicode.Scalar]] = [[]]
        var previousWasCR = false
        for scalar in markdown.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append([])
            } else {
                lines[lines.count - 1].append(scalar)
            }
        }
        var blocks: [[String]] = []
        var block: [String] = []
        /// The open inline chunk: the output prefix of its first line and its lines so far.
        var chunk: (prefix: String, lines: [[Unicode.Scalar]])?
        var fence: (character: Unicode.Scalar, length: Int)?

        func flushChunk() {
            guard let open = chunk else { return }
            chunk = nil
            var joined: [Unicode.Scalar] = []
            for (index, line) in open.lines.enumerated() {
                if index > 0 { joined.append("\n") }
                joined += line
            }
            let paragraph = String(String.UnicodeScalarView(joined))
            let rendered = text(MarkdownInlineParser.parse(paragraph, dialect: .catalog))
            for (index, line) in rendered.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = trimTrailing(Array(line))
                block.append((index == 0 ? open.prefix : "") + String(String.UnicodeScalarView(trimmed)))
            }
        }
        func flushBlock() {
            flushChunk()
            while block.last?.isEmpty == true { block.removeLast() }
            if !block.isEmpty { blocks.append(block) }
            block = []
        }

        for line in lines {
            if let open = fence {
                if let closing = fenceMarker(line), closing.character == open.character, closing.length >= open.length,
                    closing.rest.allSatisfy(isSpaceOrTab)
                {
                    fence = nil
                    flushBlock()
                } else {
                    block.append(String(String.UnicodeScalarView(trimTrailing(line))))
                }
                continue
            }
            if line.allSatisfy(isSpaceOrTab) {
                flushBlock()
                continue
            }
            if let opening = fenceMarker(line), opening.character == "~" || !opening.rest.contains("`") {
                flushBlock()
                fence = (opening.character, opening.length)
                continue
            }
            let quoteStripped = stripQuoteMarks(line)
            if let heading = headingContent(quoteStripped) {
                flushChunk()
                chunk = ("", [heading])
                flushChunk()
            } else if let item = listItem(quoteStripped) {
                flushChunk()
                chunk = (item.prefix, [item.content])
            } else if chunk != nil {
                chunk?.lines.append(Array(quoteStripped.drop(while: isSpaceOrTab)))
            } else {
                chunk = ("", [Array(quoteStripped.drop(while: isSpaceOrTab))])
            }
        }
        flushBlock()
        return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }

    // MARK: - Blocks

    static func isSpaceOrTab(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    private static func trimTrailing(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var end = line.count
        while end > 0, isSpaceOrTab(line[end - 1]) { end -= 1 }
        return Array(line[..<end])
    }

    /// Up to three spaces, then three or more `` ` `` or `~`: the fence and what follows it.
    private static func fenceMarker(_ line: [Unicode.Scalar]) -> (character: Unicode.Scalar, length: Int, rest: ArraySlice<Unicode.Scalar>)? {
        var index = 0
        while index < line.count, index < 3, line[index] == " " { index += 1 }
        guard index < line.count, line[index] == "`" || line[index] == "~" else { return nil }
        let character = line[index]
        var end = index
        while end < line.count, line[end] == character { end += 1 }
        guard end - index >= 3 else { return nil }
        return (character, end - index, line[end...])
    }

    /// The line without leading `>` marks (each with up to three spaces before and one after).
    private static func stripQuoteMarks(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var rest = line[...]
        while true {
            var probe = rest
            var spaces = 0
            while let first = probe.first, first == " ", spaces < 3 {
                probe = probe.dropFirst()
                spaces += 1
            }
            guard probe.first == ">" else { break }
            probe = probe.dropFirst()
            if let first = probe.first, isSpaceOrTab(first) { probe = probe.dropFirst() }
            rest = probe
        }
        return Array(rest)
    }

    /// The text of an ATX heading line (`# Title`, `## Title ##`), or nil.
    private static func headingContent(_ line: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var index = 0
        while index < line.count, index < 3, line[index] == " " { index += 1 }
        var level = 0
        while index + level < line.count, line[index + level] == "#" { level += 1 }
        guard (1...6).contains(level) else { return nil }
        let after = index + level
        guard after == line.count || isSpaceOrTab(line[after]) else { return nil }
        var content = Array(trimTrailing(Array(line[after...])).drop(while: isSpaceOrTab))
        // A closing run of `#` preceded by a space goes too.
        var end = content.count
        while end > 0, content[end - 1] == "#" { end -= 1 }
        if end < content.count, end == 0 || isSpaceOrTab(content[end - 1]) {
            content = trimTrailing(Array(content[..<end]))
        }
        return content
    }

    /// A list item line: its output prefix (indentation and marker) and its content.
    private static func listItem(_ line: [Unicode.Scalar]) -> (prefix: String, content: [Unicode.Scalar])? {
        var index = 0
        while index < line.count, isSpaceOrTab(line[index]) { index += 1 }
        let indent = String(String.UnicodeScalarView(line[..<index]))
        guard index < line.count else { return nil }
        var marker: String
        var after: Int
        if line[index] == "-" || line[index] == "*" || line[index] == "+" {
            marker = "- "
            after = index + 1
        } else {
            var end = index
            while end < line.count, end - index < 9, ("0"..."9").contains(line[end]) { end += 1 }
            guard end > index, end < line.count, line[end] == "." || line[end] == ")" else { return nil }
            marker = String(String.UnicodeScalarView(line[index...end])) + " "
            after = end + 1
        }
        if after == line.count { return (indent + marker.dropLast(), []) }
        guard isSpaceOrTab(line[after]) else { return nil }
        let content = Array(line[after...].drop(while: isSpaceOrTab))
        // `* * *` or `- - -` is a thematic break, not an item: keep the line as text.
        if marker == "- ", content.count >= 2, content.allSatisfy({ $0 == line[index] || isSpaceOrTab($0) }) { return nil }
        return (indent + marker, content)
    }
}

// MARK: - Inline

extension MarkdownPlainText {
    /// The plain text of a paragraph's inline tree: markup goes, its text stays.
    static func text(_ nodes: [MarkdownInlineNode]) -> String {
        var out = ""
        for node in nodes {
            switch node {
            case .text(let text), .code(let text), .autolink(let text), .html(let text):
                out += text
            case .emphasis(let children), .strong(let children), .link(let children, _), .image(let children, _):
                out += self.text(children)
            case .hardBreak:
                out += "\n"
            }
        }
        return out
    }
}
