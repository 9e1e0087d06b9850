/// Parses Markdown inline markup of a table cell: backslash escapes, code spans, `**strong**`,
/// `*emphasis*` (and `_` forms, never inside words), links, images (alt text), autolinks,
/// entities, and a few HTML tags (`<b>`, `<strong>`, `<i>`, `<em>`, `<code>`; others, MDX's JSX
/// components included, are dropped and their text kept); MDX comments `{/* … */}` are dropped.
///
/// An emphasis run is tried by parsing ahead to its closer and given up (kept as text) when
/// there is none, which nested runs would repeat exponentially. The outcome of a run depends
/// only on where it starts, so every run's outcome is worked out once, from the last run to the
/// first: parsing ahead then finds every later run already settled and never recurses. The
/// parsing ahead of all runs together is bounded by a budget proportional to the text (runs
/// left when it is spent stay text), and HTML tags and link labels nest at most `maxDepth` deep.
/// What the other constructs look ahead for (a link's closing bracket and parenthesis, a code
/// span's closing backticks, `</code>`) is found for every position in one pass over the text,
/// the first time it is needed: looking ahead from each opener in turn would take time
/// quadratic in the length of a cell full of openers.
struct MarkdownInline {
    /// Inline markup nested deeper than this is kept as text (as in `HTMLCellContent`).
    static let maxDepth = 32

    /// State shared by a parser and the parsers it starts for nested markup.
    private final class Shared {
        /// Characters the parsers for emphasis may still walk before runs stay text.
        var budget: Int
        init(budget: Int) { self.budget = budget }
    }

    /// An emphasis run's outcome, by the index it starts at (the same text parses the same way),
    /// and where the delimiters of the text close.
    private final class Outcomes {
        var parsed: [Int: (inline: RichInline, end: Int)?] = [:]
        let closers: MarkdownClosers
        init(_ chars: [Character]) { closers = MarkdownClosers(chars) }
    }

    private let chars: [Character]
    private var index = 0
    private let depth: Int
    private let shared: Shared
    private let outcomes: Outcomes

    static func parse(_ text: String) -> [RichInline] {
        let chars = Array(text)
        var parser = MarkdownInline.settled(chars, depth: 0, shared: Shared(budget: 64 * chars.count + 4096))
        return parser.parseUntil(nil).inlines
    }

    /// A parser on `chars` whose emphasis runs are all settled, last to first.
    private static func settled(_ chars: [Character], depth: Int, shared: Shared) -> MarkdownInline {
        var parser = MarkdownInline(chars: chars, depth: depth, shared: shared, outcomes: Outcomes(chars))
        for start in chars.indices.reversed() where chars[start] == "*" || chars[start] == "_" {
            parser.index = start
            _ = parser.emphasis()
        }
        parser.index = 0
        return parser
    }

    private init(chars: [Character], depth: Int, shared: Shared, outcomes: Outcomes) {
        self.chars = chars
        self.depth = depth
        self.shared = shared
        self.outcomes = outcomes
    }

    /// A parser for markup nested in this one, on the same characters from the current index.
    private func nested() -> MarkdownInline {
        var inner = MarkdownInline(chars: chars, depth: depth + 1, shared: shared, outcomes: outcomes)
        inner.index = index
        return inner
    }

    private static let punctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

    /// Parses up to the closing delimiter `closer` (consumed), or to the end; `closed` tells which.
    private mutating func parseUntil(_ closer: String?) -> (inlines: [RichInline], closed: Bool) {
        var out: [RichInline] = []
        var literal = ""
        func flush() {
            if !literal.isEmpty { out.append(.text(literal)); literal = "" }
        }
        while index < chars.count {
            if depth > 0 { shared.budget -= 1 }
            if let closer, matches(closer), closesHere(closer) {
                index += closer.count
                flush()
                return (out, true)
            }
            let char = chars[index]
            switch char {
            case "\\" where index + 1 < chars.count && Self.punctuation.contains(chars[index + 1]):
                literal.append(chars[index + 1])
                index += 2
            case "`":
                if let code = codeSpan() { flush(); out.append(.code(code)) } else {
                    // A run of backticks without its closing run is text, all of it.
                    let run = runLength(of: char)
                    literal += String(repeating: char, count: run)
                    index += run
                }
            case "*", "_":
                if let inline = emphasis() { flush(); out.append(inline) } else {
                    let run = runLength(of: char)
                    literal += String(repeating: char, count: run)
                    index += run
                }
            case "!" where index + 1 < chars.count && chars[index + 1] == "[":
                let save = index
                index += 1
                if let (children, _) = link() { flush(); out += children } else { index = save; literal.append(char); index += 1 }
            case "[":
                if let (children, url) = link() { flush(); out.append(.link(children, url: url)) } else { literal.append(char); index += 1 }
            case "{" where matches("{/*"):
                // An MDX comment: dropped; unclosed, it is text.
                if let end = outcomes.closers.commentEnd(from: index + 3) {
                    flush()
                    index = end + MarkdownClosers.commentEnd.count
                } else {
                    literal.append(char)
                    index += 1
                }
            case "<":
                if let inline = angle() { flush(); out += inline } else { literal.append(char); index += 1 }
            case "&":
                if let (decoded, length) = MarkupEntity.decode(chars, at: index) { literal += decoded; index += length } else {
                    literal.append(char); index += 1
                }
            default:
                literal.append(char)
                index += 1
            }
        }
        flush()
        return (out, false)
    }

