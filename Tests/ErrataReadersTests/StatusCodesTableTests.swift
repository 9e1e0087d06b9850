import ErrataModel
@testable import ErrataReaders
import Testing

/// A page that documents its HTTP statuses as its errors: with no code column on the page, each
/// status is a code.
@Suite struct StatusCodesTableTests {
    private func built(_ name: String) throws -> CatalogBuilder.Built {
        let page = try ReaderTestFiles.fixture("ColumnRoles/\(name)")
        let grids = name.hasSuffix(".html")
            ? try HTMLReader.readGrids(data: Array(page.text.utf8), path: page.path)
            : try MarkdownReader.readGrids(text: page.text, path: page.path)
        return try CatalogBuilder.buildWithTables(grids, path: page.path, options: .init(service: "S"))
    }

    @Test(arguments: ["status-summary.md", "status-summary.html"])
    func statusesAreTheCodes(page: String) throws {
        let result = try built(page)
        let catalog = result.catalog
        // Page order is kept (429 before 409); a cell of several statuses gives one code each.
        #expect(catalog.entries.map(\.code) == ["200", "400", "404", "429", "409", "500", "502", "503"])
        #expect(catalog.entry("404")?.variants == [Variant(message: "Not Found", description: "The widget does not exist.", status: 404)])
        #expect(catalog.entry("502")?.variants == [Variant(
            message: "Server Errors", description: "The widget service failed. (This seldom happens.)", status: 502)])
        #expect(result.warnings.map(\.message) == [
            "the table has no code column; column 1 (\"WIDGET API STATUS LIST\") holds HTTP statuses, read as the codes: each status its own code, the text after it the message",
            "column 2 (\"\") holds longer texts than the message and is read as the description",
        ])
        #expect(result.warnings.allSatisfy { $0.severity == .note })
        #expect(result.tables.first?.columns.map(\.role) == [.status, .description])
        #expect(result.tables.first?.columns.first?.detail.hasSuffix("the table has no code column: each status is a code") == true)
    }

    /// Both pages give the same catalog.
    @Test func markdownAndHTMLAgree() throws {
        #expect(try built("status-summary.md").catalog.entries.map(\.variants) == built("status-summary.html").catalog.entries.map(\.variants))
    }

    /// A page with an error table: its status summary is not read, and statuses stay statuses.
    @Test func errorTablesAreUnaffected() throws {
        let summary = Grid(rows: [
            [Cell(text: "Status"), Cell(text: "Meaning")], [Cell(text: "404"), Cell(text: "Gone.")], [Cell(text: "500"), Cell(text: "Broken.")],
        ], headerRowCount: 1)
        let errors = Grid(rows: [
            [Cell(text: "Error Code"), Cell(text: "Status"), Cell(text: "Message")],
            [Cell(text: "W.1"), Cell(text: "404"), Cell(text: "No widget.")],
        ], headerRowCount: 1)
        let result = try CatalogBuilder.buildWithTables([summary, errors], path: "p", options: .init(service: "S"))
        #expect(result.catalog.entries.map(\.code) == ["W.1"])
        #expect(result.catalog.entry("W.1")?.variants.first?.statuses == [404])
        #expect(result.tables.map(\.index) == [1])
    }

    /// A status summary that names no status beside a column of messages: the messages stay messages.
    @Test func bareStatusesWithMessages() throws {
        let grid = Grid(rows: [["HTTP", "Text"], ["401", "Log in first."], ["403", "Not yours."]].map { $0.map { Cell(text: $0) } }, headerRowCount: 1)
        let result = try CatalogBuilder.buildWithTables([grid], path: "p", options: .init(service: "S"))
        #expect(result.catalog.entries.map(\.code) == ["401", "403"])
        #expect(result.catalog.entry("403")?.variants == [Variant(message: "Not yours.", status: 403)])
    }
}
