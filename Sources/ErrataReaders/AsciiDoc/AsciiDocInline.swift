/// Parses AsciiDoc inline markup into the rich-text engine's inlines (`RichInline`):
///
/// - `*strong*`, `**strong**`, `_emphasis_`, `__emphasis__`, `` `mono` `` and ``` ``mono`` ```
///   (code; `` `+text+` `` is literal code), `#mark#` (its text); the single marks are
///   constrained (not inside a word), the doubled ones are not;
/// - `+passthrough+`, `++passthrough++`, `pass:[…]`: literal text;
/// - `link:url[text]`, `https://url[text]` (also `http`, `ftp`, `mailto:`): links;
///   `xref:target.adoc#id[text]` and `<<anchor,text>>`: their text (the target is not a URL);
///   a bare URL is text;
/// - `kbd:[…]`: code; `btn:[…]`, `footnote:[…]`, `anchor:id[…]`, an inline image's alt text: text;
///   `[[anchor]]` and a role or id (`[.role]`, `[#id]`) before marked text are dropped;
/// - attribute references (`{productName}`) are kept as written; a backslash before a character
///   markup is made of (`\{0}`, `\*`) makes that character literal.
///
/// Where a mark closes is looked up in `AsciiDocInlineEnds` (one pass per mark), so the time is
/// linear in the text's length at each nesting level; markup nests at most `maxDepth` deep,
/// deeper markup is its text.
struct AsciiDocInline {
    /// Markup nested deeper than this is written as its text.
    static let maxDepth = 32
    /// Anchors, ids and roles longer than this are text.
    static let maxNameLength = 512

    private let chars: [Character]
    private let ends: AsciiDocInlineEnds

    static func parse(_ text: String) -> [RichInline] {
        let chars = Array(text)
        return parse(chars, ends: AsciiDocInlineEnds(chars))
    }

    /// The inlines of `chars`, whose closing marks `ends` knows.
    static func parse(_ chars: [Character], ends: AsciiDocInlineEnds) -> [RichInline] {
        AsciiDocInline(chars: chars, ends: ends).parse(0, chars.count, depth: 0)
    }

    /// The plain text of `text` as the rich-text engine writes it (a heading, a caption).
    static func plainText(_ text: String) -> String {
        RichText.render(parse(text)).text
    }

    private static let escapable: Set<Character> = Set("*_`+#{}[]<>^~\\:|'\"")
    private static let urlSchemes = ["https://", "http://", "ftp://", "irc://", "mailto:"]
    private static let macroNames: Set<String> = [
        "link", "xref", "kbd", "btn", "menu", "footnote", "footnoteref", "pass", "image", "icon", "anchor", "indexterm", "indexterm2",
    ]

    /// The inlines of `chars[start..<end]`.
    private func parse(_ start: Int, _ end: Int, depth: Int) -> [RichInline] {
        var out: [RichInline] = []
        var literal = ""
        func flush() {
            if !literal.isEmpty { out.append(.text(literal)); literal = "" }
        }
        func emit(_ inlines: [RichInline]) {
            flush()
            out += inlines
        }
        guard depth < Self.maxDepth else {
            return [.text(String(chars[start..<end]))]
        }
        var index = start
        while index < end {
            let char = chars[index]
            if char == "\\", index + 1 < end, Self.escapable.contains(chars[index + 1]) {
                literal.append(chars[index + 1])
                index += 2
                continue
            }
            if let (inlines, next) = markup(at: index, end: end, depth: depth) {
                emit(inlines)
                index = next
                continue
            }
            literal.append(char)
            index += 1
        }
        flush()
        return out
    }

    /// The markup starting at `index` (within `end`), and the position after it; nil when none
    /// starts there.
    private func markup(at index: Int, end: Int, depth: Int) -> ([RichInline], Int)? {
        let char = chars[index]
        switch char {
        case "*", "_", "`", "+", "#":
            return quoted(char, at: index, end: end, depth: depth)
        case "[":
            return bracketed(at: index, end: end, depth: depth)
        case "<":
            return crossReference(at: index, end: end, depth: depth)
        default:
            guard char.isASCII, char.isLetter, index == start(ofWordAt: index) else { return nil }
            return macro(at: index, end: end, depth: depth)
        }
    }