    private func matches(_ text: String) -> Bool {
        var position = index
        for char in text {
            guard position < chars.count, chars[position] == char else { return false }
            position += 1
        }
        return true
    }

    /// A closing `*`/`_` run follows non-space and, for `_`, is not followed by a word character.
    private func closesHere(_ closer: String) -> Bool {
        guard let first = closer.first, first == "*" || first == "_" else { return true }
        guard index > 0, !chars[index - 1].isWhitespace else { return false }
        let after = index + closer.count
        if runLength(of: first) != closer.count { return false }
        if first == "_", after < chars.count, chars[after].isLetter || chars[after].isNumber { return false }
        return true
    }

    private func runLength(of char: Character) -> Int {
        var end = index
        while end < chars.count, chars[end] == char { end += 1 }
        return end - index
    }

    private mutating func codeSpan() -> String? {
        let run = runLength(of: "`")
        guard let position = outcomes.closers.backticks(closing: index) else { return nil }
        var content = String(chars[(index + run)..<position])
        if content.count >= 2, content.first == " ", content.last == " ", content.contains(where: { $0 != " " }) {
            content = String(content.dropFirst().dropLast())
        }
        index = position + run
        return content
    }

    private mutating func emphasis() -> RichInline? {
        if let known = outcomes.parsed[index] {
            guard let known else { return nil }
            index = known.end
            return known.inline
        }
        guard shared.budget > 0 else { return nil }
        let start = index
        let outcome = parseEmphasis()
        outcomes.parsed[start] = outcome.map { ($0, index) }
        return outcome
    }

    private mutating func parseEmphasis() -> RichInline? {
        let char = chars[index]
        let run = runLength(of: char)
        guard run <= 3 else { return nil }
        let after = index + run
        guard after < chars.count, !chars[after].isWhitespace else { return nil }
        if char == "_", index > 0, chars[index - 1].isLetter || chars[index - 1].isNumber { return nil }
        let closer = String(repeating: char, count: min(run, 2))
        let save = index
        index += closer.count
        var inner = nested()
        let (children, closed) = inner.parseUntil(closer)
        guard closed, !children.isEmpty else { index = save; return nil }
        index = inner.index
        return closer.count == 2 ? .strong(children) : .emphasis(children)
    }

    private mutating func link() -> ([RichInline], String)? {
        guard chars[index] == "[", let labelEnd = outcomes.closers.bracket(closing: index),
              labelEnd + 1 < chars.count, chars[labelEnd + 1] == "(",
              let end = outcomes.closers.parenthesis(closing: labelEnd + 1)
        else { return nil }
        var target = String(chars[(labelEnd + 2)..<end]).trimmedForCell()
        if let space = target.firstIndex(of: " ") { target = String(target[..<space]) }
        if target.hasPrefix("<"), target.hasSuffix(">") { target = String(target.dropFirst().dropLast()) }
        let label = Array(chars[(index + 1)..<labelEnd])
        let children: [RichInline]
        if depth < Self.maxDepth {
            var inner = MarkdownInline.settled(label, depth: depth + 1, shared: shared)
            children = inner.parseUntil(nil).inlines
        } else {
            children = [.text(String(label))]
        }
        index = end + 1
        return (children, target)
    }

    /// `<https://…>` autolinks and inline HTML tags.
    private mutating func angle() -> [RichInline]? {
        var end = index + 1
        while end < chars.count, chars[end] != ">", chars[end] != "<" { end += 1 }
        guard end < chars.count, chars[end] == ">" else { return nil }
        let inside = String(chars[(index + 1)..<end])
        if inside.contains("://") || inside.hasPrefix("mailto:"), !inside.contains(" ") {
            index = end + 1
            return [.link([.text(inside)], url: inside)]
        }
        guard let name = MarkdownHTMLTag.name(inside) else { return nil }
        index = end + 1
        let wrappers: [String: ([RichInline]) -> RichInline] = [
            "b": { .strong($0) }, "strong": { .strong($0) }, "i": { .emphasis($0) }, "em": { .emphasis($0) },
        ]
        if name == "code" {
            guard let position = outcomes.closers.codeCloseTag(from: index) else { return [] }
            let raw = String(chars[index..<position])
            index = position + MarkdownClosers.codeCloseTag.count
            return [.code(MarkupEntity.decodeAll(raw))]
        }
        if let wrap = wrappers[name], depth < Self.maxDepth {
            let closer = "</\(name)>"
            var inner = nested()
            let children = inner.parseUntil(closer).inlines
            index = inner.index
            return [wrap(children)]
        }
        return []
    }
}

/// Names of inline HTML tags in Markdown.
enum MarkdownHTMLTag {
    /// The lowercased name of an opening, closing or self-closing tag (`b`, `/b` gives nil), or
    /// nil when `inside` (the text between `<` and `>`) is not a tag. Closing tags give "".
    static func name(_ inside: String) -> String? {
        var body = Substring(inside)
        let closing = body.hasPrefix("/")
        if closing { body = body.dropFirst() }
        let name = body.prefix { $0.isLetter || $0.isNumber }
        guard let first = name.first, first.isLetter, first.isASCII else { return nil }
        let rest = body.dropFirst(name.count)
        guard rest.isEmpty || rest.first == " " || rest.first == "/" || rest.first == "\t" else { return nil }
        return closing ? "" : name.lowercased()
    }
}
