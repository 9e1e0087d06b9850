/// Where the delimiters of a cell's inline Markdown close, found for every opener in one pass
/// over the text the first time a kind is asked for: a link's `]` and its target's `)`, a code
/// span's closing backticks, an inline `<code>`'s `</code>`, an MDX comment's `*/}`.
///
/// `MarkdownInline` once looked ahead from each opener in turn, which takes time quadratic in
/// the length of a cell full of unclosed openers (`[[[[…`, `<code><code>…`).
final class MarkdownClosers {
    static let codeCloseTag: [Character] = Array("</code>")
    /// The end of an MDX comment, `{/* … */}`.
    static let commentEnd: [Character] = Array("*/}")

    private let chars: [Character]

    init(_ chars: [Character]) {
        self.chars = chars
    }

    /// The `]` that closes the `[` at `index` (brackets nest; a backslash escapes the next
    /// character), or nil.
    func bracket(closing index: Int) -> Int? {
        let match = brackets[index]
        return match < 0 ? nil : match
    }

    /// The `)` that closes the `(` at `index` (parentheses nest), or nil.
    func parenthesis(closing index: Int) -> Int? {
        let match = parentheses[index]
        return match < 0 ? nil : match
    }

    /// The start of the next run of backticks as long as the run starting at `index`, or nil.
    func backticks(closing index: Int) -> Int? {
        let match = backtickRuns[index]
        return match < 0 ? nil : match
    }

    /// Where the first `</code>` (any case) at or after `index` starts, or nil.
    func codeCloseTag(from index: Int) -> Int? {
        guard index < chars.count else { return nil }
        let match = codeCloseTags[index]
        return match < 0 ? nil : match
    }

    /// Where the first `*/}` at or after `index` starts, or nil.
    func commentEnd(from index: Int) -> Int? {
        guard index < chars.count else { return nil }
        let match = commentEnds[index]
        return match < 0 ? nil : match
    }

    private lazy var brackets: [Int] = matches(open: "[", close: "]", escapes: true)

    private lazy var parentheses: [Int] = matches(open: "(", close: ")", escapes: false)

    /// For each position where a maximal run of backticks starts, the start of the next run of
    /// the same length; -1 elsewhere.
    private lazy var backtickRuns: [Int] = {
        var result = [Int](repeating: -1, count: chars.count)
        var runs: [(start: Int, length: Int)] = []
        var index = 0
        while index < chars.count {
            guard chars[index] == "`" else { index += 1; continue }
            let start = index
            while index < chars.count, chars[index] == "`" { index += 1 }
            runs.append((start, index - start))
        }
        var nextOfLength: [Int: Int] = [:]
        for run in runs.reversed() {
            result[run.start] = nextOfLength[run.length] ?? -1
            nextOfLength[run.length] = run.start
        }
        return result
    }()

    /// For each position, where the first `</code>` at or after it starts; -1 for none.
    private lazy var codeCloseTags: [Int] = firstOccurrences(of: Self.codeCloseTag)

    /// For each position, where the first `*/}` at or after it starts; -1 for none.
    private lazy var commentEnds: [Int] = firstOccurrences(of: Self.commentEnd)

    /// For each position, where the first occurrence of `tag` (ASCII, compared lowercased) at or
    /// after it starts; -1 for none. One backward pass.
    private func firstOccurrences(of tag: [Character]) -> [Int] {
        var result = [Int](repeating: -1, count: chars.count)
        var index = chars.count - 1
        while index >= 0 {
            var offset = 0
            while offset < tag.count, index + offset < chars.count, chars[index + offset].lowercased() == String(tag[offset]) {
                offset += 1
            }
            result[index] = offset == tag.count ? index : index + 1 < chars.count ? result[index + 1] : -1
            index -= 1
        }
        return result
    }

    /// For each `open` character, the index of the `close` that balances it, else -1.
    private func matches(open: Character, close: Character, escapes: Bool) -> [Int] {
        var result = [Int](repeating: -1, count: chars.count)
        var stack: [Int] = []
        var index = 0
        while index < chars.count {
            let char = chars[index]
            if escapes, char == "\\" {
                index += 2
                continue
            }
            if char == open {
                stack.append(index)
            } else if char == close, let opener = stack.popLast() {
                result[opener] = index
            }
            index += 1
        }
        return result
    }
}
