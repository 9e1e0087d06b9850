import ErrataMarkdown
import Testing

@Suite struct MarkdownTextTests {
    @Test(arguments: [
        ("Check whether classifier_id or template_id is specified.", "Check whether classifier_id or template_id is specified."),
        ("template_id={xxx}", "template_id={xxx}"),
        ("a *b* [c](d) `e` <f> \\g", "a \\*b\\* \\[c\\](d) \\`e\\` \\<f> \\\\g"),
        ("_lead and trail_", "\\_lead and trail\\_"),
        ("# not a heading", "\\# not a heading"),
        ("> not a quote", "\\> not a quote"),
        ("- not a list", "\\- not a list"),
        ("12. not a list", "12\\. not a list"),
        ("x-auth-token 2.5 a - b", "x-auth-token 2.5 a - b"),
        ("one\n- two", "one\n\\- two"),
    ])
    func escapesOnlyWhatStartsMarkup(input: String, expected: String) {
        #expect(MarkdownText.escape(input) == expected)
    }

    /// Inside other markup every character that could start markup is escaped, wherever it stands.
    @Test func escapesInlineEverythingThatCouldStartMarkup() {
        #expect(MarkdownText.escapeInline("a*b_c [d](e) <f> & g|h `i` #j ~k $l !m")
            == "a\\*b\\_c \\[d\\](e) &lt;f&gt; &amp; g\\|h \\`i\\` \\#j \\~k \\$l \\!m")
        #expect(MarkdownText.escape("a_b|c") == "a_b|c")
        #expect(MarkdownText.escapeInline("a_b|c") == "a\\_b\\|c")
    }

    /// What the readers escape, the plain-text rendering of the same module reads back as the
    /// text: the escaper and the inline parser agree.
    @Test func plainTextReadsBackEscapedText() {
        let alphabet = Array("ab_1 2.)#>-+*`[]<\\!9x&;")
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<2000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<(Int(state >> 59) + 1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            let trimmed = String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
            // A lone `+` is an empty list item to both, which the plain text writes with `-`.
            if trimmed == "+" { continue }
            #expect(MarkdownPlainText.plain(MarkdownText.escape(trimmed)) == trimmed, "\(trimmed.debugDescription)")
        }
    }
}
