import ErrataModel
@testable import ErrataReaders
import ErrataTestSupport
import Testing

/// MDX (Docusaurus) pages: front matter, ESM lines, comments, admonitions and JSX components around
/// Markdown tables.
@Suite struct MDXPageTests {
    @Test func docusaurusPageGivesItsTableWithJSXAsMarkup() throws {
        let file = try ReaderTestFiles.fixture("Vendors/parcelhub-errors.mdx")
        let data = Array(file.text.utf8)
        #expect(try FormatDetector.detect(path: file.path, data: data) == .markdown)
        let content = try MarkdownPageReader.read(PageInput(data: data, path: file.path))
        #expect(content.title == "Parcel Hub Errors")
        let grid = try #require(content.grids.only)
        #expect(grid.caption == "Errors")
        #expect(grid.location == SourceLocation(path: file.path, line: 27, column: 1))
        #expect(grid.rows.map { $0.map(\.text) } == [
            ["Error Code", "Message", "Description"],
            ["PH.0001", "Parcelnot found.", "No parcel has this id.\n\nCheck the id."],
            ["PH.0002", "Deprecated Label expired.", "The label is older than 30 days."],
            ["PH.0003", "Rate limited.", "Too many requests in one minute."],
        ])
        let catalog = try DocumentReader.read(data: data, path: file.path)
        #expect(catalog.service == "Parcel Hub")
        #expect(catalog.entries.map(\.code) == ["PH.0001", "PH.0002", "PH.0003"])
        #expect(catalog.entry("PH.0001")?.variants.only?.description == "No parcel has this id.\n\nCheck the id.")
    }

    @Test func esmLinesAndCommentBlocksAreNotText() throws {
        let text = """
            import Table from './table';
            export const columns = "Error Code|Message";
            export const rule = "---|---";

            {/*
            | Error Code | Message |
            | --- | --- |
            | OLD.1 | Gone. |
            */}

            | Error Code | Message |
            | --- | --- |
            | NEW.1 | Here. |
            """
        let grids = try MarkdownReader.readGrids(text: text, path: "p.mdx")
        #expect(grids.map { $0.rows.map { $0.map(\.text) } } == [[["Error Code", "Message"], ["NEW.1", "Here."]]])
        #expect(grids.first?.location?.line == 11)
    }

    @Test func proseStartingWithImportIsText() throws {
        let text = "import keys from the vault first\n<table><tr><th>Error Code</th></tr><tr><td>A.1</td></tr></table>\n"
        #expect(try MarkdownReader.readGrids(text: text, path: "i.md").only?.caption == "import keys from the vault first")
    }

    @Test func unclosedCommentIsText() throws {
        let text = "{/* not closed\n\n| Error Code | Message |\n| --- | --- |\n| A.1 | m {/* x |\n"
        let grid = try #require(try MarkdownReader.readGrids(text: text, path: "u.mdx").only)
        #expect(grid.rows.last?.map(\.text) == ["A.1", "m {/* x"])
    }

    @Test func admonitionContentIsNoCaptionAndItsFencesAreNoText() throws {
        let text = """
            ## Limits

            :::note Rate limits
            Client errors
            :::
            <table><tr><th>Error Code</th></tr><tr><td>A.1</td></tr></table>
            """
        let grid = try #require(try MarkdownReader.readGrids(text: text, path: "a.mdx").only)
        #expect(grid.caption == "Limits")
    }

    @Test func admonitionInADescriptionIsALabelledParagraph() throws {
        let text = """
            ## Errors

            **E1001**
            The job failed.

            :::tip

            Retry later.
            :::
            HTTP Status Code: 500

            **E1002**
            The job is gone.

            :::warning[Data loss]
            Its output is deleted.
            :::
            HTTP Status Code: 410
            """
        let grids = try MarkdownReader.readGrids(text: text, path: "e.md")
        let catalog = try CatalogBuilder.build(grids, path: "e.md", options: .init(service: "S"))
        #expect(catalog.entries.map { $0.variants.only?.description } == [
            "The job failed.\n\n**Tip:** Retry later.", "The job is gone.\n\n**Data loss:** Its output is deleted.",
        ])
    }

    @Test func fenceLines() {
        #expect(MDXSyntax.fence(":::info In general:") == .open(label: "In general:"))
        #expect(MDXSyntax.fence(":::danger") == .open(label: "Danger"))
        #expect(MDXSyntax.fence("::: note") == .open(label: "Note"))
        #expect(MDXSyntax.fence(":::") == .close)
        #expect(MDXSyntax.fence(": a definition") == nil)
        #expect(MDXSyntax.fence(":::{") == nil)
    }

    @Test(.requiresSharedPages) func karrioTableReachesTheBuilderAsItsGrid() throws {
        let file = try ReaderTestFiles.corpus("karrio-api-errorcodes-20230202.mdx")
        let content = try MarkdownPageReader.read(PageInput(data: Array(file.text.utf8), path: file.path))
        #expect(content.title == "Error Codes")
        let grid = try #require(content.grids.only)
        #expect(grid.caption == "Errors")
        #expect(grid.headerRowCount == 1)
        #expect(grid.location?.line == 19)
        #expect(grid.rows.count == 9)
        #expect(grid.rows[0].map(\.text) == ["HTTP STATUS CODE SUMMARY", ""])
        #expect(grid.rows.dropFirst().map { $0.first?.text } == [
            "200 - OK", "400 - Bad Request", "401 - Unauthorized", "403 - Forbidden", "404 - Not Found",
            "429 - Too Many Requests", "409 - Conflict", "500, 502, 504 - Server Errors",
        ])
        #expect(grid.rows[8][1].text == "Something went wrong on karrio' end. (These are rare.)")
        #expect(grid.rows.allSatisfy { $0.count == 2 })
    }
}