    /// `index` when the character before it is not a word character (a macro or URL may start).
    private func start(ofWordAt index: Int) -> Int {
        index > 0 && AsciiDocInlineEnds.isWord(chars[index - 1]) ? -1 : index
    }

    /// Strong, emphasis, monospace, passthrough or marked text opened by `mark` at `index`.
    private func quoted(_ mark: Character, at index: Int, end: Int, depth: Int) -> ([RichInline], Int)? {
        let doubled = index + 1 < end && chars[index + 1] == mark
        if doubled {
            let from = index + 2
            if from < end, let close = ends.end(.init(text: String([mark, mark]), constrained: false), atOrAfter: from + 1),
               close + 2 <= end {
                return (styled(mark, from, close, depth: depth), close + 2)
            }
        }
        // Constrained: not after a word character (nor `;`, `:`, `}`), the text not starting with a space.
        if index > 0, AsciiDocInlineEnds.isWord(chars[index - 1]) || ";:}".contains(chars[index - 1]) { return nil }
        let from = index + 1
        guard from < end, !chars[from].isWhitespace, chars[from] != mark,
              let close = ends.end(.init(text: String(mark), constrained: true), atOrAfter: from + 1), close < end else {
            return nil
        }
        return (styled(mark, from, close, depth: depth), close + 1)
    }

    /// The inlines of text between marks.
    private func styled(_ mark: Character, _ from: Int, _ to: Int, depth: Int) -> [RichInline] {
        switch mark {
        case "*": return [.strong(parse(from, to, depth: depth + 1))]
        case "_": return [.emphasis(parse(from, to, depth: depth + 1))]
        case "+": return [.text(String(chars[from..<to]))]
        case "#": return parse(from, to, depth: depth + 1)
        default:
            var code = String(chars[from..<to])
            if code.count >= 2, code.first == "+", code.last == "+" { code = String(code.dropFirst().dropLast()) }
            return [.code(code)]
        }
    }

    /// `[[anchor]]` (dropped), or `[.role]` / `[#id]` before marked text (dropped, the text read).
    private func bracketed(at index: Int, end: Int, depth: Int) -> ([RichInline], Int)? {
        guard let close = ends.end(.init(text: "]", constrained: false), atOrAfter: index + 1), close < end else { return nil }
        // Anchors, ids and roles are short: a long text in brackets is text, looked at no further.
        guard close - index <= Self.maxNameLength else { return nil }
        let inside = chars[(index + 1)..<close]
        if inside.first == "[", close + 1 < end, chars[close + 1] == "]", !inside.dropFirst().contains(where: \.isWhitespace) {
            return ([], close + 2)
        }
        if let first = inside.first, first == "." || first == "#", !inside.contains(where: \.isWhitespace), close + 1 < end,
           "*_`#".contains(chars[close + 1]), let (inlines, next) = quoted(chars[close + 1], at: close + 1, end: end, depth: depth) {
            return (inlines, next)
        }
        return nil
    }

    /// `<<anchor>>`, `<<anchor,text>>`: the text (else the anchor).
    private func crossReference(at index: Int, end: Int, depth: Int) -> ([RichInline], Int)? {
        guard index + 2 < end, chars[index + 1] == "<", !chars[index + 2].isWhitespace,
              let close = ends.end(.init(text: ">>", constrained: false), atOrAfter: index + 3), close + 2 <= end else { return nil }
        // The anchor: up to a `,` or the end, short and without whitespace.
        var comma = index + 2
        while comma < close, chars[comma] != ",", !chars[comma].isWhitespace, comma - index <= Self.maxNameLength { comma += 1 }
        guard comma == close || chars[comma] == "," else { return nil }
        guard comma < close else { return ([.text(String(chars[(index + 2)..<close]))], close + 2) }
        var from = comma + 1
        while from < close, chars[from] == " " { from += 1 }
        return (parse(from, close, depth: depth + 1), close + 2)
    }

