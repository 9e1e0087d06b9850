import ErrataModel
@testable import ErrataReaders
import ErrataTestSupport
import Testing

/// Hostile AsciiDoc: openers without closers, deep nesting, huge and absurd tables, long
/// definitions. Time is held linear by construction (one pass per closing mark, nesting limits,
/// no scan ahead that is not consumed), and the tests check the construction: passes counted,
/// depth measured, cells bounded.
@Suite struct AsciiDocLimitsTests {
    static let openers = [
        "*a ", "_a ", "`a ", "+a ", "#a ", "[[a ", "[.r]#a ", "<<a ", "<<a,b ",
        "link:a[ ", "xref:a[b ", "https://a[b ", "pass:[ ", "kbd:[ ", "footnote:[ ", "link:link:",
    ]

    /// Texts of 100,000 unclosed openers of each kind are their own text, read in at most one pass
    /// per closing mark.
    @Test(arguments: openers)
    func manyUnclosedOpenersStayText(opener: String) {
        let text = String(repeating: opener, count: 100_000)
        let chars = Array(text)
        let ends = AsciiDocInlineEnds(chars)
        let cell = RichText.cell([.paragraph(AsciiDocInline.parse(chars, ends: ends))])
        #expect(cell.text == RichText.fold(text))
        #expect(ends.passes <= 13, "\(ends.passes) passes")
    }

    /// Doubled marks close themselves anywhere: 100,000 of them are 50,000 pairs, read in one pass.
    @Test(arguments: ["**", "__", "``", "++", "##"])
    func manyDoubledMarksPairUp(mark: String) {
        let text = String(repeating: mark + "a ", count: 100_000)
        let chars = Array(text)
        let ends = AsciiDocInlineEnds(chars)
        let cell = RichText.cell([.paragraph(AsciiDocInline.parse(chars, ends: ends))])
        #expect(cell.text == RichText.fold(text.replacingEvery(mark, with: "")))
        #expect(ends.passes <= 13, "\(ends.passes) passes")
    }

    /// The scan `AsciiDocInlineEnds` replaces, kept here as the reference.
    static func scan(_ chars: [Character], _ mark: AsciiDocInlineEnds.Mark, from start: Int) -> Int? {
        let markChars = Array(mark.text)
        var position = start
        while position + markChars.count <= chars.count {
            defer { position += 1 }
            guard Array(chars[position..<(position + markChars.count)]) == markChars else { continue }
            if position > 0, chars[position - 1] == "\\" { continue }
            if !mark.constrained { return position }
            guard position > 0, !chars[position - 1].isWhitespace else { continue }
            let after = position + markChars.count
            if after == chars.count || !AsciiDocInlineEnds.isWord(chars[after]) { return position }
        }
        return nil
    }

    /// On 2,000 random texts over the characters markup is made of, every mark from every position
    /// is where the reference scan finds it.
    @Test func endsAreWhereTheScanFindsThem() {
        var generator = SeededGenerator(seed: 77)
        let alphabet = Array("*_`+#]>\\ a.")
        let marks: [AsciiDocInlineEnds.Mark] = ["*", "_", "`", "+", "#"].flatMap { [.init(text: $0, constrained: true), .init(text: $0 + $0, constrained: false)] }
            + [.init(text: "]", constrained: false), .init(text: ">>", constrained: false)]
        for _ in 0..<2_000 {
            let chars = (0..<Int(generator.next() % 20)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let ends = AsciiDocInlineEnds(chars)
            for mark in marks {
                for position in 0...chars.count {
                    #expect(ends.end(mark, atOrAfter: position) == Self.scan(chars, mark, from: position),
                            "\(String(chars).debugDescription) \(mark.text) \(position)")
                }
            }
        }
    }

    /// A mark closes at its nearest closer, so markup of one kind does not nest; markup of
    /// different kinds nests, at most `AsciiDocInline.maxDepth` deep, and the text is all kept.
    @Test func inlineNestingStopsAtTheLimit() {
        let text = String(repeating: "*a _b ", count: 2_000) + "x" + String(repeating: " b_ a*", count: 2_000)
        let inlines = AsciiDocInline.parse(text)
        #expect(MarkdownInlineLimitsTests.depth(inlines) == 2)
        let written = RichText.cell([.paragraph(inlines)]).text
        #expect(written.filter { $0 == "a" }.count == 4_000)
        #expect(written.filter { $0 == "x" }.count == 1)
        // Link text inside strong inside emphasis inside …: the depth stops at the limit.
        let kinds = ["*", "_", "`"]
        var nested = "x"
        for level in 0..<40 {
            let mark = kinds[level % 2] + kinds[level % 2]
            nested = level % 3 == 2 ? "link:https://e.example[\(nested)]" : mark + nested + mark
        }
        let deep = AsciiDocInline.parse(nested)
        #expect(MarkdownInlineLimitsTests.depth(deep) <= AsciiDocInline.maxDepth)
        #expect(RichText.cell([.paragraph(deep)]).text.contains("x"))
    }

