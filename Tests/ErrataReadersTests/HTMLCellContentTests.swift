import ErrataReaders
import Testing

/// Cell content: plain text and canonical Markdown.
@Suite struct HTMLCellContentTests {
    func cell(_ content: String) throws -> Cell {
        let grid = try HTMLTestSupport.grid("<table><tr><td>\(content)</td></tr></table>")
        return try #require(grid.rows.first?.first)
    }

    @Test func entitiesAndWhitespace() throws {
        let cell = try cell("  a&nbsp;b\u{A0}c &amp;\n\t d&#x202E;e &lt;tag&gt; &quot;q&quot;  ")
        #expect(cell.text == "a b c & d\u{202E}e <tag> \"q\"")
        #expect(cell.markdown == "a b c & d\u{202E}e \\<tag> \"q\"")
    }

    @Test func lineBreaksAndBlocksAreParagraphs() throws {
        let cell = try cell("line1<br>line2<br/><br>line3<p>para</p><div>div <span>span</span></div>end")
        #expect(cell.text == "line1\n\nline2\n\nline3\n\npara\n\ndiv span\n\nend")
        #expect(cell.markdown == cell.text)
    }

    @Test func lists() throws {
        let cell = try cell("<p>Possible causes:</p><ul><li>one</li><li>two <b>bold</b></li></ul><p>After.</p>")
        #expect(cell.text == "Possible causes:\n\none\n\ntwo bold\n\nAfter.")
        #expect(cell.markdown == "Possible causes:\n\n- one\n- two **bold**\n\nAfter.")
        let ordered = try self.cell("<ol><li><p>a</p></li><li>b</li></ol><ol start=\"7\"><li>c</li></ol>")
        #expect(ordered.markdown == "1. a\n2. b\n\n7. c")
        let nested = try self.cell("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>")
        #expect(nested.markdown == "- a\n  - b\n- c")
        #expect(nested.text == "a\n\nb\n\nc")
    }

    @Test func links() throws {
        let cell = try cell(##"See <a href="https://x.example/a b(1)">the <b>guide</b></a>, <a href="#s">anchor</a> <a name="n"></a>ok"##)
        #expect(cell.text == "See the guide, anchor ok")
        #expect(cell.markdown == "See [the **guide**](https://x.example/a%20b\\(1\\)), anchor ok")
    }

    @Test func emphasisAndCode() throws {
        let cell = try cell("<strong>Note</strong>: use <code>x_y*z</code> or <em> maybe </em>, <i>i</i> <code>a`b</code>")
        #expect(cell.text == "Note: use x_y*z or maybe , i a`b")
        #expect(cell.markdown == "**Note**: use `x_y*z` or *maybe* , *i* ``a`b``")
    }

    @Test func emphasisAcrossALineBreakIsClosedAndReopened() throws {
        let cell = try cell("<b>one<br>two</b>")
        #expect(cell.markdown == "**one**\n\n**two**")
    }

    @Test func literalMarkdownIsEscaped() throws {
        let cell = try cell("- not a list * star _x_ [y]")
        #expect(cell.markdown == "\\- not a list \\* star \\_x\\_ \\[y\\]")
        // After markup a "- " is not at a line start.
        #expect(try self.cell("<b>a</b>- b").markdown == "**a**- b")
        #expect(try self.cell("1. <i>x</i>").markdown == "1\\. *x*")
    }

    @Test func imagesScriptsAndStylesAreDropped() throws {
        let cell = try cell(#"a<img src="x.png" alt="pic"><script>var s = "<b>x</b>";</script><style>td{}</style> b<sup>2</sup>"#)
        #expect(cell.text == "a b2")
        #expect(cell.markdown == "a b2")
    }

    @Test func emptyCell() throws {
        let cell = try cell(#"<p id="x"><a name="x"></a></p>  "#)
        #expect(cell.isEmpty && cell.markdown.isEmpty)
    }
}