    /// A macro (`name:target[text]`) or a URL starting at `index`.
    private func macro(at index: Int, end: Int, depth: Int) -> ([RichInline], Int)? {
        if let scheme = Self.urlSchemes.first(where: { matches($0, at: index, end: end) }) {
            return url(at: index, schemeLength: scheme.count, end: end, depth: depth)
        }
        var colon = index
        while colon < end, colon - index <= 12, chars[colon].isASCII, chars[colon].isLetter || chars[colon].isNumber { colon += 1 }
        guard colon < end, chars[colon] == ":" else { return nil }
        let name = String(chars[index..<colon])
        guard Self.macroNames.contains(name) else { return nil }
        // The target: up to `[`, without whitespace (`pass:q[…]` has its substitutions there).
        let open = min(ends.stop(atOrAfter: colon + 1), end)
        guard open < end, chars[open] == "[",
              let close = ends.end(.init(text: "]", constrained: false), atOrAfter: open + 1), close < end else {
            return nil
        }
        let target = String(chars[(colon + 1)..<open])
        let next = close + 1
        switch name {
        case "pass": return ([.text(unescaped(open + 1, close))], next)
        case "kbd": return ([.code(unescaped(open + 1, close))], next)
        case "icon", "indexterm": return ([], next)
        case "menu":
            let items = [target] + unescaped(open + 1, close).split(separator: ">").map { $0.trimmedForCell() }
            return ([.text(items.filter { !$0.isEmpty }.joined(separator: " > "))], next)
        case "btn", "footnote", "footnoteref", "anchor", "indexterm2", "image":
            let (from, to) = textBounds(open + 1, close)
            if name == "image" || name == "footnoteref" {
                // The alt text (an image) or the footnote's text, before any `,` attribute.
                let text = chars[from..<to].split(separator: ",", maxSplits: 1).first.map { String($0) } ?? ""
                return (text.isEmpty ? [] : [.text(text)], next)
            }
            return (parse(from, to, depth: depth + 1), next)
        case "link":
            return (link(url: target, open + 1, close, depth: depth), next)
        default:  // xref: the text, else the target
            let (from, to) = textBounds(open + 1, close)
            return (from < to ? parse(from, to, depth: depth + 1) : [.text(target)], next)
        }
    }

    /// A URL, with its text in brackets or bare (then text, as a bare URL is in Markdown cells).
    private func url(at index: Int, schemeLength: Int, end: Int, depth: Int) -> ([RichInline], Int)? {
        let stop = min(ends.stop(atOrAfter: index + schemeLength), end)
        guard stop > index + schemeLength else { return nil }
        let target = String(chars[index..<stop])
        if stop < end, chars[stop] == "[",
           let close = ends.end(.init(text: "]", constrained: false), atOrAfter: stop + 1), close < end {
            return (link(url: target, stop + 1, close, depth: depth), close + 1)
        }
        return ([.text(target)], stop)
    }

    /// A link to `url` whose text is `chars[from..<to]` (attributes after a `,` and a trailing `^`
    /// dropped); the URL is its text when it has none.
    private func link(url: String, _ from: Int, _ to: Int, depth: Int) -> [RichInline] {
        var (start, stop) = textBounds(from, to)
        if stop > start, chars[stop - 1] == "^" { stop -= 1 }
        let children = start < stop ? parse(start, stop, depth: depth + 1) : [.text(url)]
        return [.link(children, url: url)]
    }

    /// The text part of a macro's brackets: quoted, or up to a `,` that starts `name=value`
    /// attributes.
    private func textBounds(_ from: Int, _ to: Int) -> (Int, Int) {
        if from < to, chars[from] == "\"", let quote = chars[(from + 1)..<to].firstIndex(of: "\"") {
            return (from + 1, quote)
        }
        var position = from
        while position < to {
            if chars[position] == ",", chars[(position + 1)..<to].prefix(while: { $0 != "," }).contains("=") {
                return (from, position)
            }
            position += 1
        }
        return (from, to)
    }

    private func matches(_ prefix: String, at index: Int, end: Int) -> Bool {
        var position = index
        for char in prefix {
            guard position < end, chars[position] == char else { return false }
            position += 1
        }
        return true
    }

    /// `chars[from..<to]` with backslash escapes resolved.
    private func unescaped(_ from: Int, _ to: Int) -> String {
        var text = ""
        var position = from
        while position < to {
            if chars[position] == "\\", position + 1 < to, Self.escapable.contains(chars[position + 1]) {
                text.append(chars[position + 1])
                position += 2
                continue
            }
            text.append(chars[position])
            position += 1
        }
        return text
    }
}
