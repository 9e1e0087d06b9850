import ErrataModel
@testable import ErrataReaders
import ErrataTestSupport
import Testing

/// Markdown pages that mix pipe tables and raw HTML tables: both read, in page order, the HTML
/// ones by the HTML reader with their lines in the Markdown file.
@Suite struct MarkdownHTMLTableTests {
    static func build(_ grids: [Grid], path: String) throws -> CatalogBuilder.Built {
        try CatalogBuilder.buildWithTables(grids, path: path, options: .init(service: "S"))
    }

    @Test func pipeTableAndRawHTMLTablesInPageOrder() throws {
        let file = try ReaderTestFiles.fixture("Vendors/objectstore-errors.md")
        let grids = try MarkdownReader.readGrids(text: file.text, path: file.path)
        #expect(grids.map(\.caption) == ["Error Responses", "3XX Type Error", "4XX Type Error", "5XX Type Error"])
        #expect(grids.map(\.location?.line) == [14, 22, 46, 78])
        #expect(grids.map(\.rows.count) == [3, 3, 5, 2])
        #expect(grids[0].rows[0].map(\.text) == ["Name", "Description", "Type"])
        // The 4XX table lacks a <tr> and closes its <tbody> early: the cells still give four rows.
        #expect(grids[2].rows.dropFirst().map { $0.first?.text } == ["BadVaultName", "KeyTooLong", "NoSuchVault", "VaultLocked"])
        #expect(grids[2].rows[1][0].location == SourceLocation(path: file.path, line: 56))
        #expect(grids[2].rows[4][0].location == SourceLocation(path: file.path, line: 71))

        let built = try Self.build(grids, path: file.path)
        let catalog = built.catalog
        #expect(catalog.entries.map(\.code) == [
            "VaultMoved", "VaultRedirect", "BadVaultName", "KeyTooLong", "NoSuchVault", "VaultLocked", "VaultUnavailable",
        ])
        #expect(catalog.entries.map { $0.variants.only?.status } == [301, 307, 400, 400, 404, 409, 503])
        #expect(catalog.entries.map(\.module) == [
            "3XX Type Error", "3XX Type Error", "4XX Type Error", "4XX Type Error", "4XX Type Error", "4XX Type Error",
            "5XX Type Error",
        ])
        #expect(catalog.entry("KeyTooLong")?.variants.only?.message == "The object key is over 1024 bytes")
        #expect(catalog.entry("KeyTooLong")?.location == SourceLocation(path: file.path, line: 60))
        #expect(built.tables.map(\.index) == [1, 2, 3])
    }

    @Test func markdownFileWithHTMLTablesIsMarkdownThroughTheFrontDoor() throws {
        let file = try ReaderTestFiles.fixture("Vendors/objectstore-errors.md")
        #expect(try FormatDetector.detect(path: file.path, data: Array(file.text.utf8)) == .markdown)
        let page = try DocumentReader.readPage(data: Array(file.text.utf8), path: file.path)
        #expect(page.catalog.entries.count == 7)
        #expect(page.title == "Error Responses")
        // The fenced XML sample gives the error body.
        #expect(page.catalog.errorBody.map { [$0.code, $0.message] } == [[["Error", "Code"], ["Error", "Message"]]])
    }

    @Test func captionIsTheOneLineParagraphAboveElseTheHeading() throws {
        let table = "<table><tr><th>Error Code</th><th>Error Message</th></tr><tr><td>A.1</td><td>m</td></tr></table>"
        let text = """
            ## Codes

            Client errors
            \(table)

            The following table lists them all, with their meaning.
            \(table)

            First line
            second line
            \(table)

            <table><caption>Own caption</caption><tr><th>Error Code</th></tr><tr><td>A.2</td></tr></table>
            """
        let grids = try MarkdownReader.readGrids(text: text, path: "c.md")
        #expect(grids.map(\.caption) == ["Client errors", "Codes", "Codes", "Own caption"])
        #expect(grids.map(\.location?.line) == [4, 7, 11, 13])
    }

    @Test func tableInsideACodeFenceIsNotRead() throws {
        let text = "```html\n<table><tr><th>Error Code</th></tr><tr><td>A.1</td></tr></table>\n```\n"
        #expect(try MarkdownReader.readGrids(text: text, path: "f.md").isEmpty)
    }

    @Test func unclosedRawTableIsAnErrorAtItsLine() throws {
        let text = "# Codes\n\n<table>\n<tr><td>A.1</td><td>m</td>\n"
        #expect {
            try MarkdownReader.readGrids(text: text, path: "u.md")
        } throws: { error in
            let diagnostic = error as? Diagnostic
            return diagnostic?.severity == .error && diagnostic?.message.contains("truncated input") == true
                && diagnostic?.message.contains("line 3") == true
        }
    }

    @Test(.requiresSharedPages) func jdCloudPageGivesItsCodesWithNoOption() throws {
        let file = try ReaderTestFiles.corpus("jdcloud-oss-s3-errorcodes.md")
        let data = Array(file.text.utf8)
        let catalog = try DocumentReader.read(data: data, path: file.path)
        #expect(catalog.entries.count == 78)
        // 81 rows, two of them repeating the row before word for word: one variant each (warned).
        #expect(catalog.entries.reduce(0) { $0 + $1.variants.count } == 79)
        #expect(catalog.entry("PermanentRedirect")?.variants.only?.status == 301)
        #expect(catalog.entry("POLICYError")?.variants.only?.status == 400)
        #expect(catalog.entry("RequestTimeOut")?.variants.only?.status == 400)
        #expect(catalog.modules.map(\.name) == ["3XX Type Error", "4XX Type Error", "5XX Type Error"])
        // The same catalog as the HTML reader gives the page (which sees its HTML tables only), but
        // for the modules named by the paragraphs above the tables.
        var html = try DocumentReader.read(data: data, path: file.path, options: .init(format: .html))
        html.modules = catalog.modules
        for index in html.entries.indices { html.entries[index].module = catalog.entries[index].module }
        #expect(html == catalog)
    }

    @Test(.requiresSharedPages, arguments: ["huawei-ocr-errorcodes-zh-20191210.md", "huawei-apig-errorcodes-zh-20210924.md"])
    func pagesThatAreAllRawHTMLReadAsTheHTMLReaderReadsThem(name: String) throws {
        let file = try ReaderTestFiles.corpus(name)
        let data = Array(file.text.utf8)
        #expect(try FormatDetector.detect(path: file.path, data: data) == .markdown)
        let markdown = try DocumentReader.readPage(data: data, path: file.path)
        let html = try DocumentReader.readPage(data: data, path: file.path, options: .init(format: .html))
        #expect(markdown.catalog == html.catalog)
        #expect(markdown.catalog.entries.count > 30)
        #expect(markdown.title == html.title)
    }
}
