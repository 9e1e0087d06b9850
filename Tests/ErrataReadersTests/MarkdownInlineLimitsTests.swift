@testable import ErrataReaders
import ErrataTestSupport
import Testing

/// Emphasis runs without closers, and deep nesting, found by the `markdown` fuzz target: each
/// run used to re-parse the rest of the cell for every enclosing run (exponential time). The
/// input itself is replayed from `Tests/Fixtures/FailCases/markdown` by `FailCasesTests`.
@Suite struct MarkdownInlineLimitsTests {
    /// The depth of the deepest markup in the parsed inlines.
    static func depth(_ inlines: [RichInline]) -> Int {
        inlines.map { inline in
            switch inline {
            case .text, .code: 0
            case .strong(let children), .emphasis(let children), .link(let children, _): 1 + depth(children)
            }
        }.max() ?? 0
    }

    @Test func unclosedRunsStayText() {
        let text = String(repeating: "*a **b _c ", count: 200)
        let cell = RichText.cell([.paragraph(MarkdownInline.parse(text))])
        #expect(cell.text == RichText.fold(text))
    }

    @Test func closedRunsAmongUnclosedOnesStillParse() {
        let inlines = MarkdownInline.parse(String(repeating: "*a ", count: 60) + "**b** *c*")
        let cell = RichText.cell([.paragraph(inlines)])
        #expect(cell.markdown.hasSuffix("**b** *c*"))
        #expect(cell.text.hasSuffix("a b c"))
    }

    @Test func nestingStopsAtTheLimit() {
        let open = String(repeating: "<b>x ", count: 100)
        let inlines = MarkdownInline.parse(open + "y" + String(repeating: "</b>", count: 100))
        #expect(Self.depth(inlines) == MarkdownInline.maxDepth)
        #expect(RichText.cell([.paragraph(inlines)]).text == RichText.fold(String(repeating: "x ", count: 100) + "y"))
    }

    @Test func nestedEmphasisBelowTheLimitIsKept() {
        #expect(Self.depth(MarkdownInline.parse("*a **b _c_ b** a*")) == 3)
    }

    // Links, code spans and `<code>` once looked ahead from each opener in turn: time quadratic
    // in a cell full of unclosed openers (80,000 `[` took 28 s, 20,000 `<code>` over two minutes
    // in a release build). Where each opener closes is now found in one pass.

    /// Cells of 200,000 unclosed openers of each kind parse, each to its own text.
    @Test(arguments: ["[", "[a](", "(", "<code>", "![", "]("])
    func manyUnclosedOpenersStayText(opener: String) {
        let text = String(repeating: opener, count: 200_000 / opener.count)
        let cell = RichText.cell([.paragraph(MarkdownInline.parse(text))])
        #expect(cell.text == RichText.fold(opener == "<code>" ? "" : text))
    }

    /// Backtick runs of every length up to 600 and none closed: all text.
    @Test func backtickRunsOfEveryLengthStayText() {
        let text = (1...600).map { String(repeating: "`", count: $0) }.joined(separator: " ")
        #expect(RichText.cell([.paragraph(MarkdownInline.parse(text))]).text == text)
    }

