@testable import ErrataMarkdown
import Testing

/// The one inline parser: the tree of each construct in both dialects, CommonMark's emphasis
/// examples (spec 0.31.2, cited by number), and hostile inputs checked by their result.
@Suite struct MarkdownInlineParserTests {
    typealias Node = MarkdownInlineNode

    static func page(_ text: String) -> [Node] { MarkdownInlineParser.parse(text, dialect: .page) }
    static func catalog(_ text: String) -> [Node] { MarkdownInlineParser.parse(text, dialect: .catalog) }

    /// The tree as CommonMark's HTML would show it, for comparing with the spec's examples.
    static func html(_ nodes: [Node]) -> String {
        nodes.map { node in
            switch node {
            case .text(let text): text
            case .code(let code): "<code>\(code)</code>"
            case .emphasis(let children): "<em>\(html(children))</em>"
            case .strong(let children): "<strong>\(html(children))</strong>"
            case .link(let children, let destination): "<a href=\"\(destination)\">\(html(children))</a>"
            case .image(let children, let destination): "<img src=\"\(destination)\" alt=\"\(html(children))\" />"
            case .autolink(let address): "<a href=\"\(address)\">\(address)</a>"
            case .hardBreak: "<br />\n"
            case .html(let tag): tag
            }
        }.joined()
    }

    static func depth(_ nodes: [Node]) -> Int {
        nodes.map { node in
            switch node {
            case .emphasis(let children), .strong(let children), .link(let children, _), .image(let children, _):
                1 + depth(children)
            default: 0
            }
        }.max() ?? 0
    }

    // MARK: Constructs, both dialects

    @Test func textWithoutMarkupIsOneNode() {
        #expect(Self.catalog("plain text") == [.text("plain text")])
        #expect(Self.page("plain text") == [.text("plain text")])
        #expect(Self.catalog("").isEmpty)
    }

