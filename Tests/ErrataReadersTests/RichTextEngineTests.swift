import ErrataModel
@testable import ErrataReaders
import Testing

/// One rich-text engine: the same content written in HTML, Markdown, RST and AsciiDoc gives the same
/// `Cell.text` and `Cell.markdown`, because every reader builds `RichBlock`s and
/// `RichTextWriter` alone writes them.
@Suite struct RichTextEngineTests {
    /// One piece of content in each format's own markup, and the cell all of them must give.
    struct Sample: Sendable, CustomTestStringConvertible {
        var name: String
        var html: String
        /// A Markdown table cell (`<br>` separates blocks inside a pipe-table cell).
        var markdown: String
        /// The body lines of an RST list-table cell.
        var rst: [String]
        /// The lines of an AsciiDoc `a|` table cell.
        var asciidoc: [String]
        var text: String
        var expectedMarkdown: String
        var testDescription: String { name }
    }

    static let samples: [Sample] = [
        Sample(
            name: "strong, emphasis and code",
            html: "Use <b>bold</b>, <i>it</i> and <code>a*b</code>.",
            markdown: "Use **bold**, *it* and `a*b`.",
            rst: ["Use **bold**, *it* and ``a*b``."],
            asciidoc: ["Use *bold*, _it_ and `+a*b+`."],
            text: "Use bold, it and a*b.",
            expectedMarkdown: "Use **bold**, *it* and `a*b`."),
        Sample(
            name: "a link whose target has parentheses",
            html: #"See <a href="https://docs.example/x_(1)">the guide</a> now"#,
            markdown: "See [the guide](https://docs.example/x_(1)) now",
            rst: ["See `the guide <https://docs.example/x_(1)>`_ now"],
            asciidoc: ["See https://docs.example/x_(1)[the guide] now"],
            text: "See the guide now",
            expectedMarkdown: #"See [the guide](https://docs.example/x_\(1\)) now"#),
        Sample(
            name: "characters that are Markdown markup",
            html: "Rate 2*3 [max] &lt;id&gt; under_score _x_y",
            markdown: #"Rate 2\*3 \[max\] \<id> under_score \_x_y"#,
            rst: [#"Rate 2\*3 [max] <id> under_score \_x_y"#],
            asciidoc: [#"Rate 2*3 [max] <id> under_score \_x_y"#],
            text: "Rate 2*3 [max] <id> under_score _x_y",
            expectedMarkdown: #"Rate 2\*3 \[max\] \<id> under_score \_x_y"#),
        Sample(
            name: "a paragraph and a bullet list",
            html: "<p>Causes:</p><ul><li>one</li><li>two <b>b</b></li></ul>",
            markdown: "Causes:<br>- one<br>- two **b**",
            rst: ["Causes:", "", "- one", "- two **b**"],
            asciidoc: ["Causes:", "", "* one", "* two *b*"],
            text: "Causes:\n\none\n\ntwo b",
            expectedMarkdown: "Causes:\n\n- one\n- two **b**"),
        Sample(
            name: "an ordered list",
            html: "<ol><li>first</li><li>second</li></ol>",
            markdown: "1. first<br>2. second",
            rst: ["1. first", "2. second"],
            asciidoc: [". first", ". second"],
            text: "first\n\nsecond",
            expectedMarkdown: "1. first\n2. second"),
        Sample(
            name: "no-break and ideographic spaces fold",
            html: "a&nbsp;&nbsp;b\u{3000}c",
            markdown: "a\u{A0}\u{A0}b\u{3000}c",
            rst: ["a\u{A0}\u{A0}b\u{3000}c"],
            asciidoc: ["a\u{A0}\u{A0}b\u{3000}c"],
            text: "a b c",
            expectedMarkdown: "a b c"),
        Sample(
            name: "whitespace at the edge of markup moves outside it",
            html: "a<b> b </b>c",
            markdown: "a **b** c",
            rst: ["a **b** c"],
            asciidoc: ["a** b **c"],
            text: "a b c",
            expectedMarkdown: "a **b** c"),
    ]

    func htmlCell(_ content: String) throws -> Cell {
        let grid = try HTMLTestSupport.grid("<table><tr><th>Code</th><th>Message</th></tr><tr><td>X.1</td><td>\(content)</td></tr></table>")
        return try #require(grid.rows.last?.last)
    }

    func markdownCell(_ content: String) throws -> Cell {
        let grids = try MarkdownReader.readGrids(text: "| Code | Message |\n| --- | --- |\n| X.1 | \(content) |\n", path: "t.md")
        return try #require(grids.first?.rows.last?.last)
    }

    func rstCell(_ lines: [String]) throws -> Cell {
        let body = lines.enumerated().map { index, line in
            line.isEmpty ? "" : (index == 0 ? "     - " : "       ") + line
        }.joined(separator: "\n")
        let text = ".. list-table::\n   :header-rows: 1\n\n   * - Code\n     - Message\n   * - X.1\n\(body)\n"
        let grids = try RSTReader.readGrids(text: text, path: "t.rst")
        return try #require(grids.first?.rows.last?.last)
    }

    func asciidocCell(_ lines: [String]) throws -> Cell {
        let text = "[cols=\"1,1a\",options=\"header\"]\n|===\n|Code |Message\n|X.1\n|" + lines.joined(separator: "\n") + "\n|===\n"
        let grids = try AsciiDocReader.readGrids(text: text, path: "t.adoc")
        return try #require(grids.first?.rows.last?.last)
    }

    @Test(arguments: samples)
    func everyFormatGivesTheSameCell(sample: Sample) throws {
        for (format, cell) in [
            ("html", try htmlCell(sample.html)), ("markdown", try markdownCell(sample.markdown)),
            ("rst", try rstCell(sample.rst)), ("asciidoc", try asciidocCell(sample.asciidoc)),
        ] {
            #expect(cell.text == sample.text, "\(format)")
            #expect(cell.markdown == sample.expectedMarkdown, "\(format)")
        }
    }

    @Test func nestedListsAndItemParagraphsAreIndented() {
        let blocks: [RichBlock] = [
            .list(ordered: true, start: 9, items: [
                [.paragraph([.text("nine")]), .list(ordered: false, start: 1, items: [[.paragraph([.text("inner")])]])],
                [.paragraph([.text("ten")]), .paragraph([.text("more of ten")])],
            ])
        ]
        let cell = RichText.cell(blocks)
        #expect(cell.markdown == "9. nine\n   - inner\n10. ten\n\n    more of ten")
        #expect(cell.text == "nine\n\ninner\n\nten\n\nmore of ten")
    }

    @Test func markupMarkdownCannotShowIsText() {
        let nestedLink = RichText.render([.link([.text("a "), .link([.text("b")], url: "https://i")], url: "https://o")])
        #expect(nestedLink.markdown == "[a b](https://o)")
        let deep = (0..<40).reduce([RichInline.text("x")]) { inner, _ in [.strong(inner)] }
        let written = RichText.render(deep)
        #expect(written.text == "x")
        #expect(written.markdown.filter { $0 == "*" }.count == 2 * 2 * RichTextWriter.maxInlineDepth)
        #expect(RichText.render([.link([.text("no target")], url: "")]).markdown == "no target")
        #expect(RichText.render([.strong([.text("  ")]), .text("x")]).markdown == "x")
    }
}
