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
/// - Inline: `**strong**`, `*em*`, `_em_`, `__strong__` lose their delimiters (CommonMark's
///   flanking rules; a delimiter that closes nothing stays as text, e.g. an unbalanced `**`);
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
            var inline = Inline(joined)
            let text = inline.render()
            for (index, line) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
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

/// One paragraph or list item's inline content, after CommonMark's inline rules, simplified.
///
/// Text goes into `nodes`; `*` and `_` runs become delimiter nodes matched by `processEmphasis`
/// (CommonMark's "process emphasis" with its openers-bottom bound, so linear), and `[`/`![`
/// openers wait on a stack for a `](…)` after a `]`. Code span closers are found by binary search
/// over the backtick runs; link destinations and autolinks are looked ahead for within a budget
/// proportional to the text, after which a `]` or `<` is only text: no input takes quadratic time.
private struct Inline {
    private struct Node {
        var text: String
        /// For a delimiter run: `*` or `_`, its remaining length and what it can do.
        var delimiter: Unicode.Scalar?
        var count = 0
        var originalCount = 0
        var canOpen = false
        var canClose = false
    }

    private struct Bracket {
        var node: Int
        var image: Bool
        var active = true
    }

    private let scalars: [Unicode.Scalar]
    private var nodes: [Node] = []
    private var brackets: [Bracket] = []
    /// Nodes of `*` and `_` runs that may open or close emphasis, waiting for `processEmphasis`.
    private var delimiters: [Int] = []
    private var budget: Int
    /// Start positions of backtick runs, by run length, for finding code span closers.
    private var backtickRuns: [Int: [Int]] = [:]

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        budget = 8 * scalars.count + 1024
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "`" else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, scalars[end] == "`" { end += 1 }
            backtickRuns[end - index, default: []].append(index)
            index = end
        }
    }

    func scalar(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    mutating func render() -> String {
        var index = 0
        var text = ""
        func flushText() {
            if !text.isEmpty { nodes.append(Node(text: text)) }
            text = ""
        }
        while index < scalars.count {
            let current = scalars[index]
            switch current {
            case "\\":
                if let next = scalar(index + 1), next.isASCII, next.properties.generalCategory.isPunctuationOrSymbol {
                    text.unicodeScalars.append(next)
                    index += 2
                } else if scalar(index + 1) == "\n" {
                    index += 1  // a hard line break: the break stays, the backslash goes
                } else {
                    text.unicodeScalars.append(current)
                    index += 1
                }
            case "`":
                var end = index
                while end < scalars.count, scalars[end] == "`" { end += 1 }
                if let close = codeSpanCloser(length: end - index, after: end) {
                    text += codeSpanContent(end..<close)
                    index = close + end - index
                } else {
                    text += String(String.UnicodeScalarView(scalars[index..<end]))
                    index = end
                }
            case "*", "_":
                flushText()
                var end = index
                while end < scalars.count, scalars[end] == current { end += 1 }
                appendDelimiter(current, from: index, to: end)
                index = end
            case "[":
                flushText()
                brackets.append(Bracket(node: nodes.count, image: false))
                nodes.append(Node(text: "["))
                index += 1
            case "!" where scalar(index + 1) == "[":
                flushText()
                brackets.append(Bracket(node: nodes.count, image: true))
                nodes.append(Node(text: "!["))
                index += 2
            case "]":
                flushText()
                if let end = closeBracket(at: index) {
                    index = end
                } else {
                    nodes.append(Node(text: "]"))
                    index += 1
                }
            case "<":
                if let (address, end) = autolink(at: index) {
                    text += address
                    index = end
                } else {
                    text.unicodeScalars.append(current)
                    index += 1
                }
            default:
                text.unicodeScalars.append(current)
                index += 1
            }
        }
        flushText()
        processEmphasis(above: -1)
        var out = ""
        for node in nodes {
            if let delimiter = node.delimiter {
                out += String(repeating: String(delimiter), count: node.count)
            } else {
                out += node.text
            }
        }
        return out
    }

    // MARK: Code spans and autolinks

    /// Where the first run of exactly `length` backticks at or after `start` begins.
    private func codeSpanCloser(length: Int, after start: Int) -> Int? {
        guard let runs = backtickRuns[length] else { return nil }
        var low = 0
        var high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle] < start { low = middle + 1 } else { high = middle }
        }
        return low < runs.count ? runs[low] : nil
    }

    /// Line breaks become spaces; one space each side goes when both are there (and not only spaces).
    private func codeSpanContent(_ range: Range<Int>) -> String {
        var content = scalars[range].map { $0 == "\n" ? " " : $0 }
        if content.count >= 2, content.first == " ", content.last == " ", content.contains(where: { $0 != " " }) {
            content = Array(content.dropFirst().dropLast())
        }
        return String(String.UnicodeScalarView(content))
    }

    /// `<scheme:address>`: the address and the index after `>`.
    private mutating func autolink(at start: Int) -> (String, Int)? {
        var index = start + 1
        guard let first = scalar(index), first.isASCII, first.properties.isAlphabetic else { return nil }
        while let next = scalar(index), next.isASCII,
            next.properties.isAlphabetic || ("0"..."9").contains(next) || next == "+" || next == "." || next == "-"
        {
            index += 1
        }
        guard (2...32).contains(index - start - 1), scalar(index) == ":" else { return nil }
        while let next = scalar(index), next != ">", next != "<", next.value > 0x20 {
            index += 1
            budget -= 1
            if budget < 0 { return nil }
        }
        guard scalar(index) == ">" else { return nil }
        return (String(String.UnicodeScalarView(scalars[(start + 1)..<index])), index + 1)
    }

    // MARK: Links

    /// At a `]`: when the last opener is active and `(destination "title")` follows, the brackets
    /// and destination go and the text stays; returns the index after `)`.
    private mutating func closeBracket(at index: Int) -> Int? {
        guard let opener = brackets.popLast() else { return nil }
        guard opener.active, let end = destinationEnd(after: index + 1) else { return nil }
        processEmphasis(above: opener.node)
        nodes[opener.node].text = ""
        if !opener.image {
            // No link inside a link: earlier `[` openers can no longer make one.
            for position in brackets.indices.reversed() {
                if !brackets[position].active { break }
                brackets[position].active = false
            }
        }
        return end
    }

    /// `(`, optional spaces, a destination (`<…>` or without spaces, parentheses balanced to 32
    /// deep), optional spaces and title, `)`. The index after `)`, or nil.
    private mutating func destinationEnd(after start: Int) -> Int? {
        guard scalar(start) == "(", budget > 0 else { return nil }
        var index = start + 1
        func skipSpaces() {
            while let next = scalar(index), next == " " || next == "\t" || next == "\n" { index += 1 }
        }
        defer { budget -= index - start }
        skipSpaces()
        if scalar(index) == "<" {
            index += 1
            while let next = scalar(index), next != ">", next != "\n", next != "<" {
                index += next == "\\" && scalar(index + 1) != nil ? 2 : 1
                if index - start > budget { return nil }
            }
            guard scalar(index) == ">" else { return nil }
            index += 1
        } else {
            var depth = 0
            while let next = scalar(index), next.value > 0x20, next != "\u{7F}" {
                if next == "\\", let escaped = scalar(index + 1), escaped.isASCII,
                    escaped.properties.generalCategory.isPunctuationOrSymbol
                {
                    index += 2
                    continue
                }
                if next == "(" {
                    depth += 1
                    if depth > 32 { return nil }
                } else if next == ")" {
                    if depth == 0 { break }
                    depth -= 1
                }
                index += 1
                if index - start > budget { return nil }
            }
            guard depth == 0 else { return nil }
        }
        let beforeTitle = index
        skipSpaces()
        if let open = scalar(index), open == "\"" || open == "'" || open == "(", index > beforeTitle {
            let close: Unicode.Scalar = open == "(" ? ")" : open
            index += 1
            while let next = scalar(index), next != close {
                if open == "(" && next == "(" { return nil }
                index += next == "\\" && scalar(index + 1) != nil ? 2 : 1
                if index - start > budget { return nil }
            }
            guard scalar(index) == close else { return nil }
            index += 1
            skipSpaces()
        }
        guard scalar(index) == ")" else { return nil }
        return index + 1
    }

    // MARK: Emphasis

    private mutating func appendDelimiter(_ character: Unicode.Scalar, from start: Int, to end: Int) {
        let before = scalar(start - 1)
        let after = scalar(end)
        let beforeSpace = before.map(Self.isWhitespace) ?? true
        let afterSpace = after.map(Self.isWhitespace) ?? true
        let beforePunctuation = before.map(Self.isPunctuation) ?? false
        let afterPunctuation = after.map(Self.isPunctuation) ?? false
        let left = !afterSpace && (!afterPunctuation || beforeSpace || beforePunctuation)
        let right = !beforeSpace && (!beforePunctuation || afterSpace || afterPunctuation)
        let canOpen = character == "*" ? left : left && (!right || beforePunctuation)
        let canClose = character == "*" ? right : right && (!left || afterPunctuation)
        if canOpen || canClose { delimiters.append(nodes.count) }
        nodes.append(Node(
            text: "", delimiter: character, count: end - start, originalCount: end - start,
            canOpen: canOpen, canClose: canClose))
    }

    /// CommonMark's "process emphasis" over the delimiters after node `bottom`: each closer takes
    /// the nearest possible opener of its kind and both lose one or two characters (the markup);
    /// the delimiters between a pair leave the list. Per kind, the openers-bottom position keeps a
    /// failed search from looking at the same delimiters again. Afterwards they are all text.
    private mutating func processEmphasis(above bottom: Int) {
        var first = delimiters.count
        while first > 0, delimiters[first - 1] > bottom { first -= 1 }
        let list = Array(delimiters[first...])
        delimiters.removeSubrange(first...)
        guard !list.isEmpty else { return }
        // A doubly linked list over positions in `list`; -1 and list.count are its ends.
        var previous = Array(-1..<(list.count - 1))
        var next = Array(1...list.count)
        func remove(_ position: Int) {
            let before = previous[position]
            let after = next[position]
            if before >= 0 { next[before] = after }
            if after < list.count { previous[after] = before }
        }
        var openersBottom: [Int: Int] = [:]
        var closer = 0
        while closer < list.count {
            let closing = list[closer]
            guard nodes[closing].canClose, let character = nodes[closing].delimiter else {
                closer = next[closer]
                continue
            }
            let key = (character == "*" ? 0 : 6) + (nodes[closing].canOpen ? 3 : 0) + nodes[closing].originalCount % 3
            let floor = openersBottom[key] ?? -1
            var opener = previous[closer]
            var found = false
            while opener > floor {
                let candidate = nodes[list[opener]]
                if candidate.canOpen, candidate.delimiter == character {
                    let sum = candidate.originalCount + nodes[closing].originalCount
                    let ruleOfThree = (candidate.canClose || nodes[closing].canOpen) && sum % 3 == 0
                        && !(candidate.originalCount % 3 == 0 && nodes[closing].originalCount % 3 == 0)
                    if !ruleOfThree {
                        found = true
                        break
                    }
                }
                opener = previous[opener]
            }
            if found {
                let opening = list[opener]
                let used = nodes[opening].count >= 2 && nodes[closing].count >= 2 ? 2 : 1
                nodes[opening].count -= used
                nodes[closing].count -= used
                next[opener] = closer
                previous[closer] = opener
                if nodes[opening].count == 0 { remove(opener) }
                if nodes[closing].count == 0 {
                    let after = next[closer]
                    remove(closer)
                    closer = after
                }
            } else {
                openersBottom[key] = previous[closer]
                let after = next[closer]
                if !nodes[closing].canOpen { remove(closer) }
                closer = after
            }
        }
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory.isPunctuationOrSymbol
    }
}

extension Unicode.GeneralCategory {
    /// CommonMark's "Unicode punctuation character": a P or S category.
    fileprivate var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default:
            false
        }
    }
}
