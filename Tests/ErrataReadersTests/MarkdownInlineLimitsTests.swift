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
        // Links do not nest (CommonMark 0.31.2, example 518): `[f](v)` is a link, so `[e` and
        // `](w)` are text.
        #expect(RichText.cell([.paragraph(inlines)]).markdown
            == #"[a \[b\] \] c](https://x/\(1\)) [d](u) \[e [f](v) (g) \[h\](w)"#)
        let links = inlines.compactMap { inline -> String? in
            if case .link(_, let url) = inline { return url }
            return nil
        }
        #expect(links == ["https://x/(1)", "u", "v"])
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

    /// Links do not nest (CommonMark 0.31.2, example 518): of 100 nested links the innermost
    /// is one and the other brackets are text. (Images, which do nest, stop at `maxDepth`:
    /// `MarkdownInlineParserTests`.)
    @Test func linkLabelsNestAtMostToTheLimit() {
        let count = 100
        let links = String(repeating: "[", count: count) + "a" + String(repeating: "](u)", count: count)
        let inlines = MarkdownInline.parse(links)
        #expect(Self.depth(inlines) == 1)
        #expect(RichText.cell([.paragraph(inlines)]).text == String(repeating: "[", count: count - 1) + "a" + String(repeating: "](u)", count: count - 1))
    }
}
