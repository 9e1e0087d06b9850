/// Parses Markdown inline markup of a table cell: backslash escapes, code spans, `**strong**`,
/// `*emphasis*` (and `_` forms, never inside words), links, images (alt text), autolinks,
/// entities, and a few HTML tags (`<b>`, `<strong>`, `<i>`, `<em>`, `<code>`; others dropped).
struct MarkdownInline {
    private let chars: [Character]
    private var index = 0

    static func parse(_ text: String) -> [RichInline] {
        var parser = MarkdownInline(chars: Array(text))
        return parser.parseUntil(nil).inlines
    }

    private init(chars: [Character]) { self.chars = chars }

    private static let punctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

    /// Parses up to the closing delimiter `closer` (consumed), or to the end; `closed` tells which.
    private mutating func parseUntil(_ closer: String?) -> (inlines: [RichInline], closed: Bool) {
        var out: [RichInline] = []
        var literal = ""
        func flush() {
            if !literal.isEmpty { out.append(.text(literal)); literal = "" }
        }
        while index < chars.count {
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
                if let code = codeSpan() { flush(); out.append(.code(code)) } else { literal.append(char); index += 1 }
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
        var position = index + run
        while position < chars.count {
            if chars[position] == "`" {
                var end = position
                while end < chars.count, chars[end] == "`" { end += 1 }
                if end - position == run {
                    var content = String(chars[(index + run)..<position])
                    if content.count >= 2, content.first == " ", content.last == " ",
                       content.contains(where: { $0 != " " }) {
                        content = String(content.dropFirst().dropLast())
                    }
                    index = end
                    return content
                }
                position = end
            } else {
                position += 1
            }
        }
        return nil
    }

    private mutating func emphasis() -> RichInline? {
        let char = chars[index]
        let run = runLength(of: char)
        guard run <= 3 else { return nil }
        let after = index + run
        guard after < chars.count, !chars[after].isWhitespace else { return nil }
        if char == "_", index > 0, chars[index - 1].isLetter || chars[index - 1].isNumber { return nil }
        let closer = String(repeating: char, count: min(run, 2))
        let save = index
        index += closer.count
        var inner = MarkdownInline(chars: chars)
        inner.index = index
        let (children, closed) = inner.parseUntil(closer)
        guard closed, !children.isEmpty else { index = save; return nil }
        index = inner.index
        return closer.count == 2 ? .strong(children) : .emphasis(children)
    }

    private mutating func link() -> ([RichInline], String)? {
        guard chars[index] == "[" else { return nil }
        var depth = 0
        var position = index
        while position < chars.count {
            if chars[position] == "\\" { position += 2; continue }
            if chars[position] == "[" { depth += 1 }
            if chars[position] == "]" { depth -= 1; if depth == 0 { break } }
            position += 1
        }
        guard position + 1 < chars.count, chars[position + 1] == "(" else { return nil }
        let labelEnd = position
        var end = position + 2
        var parens = 1
        while end < chars.count {
            if chars[end] == "(" { parens += 1 }
            if chars[end] == ")" { parens -= 1; if parens == 0 { break } }
            end += 1
        }
        guard end < chars.count else { return nil }
        var target = String(chars[(labelEnd + 2)..<end]).trimmedForCell()
        if let space = target.firstIndex(of: " ") { target = String(target[..<space]) }
        if target.hasPrefix("<"), target.hasSuffix(">") { target = String(target.dropFirst().dropLast()) }
        var inner = MarkdownInline(chars: Array(chars[(index + 1)..<labelEnd]))
        let children = inner.parseUntil(nil).inlines
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
            let closeTag = Array("</code>")
            var position = index
            while position + closeTag.count <= chars.count,
                  Array(chars[position..<(position + closeTag.count)]).map({ Character($0.lowercased()) }) != closeTag {
                position += 1
            }
            guard position + closeTag.count <= chars.count else { return [] }
            let raw = String(chars[index..<position])
            index = position + closeTag.count
            return [.code(MarkupEntity.decodeAll(raw))]
        }
        if let wrap = wrappers[name] {
            let closer = "</\(name)>"
            var inner = MarkdownInline(chars: chars)
            inner.index = index
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
