@testable import ErrataReaders
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
}