    @Test(arguments: [MarkdownDialect.page, .catalog])
    func sharedConstructs(dialect: MarkdownDialect) {
        func parse(_ text: String) -> [Node] { MarkdownInlineParser.parse(text, dialect: dialect) }
        #expect(parse("a `b *c*` d") == [.text("a "), .code("b *c*"), .text(" d")])
        #expect(parse("`` a`b ``") == [.code("a`b")])
        #expect(parse("*a* **b** _c_ __d__") == [
            .emphasis([.text("a")]), .text(" "), .strong([.text("b")]), .text(" "),
            .emphasis([.text("c")]), .text(" "), .strong([.text("d")]),
        ])
        #expect(parse("[a *b*](https://x/\\(1\\) \"t\")") == [.link([.text("a "), .emphasis([.text("b")])], destination: "https://x/(1)")])
        #expect(parse("![alt](p.png)") == [.image([.text("alt")], destination: "p.png")])
        #expect(parse("see <https://x.example/a>") == [.text("see "), .autolink("https://x.example/a")])
        #expect(parse("a\\\nb") == [.text("a"), .hardBreak, .text("b")])
        #expect(parse("\\*not\\* \\q") == [.text("*not* \\q")])
        #expect(parse("snake_case_name") == [.text("snake_case_name")])
    }

    @Test func pageDialectReadsEntitiesTagsAndComments() {
        #expect(Self.page("a &amp; b &#x4E2D; &unknown;") == [.text("a & b 中 &unknown;")])
        #expect(Self.page("<b>x</b> <em>y</em> <code>a&lt;b</code>") == [
            .strong([.text("x")]), .text(" "), .emphasis([.text("y")]), .text(" "), .code("a<b"),
        ])
        #expect(Self.page("<Badge text=\"x\">new</Badge><br/> y") == [.text("new y")])
        #expect(Self.page("a {/* note */}b {/* open") == [.text("a b {/* open")])
        // An unclosed element runs to the end; a closing tag of none is dropped.
        #expect(Self.page("<i>a *b*</b>") == [.emphasis([.text("a "), .emphasis([.text("b")])])])
        #expect(Self.page("[a](u&amp;v)") == [.link([.text("a")], destination: "u&v")])
        #expect(Self.page("[a]({{ link-x }}) b") == [.link([.text("a")], destination: "{{"), .text(" b")])
        #expect(Self.catalog("[a]({{ link-x }})") == [.text("[a]({{ link-x }})")])
    }

    @Test func catalogDialectKeepsHTMLAndEntities() {
        #expect(Self.catalog("<b>x</b> &amp; {/* c */}") == [
            .html("<b>"), .text("x"), .html("</b>"), .text(" &amp; {/* c */}"),
        ])
        // A tag is read whole: a delimiter inside it is not markup.
        #expect(Self.catalog("<span title=\"*a*\">b</span>") == [.html("<span title=\"*a*\">"), .text("b"), .html("</span>")])
        #expect(Self.catalog("1 < 2 and <not a link") == [.text("1 < 2 and <not a link")])
    }

    @Test func unclosedConstructsAreText() {
        for text in ["``a`", "[a](b", "[a] (b)", "![a]", "**a", "a**", "<a", "]("] {
            #expect(Self.html(Self.catalog(text)) == text, "\(text)")
        }
        #expect(Self.page("<code>a") == [.text("a")])
    }

    // MARK: CommonMark 0.31.2

    /// Emphasis and strong emphasis, examples by number: flanking, intraword `_`, the rule of
    /// three, runs split between nested pairs.
    @Test(arguments: [
        (350, "*foo bar*", "<em>foo bar</em>"),
        (351, "a * foo bar*", "a * foo bar*"),
        (352, "a*\"foo\"*", "a*\"foo\"*"),
        (355, "foo*bar*", "foo<em>bar</em>"),
        (356, "5*6*78", "5<em>6</em>78"),
        (360, "foo_bar_", "foo_bar_"),
        (362, "пристаням_стремятся_", "пристаням_стремятся_"),
        (364, "foo-_(bar)_", "foo-<em>(bar)</em>"),
        (369, "*(*foo*)*", "<em>(<em>foo</em>)</em>"),
        (376, "_foo_bar_baz_", "<em>foo_bar_baz</em>"),
        (389, "__foo, __bar__, baz__", "<strong>foo, <strong>bar</strong>, baz</strong>"),
        (402, "__foo__bar__baz__", "<strong>foo__bar__baz</strong>"),
        (409, "*foo *bar**", "<em>foo <em>bar</em></em>"),
        (411, "*foo**bar**baz*", "<em>foo<strong>bar</strong>baz</em>"),
        (412, "*foo**bar*", "<em>foo**bar</em>"),
        (413, "***foo** bar*", "<em><strong>foo</strong> bar</em>"),
        (416, "foo***bar***baz", "foo<em><strong>bar</strong></em>baz"),
        (417, "foo******bar*********baz", "foo<strong><strong><strong>bar</strong></strong></strong>***baz"),
        (418, "*foo **bar *baz* bim** bop*", "<em>foo <strong>bar <em>baz</em> bim</strong> bop</em>"),
        (419, "*foo [*bar*](/url)*", "<em>foo <a href=\"/url\"><em>bar</em></a></em>"),
        (421, "**** is not an empty strong emphasis", "**** is not an empty strong emphasis"),
        (437, "foo *\\**", "foo <em>*</em>"),
        (442, "**foo*", "*<em>foo</em>"),
        (443, "*foo**", "<em>foo</em>*"),
        (445, "****foo*", "***<em>foo</em>"),
        (454, "__foo_", "_<em>foo</em>"),
        (464, "****foo****", "<strong><strong>foo</strong></strong>"),
    ])
    func emphasisExamples(number: Int, markdown: String, expected: String) {
        #expect(Self.html(Self.catalog(markdown)) == expected, "example \(number)")
        #expect(Self.html(Self.page(markdown)) == expected, "example \(number), page dialect")
    }

    /// Links do not nest (examples 518, 519): the inner link is made and the outer brackets are
    /// text; an image may hold a link.
    @Test func linksDoNotNest() {
        #expect(Self.html(Self.page("[foo [bar](/uri)](/uri)")) == "[foo <a href=\"/uri\">bar</a>](/uri)")
        #expect(Self.html(Self.catalog("[foo *[bar [baz](/uri)](/uri)*](/uri)"))
            == "[foo <em>[bar <a href=\"/uri\">baz</a>](/uri)</em>](/uri)")
        #expect(Self.html(Self.catalog("![[a](b)](c)")) == "<img src=\"c\" alt=\"<a href=\"b\">a</a>\" />")
    }

    /// Code spans close at a run of the same length, and bind tighter than emphasis (example 341).
    @Test func codeSpansBeforeEmphasis() {
        #expect(Self.html(Self.catalog("*foo`*`")) == "*foo<code>*</code>")
        #expect(Self.html(Self.catalog("``foo`bar``")) == "<code>foo`bar</code>")
        #expect(Self.html(Self.catalog("`foo``bar``")) == "`foo<code>bar</code>")
    }

    // MARK: Hostile input

    /// 100,000 openers of each kind and no closer: all text, as written.
    @Test(arguments: ["*", "_", "**a ", "[", "![", "](", "[a](", "<b>", "`", "<a:"])
    func manyOpenersStayText(opener: String) {
        let text = String(repeating: opener, count: 100_000 / opener.count)
        #expect(Self.html(Self.catalog(text)) == text)
        // A page's unclosed `<b>`s run to the end (the inner ones read, the outer dropped at the
        // limit): no text left.
        #expect(opener == "<b>" ? MarkdownPlainText.text(Self.page(text)).isEmpty : Self.html(Self.page(text)) == text)
    }

    /// Pairs nested far deeper than `maxDepth` (a run of 100,000 `*` each side, 50,000 brackets,
    /// 100 HTML elements): the tree stops at the limit and the text is all there.
    @Test func nestingStopsAtTheLimit() {
        let stars = String(repeating: "*", count: 100_000)
        let emphasis = Self.catalog(stars + "x" + stars)
        #expect(Self.depth(emphasis) == MarkdownInlineParser.maxDepth)
        #expect(MarkdownPlainText.text(emphasis).filter { $0 != "*" } == "x")
        #expect(MarkdownPlainText.text(emphasis).count == 200_001 - 2 * 2 * MarkdownInlineParser.maxDepth)

        let nested = String(repeating: "*a _b ", count: 20_000) + "c" + String(repeating: " b_ a*", count: 20_000)
        #expect(Self.depth(Self.catalog(nested)) == MarkdownInlineParser.maxDepth)

        let images = String(repeating: "![", count: 50_000) + "a" + String(repeating: "](u)", count: 50_000)
        #expect(Self.depth(Self.catalog(images)) == MarkdownInlineParser.maxDepth)

        let elements = String(repeating: "<b>x ", count: 100) + "y" + String(repeating: "</b>", count: 100)
        let tree = Self.page(elements)
        #expect(Self.depth(tree) == MarkdownInlineParser.maxDepth)
        #expect(MarkdownPlainText.text(tree) == String(repeating: "x ", count: 100) + "y")
    }

    /// Unclosed runs among closed ones: the closed pairs are still found.
    @Test func unclosedRunsDoNotHideLaterPairs() {
        let tree = Self.catalog(String(repeating: "*a ", count: 50_000) + "**b** *c*")
        #expect(tree.suffix(3) == [.strong([.text("b")]), .text(" "), .emphasis([.text("c")])])
    }
}