    @Test func linksFindTheirOwnBracketAndParenthesis() {
        let inlines = MarkdownInline.parse(#"[a [b] \] c](https://x/(1)) [d](u) [e [f](v) (g) \[h](w)"#)
        // `[e` closes at the `]` after the escaped `[`: its label holds the link `[f](v)`, kept as text.
        #expect(RichText.cell([.paragraph(inlines)]).markdown
            == #"[a \[b\] \] c](https://x/\(1\)) [d](u) [e f (g) \[h](w)"#)
        let links = inlines.compactMap { inline -> String? in
            if case .link(_, let url) = inline { return url }
            return nil
        }
        #expect(links == ["https://x/(1)", "u", "w"])
    }

    /// A run of backticks closes only at a run of the same length; an unclosed run is text, all
    /// of it (CommonMark), even when a shorter run follows.
    @Test func codeSpansCloseAtARunOfTheSameLength() {
        let cell = RichText.cell([.paragraph(MarkdownInline.parse("``a`b`` `c` ``d`"))])
        #expect(cell.text == "a`b c ``d`")
    }

    @Test func codeTagsCloseAtTheNextClosingTagInAnyCase() {
        let cell = RichText.cell([.paragraph(MarkdownInline.parse("<code>a<b</CODE> x <code>c</code><code>d"))])
        // An unclosed `<code>` is dropped and what follows it is text.
        #expect(cell.text == "a<b x cd")
    }

    /// Link labels nest at most `maxDepth` deep; deeper labels are text. (The depth of a label
    /// used to be read from the bracket count, always 0, so labels nested without limit.)
    @Test func linkLabelsNestAtMostToTheLimit() {
        let count = 100
        let text = String(repeating: "[", count: count) + "a" + String(repeating: "](u)", count: count)
        let inlines = MarkdownInline.parse(text)
        #expect(Self.depth(inlines) == MarkdownInline.maxDepth + 1)
    }

    /// On 3,000 random texts over the characters these constructs are made of, every closer is
    /// where scanning ahead from its opener (what `MarkdownInline` did before) finds it.
    @Test func closersAreWhereScanningAheadFindsThem() {
        var generator = SeededGenerator(seed: 7)
        let alphabet = Array("[]()`\\a</>cCoOdDeE")
        for _ in 0..<3_000 {
            let chars = (0..<Int(generator.next() % 28)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let closers = MarkdownClosers(chars)
            for index in chars.indices {
                // The parser never looks for the end of an escaped `[` (it is text).
                if chars[index] == "[", Self.backslashes(before: index, in: chars) % 2 == 0 {
                    #expect(closers.bracket(closing: index) == Self.scanBracket(chars, index), "\(String(chars).debugDescription) [ \(index)")
                }
                if chars[index] == "(" {
                    #expect(closers.parenthesis(closing: index) == Self.scanParenthesis(chars, index), "\(String(chars).debugDescription) ( \(index)")
                }
                if chars[index] == "`", index == 0 || chars[index - 1] != "`" {
                    #expect(closers.backticks(closing: index) == Self.scanBackticks(chars, index), "\(String(chars).debugDescription) ` \(index)")
                }
                #expect(closers.codeCloseTag(from: index) == Self.scanCodeCloseTag(chars, index), "\(String(chars).debugDescription) </code> \(index)")
            }
            // A `<code>` at the end of the text looks from just past it.
            #expect(closers.codeCloseTag(from: chars.count) == nil)
        }
    }

    static func backslashes(before index: Int, in chars: [Character]) -> Int {
        var count = 0
        while index - count > 0, chars[index - count - 1] == "\\" { count += 1 }
        return count
    }

    static func scanBracket(_ chars: [Character], _ index: Int) -> Int? {
        var depth = 0
        var position = index
        while position < chars.count {
            if chars[position] == "\\" { position += 2; continue }
            if chars[position] == "[" { depth += 1 }
            if chars[position] == "]" { depth -= 1; if depth == 0 { return position } }
            position += 1
        }
        return nil
    }

    static func scanParenthesis(_ chars: [Character], _ index: Int) -> Int? {
        var parens = 1
        var end = index + 1
        while end < chars.count {
            if chars[end] == "(" { parens += 1 }
            if chars[end] == ")" { parens -= 1; if parens == 0 { return end } }
            end += 1
        }
        return nil
    }

    static func scanBackticks(_ chars: [Character], _ index: Int) -> Int? {
        var run = 0
        while index + run < chars.count, chars[index + run] == "`" { run += 1 }
        var position = index + run
        while position < chars.count {
            guard chars[position] == "`" else { position += 1; continue }
            var end = position
            while end < chars.count, chars[end] == "`" { end += 1 }
            if end - position == run { return position }
            position = end
        }
        return nil
    }

    static func scanCodeCloseTag(_ chars: [Character], _ index: Int) -> Int? {
        let tag = Array("</code>")
        var position = index
        while position + tag.count <= chars.count {
            if chars[position..<(position + tag.count)].map({ Character($0.lowercased()) }) == tag { return position }
            position += 1
        }
        return nil
    }
}
