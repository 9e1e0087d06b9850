import ErrataModel
@testable import ErrataReaders
import ErrataTestSupport
import Testing

@Suite struct MarkdownReaderTests {
    @Test(.requiresSharedPages) func fixtureGivesTheSeedCatalog() throws {
        let seed = try ReaderTestFiles.seed()
        let fixture = try ReaderTestFiles.fixture("huawei-ocr.md")
        let options = CatalogBuilder.Options(service: "Huawei Cloud OCR")
        let fromText = try CatalogBuilder.build(
            TextReader.readGrids(text: seed.text, path: seed.path), path: seed.path, options: options)
        let grids = try MarkdownReader.readGrids(text: fixture.text, path: fixture.path)
        let fromMarkdown = try CatalogBuilder.build(grids, path: fixture.path, options: options)
        #expect(fromMarkdown.variantCount == 47)
        #expect(fromMarkdown == fromText)
        #expect(grids.only?.caption == "Error Codes")
        #expect(fromMarkdown.entry("AIS.0101")?.location?.line == 23)
    }

    @Test func pipeTableSyntax() throws {
        let text = """
        Code | Message | Note
        :--- | :---: | ---:
        A\\|B | `x\\|y` and a\\|b | **bold** [link](https://e.x/a_b) *em*
        | C | one<br>two<br/> <BR />three
        """
        let grid = try #require(MarkdownReader.readGrids(text: text, path: "m.md").only)
        #expect(grid.rows.count == 3)
        let row = grid.rows[1]
        #expect(row[0].text == "A|B")
        #expect(row[1].text == "x|y and a|b")
        #expect(row[1].markdown == "`x|y` and a|b")
        #expect(row[2].text == "bold link em")
        #expect(row[2].markdown == "**bold** [link](https://e.x/a_b) *em*")
        let short = grid.rows[2]
        #expect(short.map(\.text) == ["C", "one\n\ntwo\n\nthree", ""])
        #expect(short[0].location == SourceLocation(path: "m.md", line: 4, column: 3))
    }

    @Test func inlineMarkupAndEscapes() {
        let cell = RichText.cell(MarkdownCellBlocks.parse("Use `a*b` or \\*x\\* for template_id &amp; _it_ &nbsp;end"))
        #expect(cell.text == "Use a*b or *x* for template_id & it end")
        #expect(cell.markdown == "Use `a*b` or \\*x\\* for template_id & *it* end")
        let list = RichText.cell(MarkdownCellBlocks.parse("Cases:<br/>- one<br/>- two"))
        #expect(list.markdown == "Cases:\n\n- one\n- two")
        #expect(list.text == "Cases:\n\none\n\ntwo")
    }

    @Test func severalTablesAndFencesSkipped() throws {
        let text = """
        # First
        | a | b |
        |---|---|
        | 1 | 2 |

        ```
        | x | y |
        |---|---|
        ```
        ## Second
        c | d
        --|--
        3 | 4
        5 | 6
        """
        let grids = try MarkdownReader.readGrids(text: text, path: "m.md")
        #expect(grids.map(\.caption) == ["First", "Second"])
        #expect(grids.map(\.rows.count) == [2, 3])
    }

    @Test(.requiresSharedPages) func yandexTableCellsSpanLines() throws {
        let file = try ReaderTestFiles.corpus("yandex-storage-s3-responsecodes.md")
        let grids = try MarkdownReader.readGrids(text: file.text, path: file.path)
        #expect(grids.count == 2)
        let table = try #require(grids.last)
        #expect(table.rows.first?.map(\.text) == ["HTTP", "Error code", "Description"])
        #expect(table.rows.count == 67)
        let row = try #require(table.rows.first { $0[1].text == "InvalidTargetBucketForLogging" })
        #expect(row[2].text == "The bucket does not exist, or you are not the owner of the bucket, or the log delivery group does not have sufficient permissions.")
        let upload = try #require(table.rows.first { $0[1].text == "NoSuchUpload" })
        #expect(upload[2].markdown == "The specified multipart upload does not exist.\n\nThe error occurs in the following cases:\n\n"
            + "- Invalid upload ID is specified.\n- Upload is aborted.\n- Upload is complete.")
    }
}
