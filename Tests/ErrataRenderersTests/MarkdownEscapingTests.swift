import ErrataModel
@testable import ErrataRenderers
import Testing

/// Cells of one GitHub Flavored Markdown table row, split the way cmark-gfm does: a backslash and the
/// character after it stay together, every other `|` ends a cell; outer pipes are optional.
func gfmTableCells(_ row: String) -> [String] {
    var chars = Array(row.trimmingCharacters(in: .whitespaces))
    if chars.first == "|" { chars.removeFirst() }
    var cells: [String] = []
    var current = ""
    var index = 0
    while index < chars.count {
        if chars[index] == "\\", index + 1 < chars.count {
            current.append(chars[index])
            current.append(chars[index + 1])
            index += 2
            continue
        }
        if chars[index] == "|" {
            cells.append(current)
            current = ""
        } else {
            current.append(chars[index])
        }
        index += 1
    }
    if !current.trimmingCharacters(in: .whitespaces).isEmpty { cells.append(current) }
    return cells
}

/// Lines of `text` split at every break a Markdown tool might honour.
func allLines(_ text: String) -> [Substring] {
    text.split(omittingEmptySubsequences: false) { $0.unicodeScalars.contains(where: MarkdownEscaping.isLineBreak) }
}

@Suite struct MarkdownEscapingTests {
    static let nastyMessages = [
        "a | b", "a \\| b", "trailing \\", "<script>alert(1)</script>", "*bold* _em_ ~~s~~", "``cmd`` and `x`",
        "`", "line1\nline2", "cr\rcrlf\r\nnel\u{85}ls\u{2028}ps\u{2029}end", "| leading pipe", "  ", "",
        "[link](http://x) ![img](y)", "&amp; &#60; &lt;", "$x$", "# not a heading", "- not a list",
    ]

    @Test func everyTableRowHasThreeColumns() throws {
        let entries = Self.nastyMessages.enumerated().map { index, message in
            Entry(code: index % 2 == 0 ? "C|\(index)`\n" : "C\\|\(index)", module: "M",
                  variants: [Variant(message: message, status: index % 3 == 0 ? nil : 400)])
        }
        let catalog = Catalog(service: "S | x", modules: [Module(name: "M")], entries: entries)
        let text = try MarkdownRenderer.render(CatalogValidator.validate(catalog), options: .init(baseName: "s", specPath: "s.yaml"))[0].contents
        let lines = allLines(text)
        let header = try #require(lines.firstIndex(of: "| Code | Message | HTTP status |"))
        var index = header
        var rows = 0
        while index < lines.count, lines[index].hasPrefix("|") {
            #expect(gfmTableCells(String(lines[index])).count == 3, "row: \(lines[index])")
            index += 1
            rows += 1
        }
        #expect(rows == entries.count + 2)
        #expect(lines[index].isEmpty)
    }

    @Test(arguments: MarkdownEscapingTests.nastyMessages)
    func tableWireTextStaysInOneCell(_ message: String) {
        let cell = MarkdownEscaping.tableWireText(message)
        #expect(allLines(cell).count == 1)
        #expect(gfmTableCells("| \(cell) |").count == 1)
    }

    @Test func allLineBreaksCollapseToOneSpace() {
        #expect(MarkdownEscaping.singleLine("a\nb\rc\r\nd\u{85}e\u{2028}f\u{2029}g\u{0B}h\u{0C}i") == "a b c d e f g h i")
    }

    @Test(arguments: ["x", "`", "a`b", "``x``", " x ", "`x`", "a ```` b", "  ", " lead", "<b>&amp;|"])
    func codeSpansShowTextLiterally(_ text: String) throws {
        let span = try #require(MarkdownEscaping.codeSpan(text))
        #expect(decodeCodeSpan(span) == text)
    }

    @Test func emptyTextHasNoCodeSpan() {
        #expect(MarkdownEscaping.codeSpan("") == nil)
        #expect(MarkdownEscaping.tableWireText("") == "*(empty)*")
    }

    @Test func pipesInTableCodeSpansAreEscaped() {
        #expect(MarkdownEscaping.tableWireText("a|b") == "`a\\|b`")
        #expect(MarkdownEscaping.tableWireText("a\\|b") == "a\\\\\\|b")
        #expect(MarkdownEscaping.tableWireText("X", linkingTo: "x") == "[`X`](#x)")
    }

