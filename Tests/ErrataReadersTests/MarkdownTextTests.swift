import ErrataReaders
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
}
