@testable import ErrataMarkdown
import Testing

/// Markdown to plain text (`PErrorVariant.plainDescription`, `plainSolution`): each markup form the
/// readers write or a spec's author may, and hostile input that must neither crash nor vary.
@Suite struct MarkdownPlainTextTests {
    static func plain(_ text: String) -> String { MarkdownPlainText.plain(text) }

    @Test(arguments: [
        ("Plain text stays.", "Plain text stays."),
        ("Check **classifier\\_id** first.", "Check classifier_id first."),
        ("An *emphasised* word and an _other_ one.", "An emphasised word and an other one."),
        ("__strong__ and ***both***", "strong and both"),
        ("snake_case_name and 2\\*3\\*4, but 2*3*4 is emphasis", "snake_case_name and 2*3*4, but 234 is emphasis"),
        ("Run `ocr --help` or ``a ` b`` or `` `x` ``.", "Run ocr --help or a ` b or `x`."),
        ("See [Constraints](https://x.example/a_(b)) now.", "See Constraints now."),
        ("See [the **limits**](https://x.example \"title\").", "See the limits."),
        ("An image ![alt text](pic.png) here.", "An image alt text here."),
        ("Link <https://x.example/path> here.", "Link https://x.example/path here."),
        ("Escapes: \\* \\[ \\] \\< \\` \\\\ \\_ \\# \\>", "Escapes: * [ ] < ` \\ _ # >"),
        ("1\\. not a list\n\\- not a bullet", "1. not a list\n- not a bullet"),
        ("<b>tags</b> &amp; entities stay", "<b>tags</b> &amp; entities stay"),
    ])
    func inlineMarkup(_ markdown: String, _ expected: String) {
        #expect(Self.plain(markdown) == expected)
    }

    @Test func paragraphsAndLists() {
        let markdown = "First paragraph.\n\n\n- one **a**\n* two\n+ three\n\n1. first\n2) second\n\nLast."
        #expect(Self.plain(markdown) == "First paragraph.\n\n- one a\n- two\n- three\n\n1. first\n2) second\n\nLast.")
    }

    @Test func listItemsKeepTheirIndentationAndContinuationLines() {
        #expect(Self.plain("- a\n  - b *c*\n  more") == "- a\n  - b c\nmore")
    }

    @Test func emphasisMaySpanTheLinesOfOneParagraph() {
        #expect(Self.plain("a *b\nc* d") == "a b\nc d")
        #expect(Self.plain("a *b\n\nc* d") == "a *b\n\nc* d")
    }

    @Test func headingsQuotesAndFences() {
        #expect(Self.plain("# Title #\n> quoted *text*") == "Title\nquoted text")
        #expect(Self.plain("Before\n```swift\nlet x = *y*\n```\nAfter") == "Before\n\nlet x = *y*\n\nAfter")
    }

    @Test func lineEndsAndSurroundingBlankLines() {
        #expect(Self.plain("a\r\nb\rc\n") == "a\nb\nc")
        #expect(Self.plain("\n\n  \na  \n\n\n\nb\t\n\n") == "a\n\nb")
        #expect(Self.plain("hard\\\nbreak") == "hard\nbreak")
        #expect(Self.plain("a\r\n\r\nb") == "a\n\nb")
    }

    @Test(arguments: [
        ("unbalanced ** here", "unbalanced ** here"),
        ("**open only", "**open only"),
        ("close only**", "close only**"),
        ("*a **b*", "*a *b"),
        ("lone \\ backslash", "lone \\ backslash"),
        ("trailing backslash \\", "trailing backslash \\"),
        ("\\", "\\"),
        ("\\q is no escape", "\\q is no escape"),
        ("[a [b](c) d](e)", "[a b d](e)"),
        ("[[[x](y)", "[[x"),
        ("[x](unclosed", "[x](unclosed"),
        ("[x] (y)", "[x] (y)"),
        ("``unclosed code", "``unclosed code"),
        ("<not a link", "<not a link"),
        ("", ""),
        ("   ", ""),
    ])
    func hostileInputIsText(_ markdown: String, _ expected: String) {
        #expect(Self.plain(markdown) == expected)
    }

    @Test func nonMarkdownTextPassesThrough() {
        for text in ["café 日本語 🇯🇵", "a\u{2028}b", "x\u{0}y", "{xxx} and XX and %s", "e\u{301}*x*"] {
            let plain = Self.plain(text)
            #expect(plain == Self.plain(text))
            #expect(!plain.isEmpty)
        }
        #expect(Self.plain("e\u{301}*x*") == "e\u{301}x")
        #expect(Self.plain("(*x*)") == "(x)")
    }

    /// Long runs of markup that make naive matching quadratic or deeply recursive: each finishes,
    /// and twice the same input gives the same text. (No timing assertion: speed is benchmarked.)
    @Test func hostileRunsFinishDeterministically() {
        let inputs = [
            String(repeating: "*a", count: 5_000) + String(repeating: "b*", count: 5_000),
            String(repeating: "_a ", count: 5_000) + String(repeating: "b_ ", count: 5_000),
            String(repeating: "[", count: 10_000) + String(repeating: "](x)", count: 1_000),
            String(repeating: "[x](a\\(", count: 3_000),
            (1...2_000).map { String(repeating: "`", count: $0 % 50 + 1) + "x" }.joined(),
            String(repeating: "<http:aaaa", count: 5_000),
            String(repeating: "**[*_`x\\", count: 3_000),
            String(repeating: "![", count: 5_000) + String(repeating: "](", count: 5_000),
            String(repeating: "\r\n> - 1. # ", count: 2_000),
        ]
        for input in inputs {
            let first = Self.plain(input)
            #expect(first == Self.plain(input))
            #expect(!first.contains("\r"))
        }
    }
}
