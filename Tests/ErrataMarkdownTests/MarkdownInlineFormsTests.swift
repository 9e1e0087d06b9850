import ErrataMarkdown
import Testing

/// The one code span writer: readers' cell Markdown and the renderer's wire text both use it.
@Suite struct MarkdownInlineFormsTests {
    @Test(arguments: [
        ("plain", "`plain`"),
        ("a ` b", "``a ` b``"),
        ("`x`", "`` `x` ``"),
        ("a `` b", "```a `` b```"),
        (" a ", "`  a  `"),
        ("  ", "`  `"),
        (" lead", "` lead`"),
    ])
    func fencesAndPadding(content: String, expected: String) {
        #expect(MarkdownInlineForms.codeSpan(content) == expected)
        #expect(MarkdownInlineForms.codeSpan(Array(content.utf8)) == Array(expected.utf8))
    }

    /// Markdown shows what the code span holds, spaces at both ends included.
    @Test(arguments: ["plain", "a ` b", "`x`", "a `` b", " a ", "x  y", "``"])
    func plainTextReadsBackTheContent(content: String) {
        #expect(MarkdownPlainText.plain("x " + MarkdownInlineForms.codeSpan(content) + " y") == "x " + content + " y")
    }
}
