import ErrataModel
@testable import ErrataReaders
import Testing

/// Hostile tables in HTML and Markdown: entity tricks, canonically equivalent and look-alike codes.
@Suite struct HostileTableTests {
    static func catalog(html: String) throws -> Catalog {
        try CatalogBuilder.build(
            try HTMLReader.readGrids(data: Array(html.utf8), path: "t.html"), path: "t.html", options: .init(service: "S"))
    }

    static func catalog(markdown rows: [(String, String)]) throws -> Catalog {
        let text = "| Error Code | Error Message |\n| --- | --- |\n" + rows.map { "| \($0.0) | \($0.1) |\n" }.joined()
        return try CatalogBuilder.build(
            try MarkdownReader.readGrids(text: text, path: "t.md"), path: "t.md", options: .init(service: "S"))
    }

    @Test func doctypeInternalSubsetDefinesNoEntities() throws {
        let page = """
            <!DOCTYPE html [<!ENTITY code "AIS.0101"><!ENTITY a "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY b "lol">]>
            <table><tr><th>Error Code</th><th>Error Message</th></tr>
            <tr><td>&code;</td><td>m &a; &#x202E;x&#8238;</td></tr></table>
            """
        let catalog = try Self.catalog(html: page)
        #expect(catalog.entries.map(\.code) == ["&code;"])
        #expect(catalog.entries.first?.variants.first?.message == "m &a; \u{202E}x\u{202E}")
    }

    @Test func numericReferencesToBidiControlsInACodeAreKeptVerbatim() throws {
        let page = "<table><tr><th>Error Code</th><th>Error Message</th></tr><tr><td>A&#x202E;1&#x200B;</td><td>&#x2066;m&#x2069;</td></tr></table>"
        let catalog = try Self.catalog(html: page)
        #expect(catalog.entries.map(\.code) == ["A\u{202E}1\u{200B}"])
        #expect(catalog.entries.first?.variants.first?.message == "\u{2066}m\u{2069}")
    }

    /// Codes are keyed in canonical form: NFC and NFD spellings are one code (as `String` compares them).
    @Test func canonicallyEquivalentCodesAreOneEntry() throws {
        let catalog = try Self.catalog(markdown: [("caf\u{E9}", "nfc"), ("cafe\u{301}", "nfd")])
        #expect(catalog.entries.count == 1)
        #expect(catalog.entries.first?.code.unicodeScalars.elementsEqual("caf\u{E9}".unicodeScalars) == true)
        #expect(catalog.entries.first?.variants.map(\.message) == ["nfc", "nfd"])
    }

    /// Look-alike codes are different wire codes: the readers keep them apart (the Swift renderer reports the clash).
    @Test func codesDifferingInCaseOrPunctuationStayApart() throws {
        let catalog = try Self.catalog(markdown: [("AIS.0101", "a"), ("AIS_0101", "b"), ("ais.0101", "c"), ("0101", "d"), ("default", "e")])
        #expect(catalog.entries.map(\.code) == ["AIS.0101", "AIS_0101", "ais.0101", "0101", "default"])
    }

    /// A punctuation-only cell is a code (`-`) unless it reads like the end of a sentence (`...`): then a note.
    @Test func codeWithABacktickAndPunctuationOnlyCodes() throws {
        let catalog = try Self.catalog(markdown: [("A\\`1", "a"), ("-", "b"), ("...", "c"), ("#", "d")])
        #expect(catalog.entries.map(\.code) == ["A`1", "-", "#"])
        #expect(catalog.notes == [Note(label: "...", text: "c")])
    }

    @Test func emptyCodeCellContinuesTheCodeAboveAsAnotherMessage() throws {
        let catalog = try Self.catalog(markdown: [("A.1", "first"), ("", "second")])
        #expect(catalog.entries.map(\.code) == ["A.1"])
        #expect(catalog.entries.first?.variants.map(\.message) == ["first", "second"])
    }

    @Test func controlCharactersInHTMLCellsStayVerbatim() throws {
        let page = "<table><tr><th>Error Code</th><th>Error Message</th></tr><tr><td>A.1</td><td>a&#x7F;b&#x1F;c\u{85}d\u{2028}e</td></tr></table>"
        let message = try #require(try Self.catalog(html: page).entries.first?.variants.first?.message)
        #expect(message.unicodeScalars.contains("\u{7F}"))
        #expect(message.hasPrefix("a"))
    }

    @Test func wrongOrUnknownCharsetIsAnError() throws {
        let table = "<table><tr><th>Error Code</th><th>Error Message</th></tr><tr><td>A.1</td><td>"
        let unknown = Array("<meta charset=\"x-bogus\">\(table)m</td></tr></table>".utf8)
        let bogus = try #require(HTMLTestSupport.diagnostic(unknown))
        #expect(bogus.message.contains("x-bogus"), "\(bogus)")
        // Declared UTF-8, written in GBK.
        let gbk = Array("<meta charset=\"utf-8\">\(table)".utf8) + [0xB4, 0xED] + Array("</td></tr></table>".utf8)
        let wrong = try #require(HTMLTestSupport.diagnostic(gbk))
        #expect(wrong.message.contains("invalid UTF-8"), "\(wrong)")
        #expect(wrong.location?.column == 100)
    }

    /// Tables nested in a cell are read as tables down to `maxTableDepth`; deeper ones are the
    /// cell's text. (Every open cell receives the text inside it, so 3,000 nested tables took 5 s
    /// and 640 MB in a release build.)
    @Test func tablesNestedTooDeepAreTextOfTheirCell() throws {
        let depth = 5_000
        let html = "<table><tr><th>Error Code</th><th>Error Message</th></tr><tr><td>A.1</td><td>"
            + String(repeating: "<table><tr><td>", count: depth) + "x <b>y</b>"
            + String(repeating: "</td><td>z</td></tr></table>", count: depth) + "</td></tr></table>"
        let grids = try HTMLTestSupport.grids(html)
        #expect(grids.count == HTMLTableCollector.maxTableDepth)
        // The deepest table read holds every deeper table's cells as its first cell's text.
        let deepest = try #require(grids.last)
        #expect(deepest.rows.count == 1)
        let text = try #require(deepest.rows.first?.first?.text)
        #expect(text.hasPrefix("x y"))
        #expect(text.filter { $0 == "z" }.count == depth + 1 - HTMLTableCollector.maxTableDepth)
        // The error table is read as before: its cell's text is everything inside it.
        let outer = try #require(grids.first)
        #expect(outer.rows[1][0].text == "A.1")
        #expect(outer.rows[1][1].text.hasPrefix("x y"))
    }

    @Test func fiftyMegabytePageIsRead() throws {
        let paragraph = "<p>" + String(repeating: "lorem ipsum dolor sit amet ", count: 40) + "</p>\n"
        var page = "<html><body>"
        page.reserveCapacity(50 * 1024 * 1024 + 4096)
        for _ in 0..<(50 * 1024 * 1024 / paragraph.utf8.count) { page += paragraph }
        page += "<table><tr><th>Error Code</th><th>Error Message</th></tr><tr><td>A.1</td><td>m</td></tr></table></body></html>"
        #expect(page.utf8.count > 50_000_000)
        #expect(try Self.catalog(html: page).entries.map(\.code) == ["A.1"])
    }
}