    @Test func plainTextEscapesInlineMarkup() {
        #expect(MarkdownEscaping.plainText("a*b_c [d](e) <f> & g|h `i` #j ~k $l\nm") ==
            "a\\*b\\_c \\[d\\](e) &lt;f&gt; &amp; g\\|h \\`i\\` \\#j \\~k \\$l m")
    }

    @Test func rawHTMLInFragmentsIsShownAsText() {
        #expect(MarkdownEscaping.neutralizeHTML("Click <b>here</b> <!-- x --> <?php ?>") ==
            "Click &lt;b>here&lt;/b> &lt;!-- x --> &lt;?php ?>")
        #expect(MarkdownEscaping.neutralizeHTML("<script>\nalert(1)\n</script>") == "&lt;script>\nalert(1)\n&lt;/script>")
    }

    @Test func entitiesAreShownAsTyped() {
        #expect(MarkdownEscaping.neutralizeHTML("&lt; &#60; &#x3C; &amp; AT&T a & b &;") ==
            "&amp;lt; &amp;#60; &amp;#x3C; &amp;amp; AT&T a & b &;")
    }

    @Test func formattingIsKept() {
        let markdown = "Check **this**:\n\n- one [link](https://x.y/z)\n- two\n\n1. first"
        #expect(MarkdownEscaping.neutralizeHTML(markdown) == markdown)
    }

    @Test func codeSpansInPlainParagraphsStayLiteral() {
        #expect(MarkdownEscaping.neutralizeHTML("Send `<token>` and ``a`<b>`` then <i>") ==
            "Send `<token>` and ``a`<b>`` then &lt;i>")
        #expect(MarkdownEscaping.neutralizeHTML("escaped \\`<b>` stays") == "escaped \\`&lt;b>` stays")
        // GFM's extended autolinks can swallow a backtick run, and what follows it.
        #expect(MarkdownEscaping.neutralizeHTML("see http://x`<b>` then `<i>`") == "see http://x`&lt;b>` then `&lt;i>`")
        #expect(MarkdownEscaping.neutralizeHTML("www.x.y`<b>`") == "www.x.y`&lt;b>`")
        #expect(MarkdownEscaping.neutralizeHTML("http://x `<b>`") == "http://x `<b>`")
        // GFM's autolinks can swallow the backslash of `\<`: it becomes the entity.
        #expect(MarkdownEscaping.neutralizeHTML("http://x\\<b> \\\\<i>") == "http://x&lt;b> \\\\&lt;i>")
        #expect(MarkdownEscaping.neutralizeHTML("multi `line\nb <b>` span") == "multi `line\nb <b>` span")
    }

    @Test func codeSpansAreNotTrustedWhereBlocksCouldSplitThem() {
        // A list, a table row or a fence may split what looks like a span: escape inside too.
        #expect(MarkdownEscaping.neutralizeHTML("- `a\n- b` <i> `c`") == "- `a\n- b` &lt;i> `c`")
        #expect(MarkdownEscaping.neutralizeHTML("| `a | <b>` |") == "| `a | &lt;b>` |")
        #expect(MarkdownEscaping.neutralizeHTML("```\n<b>\n```") == "```\n&lt;b>\n```")
    }

    @Test func fragmentsAreNormalizedAndTrimmed() {
        #expect(MarkdownEscaping.neutralizeHTML("\n\na\r\nb\u{2028}c\n\n\n") == "a\nb\nc")
    }

    @Test func openFenceInAFragmentStaysInsideItsListItem() throws {
        let variant = Variant(message: "m", description: "```\nunclosed <b>", solution: "Next.")
        let catalog = Catalog(service: "S", entries: [Entry(code: "A", variants: [variant]),
                                                       Entry(code: "B", variants: [Variant(message: "n")])])
        let text = try MarkdownRenderer.render(CatalogValidator.validate(catalog), options: .init(baseName: "s", specPath: "s"))[0].contents
        #expect(text.contains("- **Description:**\n\n  ```\n  unclosed &lt;b>\n- **Solution:** Next.\n"))
        #expect(text.contains("\n### <a id=\"b\"></a>`B`\n"))
    }

    @Test func multiLineMessagesBecomeFencedBlocksInTheirItem() throws {
        let variant = Variant(message: "one ```\ntwo\u{2028}three")
        let catalog = Catalog(service: "S", entries: [Entry(code: "A", variants: [variant])])
        let text = try MarkdownRenderer.render(CatalogValidator.validate(catalog), options: .init(baseName: "s", specPath: "s"))[0].contents
        #expect(text.contains("- **Message:**\n\n  ````\n  one ```\n  two\n  three\n  ````\n"))
        #expect(text.contains("| [`A`](#a) | ````one ``` two three```` | — |"))
    }

    /// The text a CommonMark code span shows.
    private func decodeCodeSpan(_ span: String) -> String {
        let fence = span.prefix { $0 == "`" }.count
        var inner = String(span.dropFirst(fence).dropLast(fence))
        if inner.count >= 2, inner.hasPrefix(" "), inner.hasSuffix(" "), !inner.allSatisfy({ $0 == " " }) {
            inner = String(inner.dropFirst().dropLast())
        }
        return inner
    }
}
