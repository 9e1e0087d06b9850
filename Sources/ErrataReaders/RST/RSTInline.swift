/// Parses RST inline markup: `**strong**`, `*emphasis*`, ``` ``literal`` ```, `` `text <url>`_ ``
/// links, `` `text`_ `` references (text), Sphinx roles (`:ref:`text <label>`` gives "text";
/// `:code:`/`:literal:` give code), backslash escapes (`\ ` is nothing). The docutils
/// recognition rules decide whether `*` and `` ` `` start markup, so `a * b` stays literal.
struct RSTInline {
    private let chars: [Character]
    private let ends: RSTInlineEnds
    private var index = 0
    private var out: [RichInline] = []
    private var literal = ""
    /// The previous character was an escaped space, which allows markup to start.
    private var afterEscapedSpace = false

    private static let codeRoles: Set<String> = [
        "code", "literal", "samp", "command", "file", "kbd", "option", "envvar", "program", "mimetype",
    ]
    private static let startPrefixes = Set("-:/'\"<([{“‘«")
    private static let endSuffixes = Set("-.,:;!?\\/'\")]}>”’»")

    static func parse(_ text: String) -> [RichInline] {
        var parser = RSTInline(chars: Array(text))
        parser.run()
        return parser.out
    }

    private init(chars: [Character]) {
        self.chars = chars
        ends = RSTInlineEnds(chars, endSuffixes: Self.endSuffixes)
    }

    private mutating func flush() {
        if !literal.isEmpty { out.append(.text(literal)); literal = "" }
    }

    private mutating func emit(_ inline: RichInline) {
        flush()
        out.append(inline)
    }

    private mutating func run() {
        while index < chars.count {
            let char = chars[index]
            let escapedSpace = afterEscapedSpace
            afterEscapedSpace = false
            if char == "\\", index + 1 < chars.count {
                if chars[index + 1].isWhitespace { afterEscapedSpace = true } else { literal.append(chars[index + 1]) }
                index += 2
                continue
            }
            let canStart = escapedSpace || startAllowed(index)
            if canStart, char == "`", markupBackquote() { continue }
            if canStart, char == "*", markupStar() { continue }
            if canStart, char == ":", role() { continue }
            literal.append(char)
            index += 1
        }
        flush()
    }

    private func startAllowed(_ position: Int) -> Bool {
        guard position > 0 else { return true }
        let before = chars[position - 1]
        return before.isWhitespace || Self.startPrefixes.contains(before)
    }

    /// Position of `end` closing markup whose content starts at `from`, per the recognition rules.
    private func findEnd(_ end: String, from: Int) -> Int? {
        guard from < chars.count, !chars[from].isWhitespace else { return nil }
        return ends.end(end, atOrAfter: from + 1)
    }

    private func unescaped(_ from: Int, _ to: Int) -> String {
        var text = ""
        var position = from
        while position < to {
            if chars[position] == "\\", position + 1 < to {
                if !chars[position + 1].isWhitespace { text.append(chars[position + 1]) }
                position += 2
                continue
            }
            text.append(chars[position])
            position += 1
        }
        return text
    }

    private mutating func markupStar() -> Bool {
        let strong = index + 1 < chars.count && chars[index + 1] == "*"
        let delimiter = strong ? "**" : "*"
        let from = index + delimiter.count
        guard let end = findEnd(delimiter, from: from) else { return false }
        let text = unescaped(from, end)
        emit(strong ? .strong([.text(text)]) : .emphasis([.text(text)]))
        index = end + delimiter.count
        return true
    }

    private mutating func markupBackquote() -> Bool {
        if index + 1 < chars.count, chars[index + 1] == "`" {
            guard let end = findEnd("``", from: index + 2) else { return false }
            emit(.code(String(chars[(index + 2)..<end])))
            index = end + 2
            return true
        }
        guard let end = findEnd("`", from: index + 1) else { return false }
        let content = unescaped(index + 1, end)
        var after = end + 1
        var isReference = false
        while after < chars.count, chars[after] == "_", after - end <= 2 {
            isReference = true
            after += 1
        }
        index = after
        if isReference {
            let (text, target) = Self.splitTarget(content)
            let url = target.flatMap { Self.isURL($0) ? $0 : nil } ?? ""
            emit(url.isEmpty ? .text(text) : .link([.text(text)], url: url))
        } else {
            emit(.emphasis([.text(content)]))
        }
        return true
    }

    private mutating func role() -> Bool {
        var end = index + 1
        while end < chars.count, chars[end].isLetter || chars[end].isNumber || "-_.+:".contains(chars[end]) {
            if chars[end] == ":" { break }
            end += 1
        }
        guard end < chars.count, end > index + 1, chars[end] == ":",
              end + 1 < chars.count, chars[end + 1] == "`",
              let close = findEnd("`", from: end + 2) else { return false }
        let name = String(chars[(index + 1)..<end])
        let content = unescaped(end + 2, close)
        index = close + 1
        if Self.codeRoles.contains(name) {
            emit(.code(content))
        } else {
            var (text, _) = Self.splitTarget(content)
            while let first = text.first, first == "~" || first == "!" { text.removeFirst() }
            emit(.text(text))
        }
        return true
    }

    /// `text <target>` split into its parts; plain text has no target.
    private static func splitTarget(_ content: String) -> (String, String?) {
        guard content.hasSuffix(">"), let open = content.lastIndex(of: "<") else { return (content, nil) }
        let text = content[..<open].trimmedForCell()
        let target = String(content[content.index(after: open)..<content.index(before: content.endIndex)])
        return (text.isEmpty ? target : text, target)
    }

    private static func isURL(_ target: String) -> Bool {
        target.contains("://") || target.hasPrefix("mailto:")
    }
}