    /// Lists and delimited blocks nested past the limit are read as paragraphs; nothing is lost.
    @Test func blockNestingStopsAtTheLimit() {
        var lines: [String] = []
        for level in 1...100 { lines.append(String(repeating: "=", count: level + 3)) }
        lines.append("deep text")
        for level in (1...100).reversed() { lines.append(String(repeating: "=", count: level + 3)) }
        let located = lines.enumerated().map { AsciiDocLine(text: Substring($1), line: $0 + 1) }
        let cell = RichText.cell(AsciiDocBlocks.parse(located).blocks.map(\.block))
        #expect(cell.text.contains("deep text"))

        let items = (1...10).map { String(repeating: "*", count: $0) + " item \($0)" }
        let list = AsciiDocBlocks.parse(items.enumerated().map { AsciiDocLine(text: Substring($1), line: $0 + 1) })
        #expect(RichText.cell(list.blocks.map(\.block)).text == (1...10).map { "item \($0)" }.joined(separator: "\n\n"))
    }

    @Test func largeTableIsReadWhole() throws {
        let rows = (0..<100_000).map { "|E.\($0) |message \($0)\n" }.joined()
        let grids = try AsciiDocReader.readGrids(text: "[options=\"header\"]\n|===\n|Error Code |Error Message\n" + rows + "|===\n", path: "big.adoc")
        #expect(grids.first?.rows.count == 100_001)
        #expect(grids.first?.rows.last?.map(\.text) == ["E.99999", "message 99999"])
    }

    /// Spans and duplications past the table's size are clamped; a table whose cells would pass
    /// `AsciiDocTable.maxCells` is an error at its line.
    @Test func absurdSpansAreClampedAndHugeTablesRefused() throws {
        let rowspans = "[cols=3]\n|===\n" + String(repeating: ".999999+|A |b |c\n", count: 1_000) + "|===\n"
        let grid = try #require(try AsciiDocReader.readGrids(text: rowspans, path: "r.adoc").first)
        // Rows every column of which a span covers are not made: never more rows than cells.
        #expect(grid.rows.count <= 3_000)
        #expect(grid.rows[1].map(\.isSpanCopy) == [true, false, false])
        #expect(grid.rows[1].map(\.text) == ["", "A", "b"])

        let wide = "[cols=\"1000000*\"]\n|===\n" + String(repeating: "999999999+|x\n", count: 5_000) + "|===\n"
        let found = try #require(HostileTextInputTests.diagnostic { _ = try AsciiDocReader.readGrids(text: "== T\n\n" + wide, path: "w.adoc") })
        #expect(found.location == SourceLocation(path: "w.adoc", line: 4, column: 1))
        #expect(found.message.contains("more than \(AsciiDocTable.maxCells) cells"))
    }

    /// A definition of 50,000 blocks attached with `+` after blank lines, and a term wrapping over
    /// 50,000 lines, read in one pass.
    @Test func longDefinitionsAndTermsAreRead() throws {
        let blocks = String(repeating: "\n+\nmore text\n", count: 50_000)
        let text = "== Errors\n\nE.1 First ::\n  Cause: c\n" + blocks + "\nE.2 Second ::\n  Cause: d\n"
        let grids = try AsciiDocReader.readGrids(text: text, path: "d.adoc")
        #expect(grids.first?.rows.dropFirst().map { $0[0].text } == ["E.1", "E.2"])
        let wrapped = "== Errors\n\n[[a]]E.3 " + String(repeating: "word\n", count: 50_000) + "::\n  Cause: c\n\nE.4 x ::\n  Cause: d\n"
        let read = try AsciiDocReader.readGrids(text: wrapped, path: "w.adoc")
        #expect(read.first?.rows.dropFirst().map { $0[0].text } == ["E.3", "E.4"])
    }
}
