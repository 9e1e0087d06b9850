import ErrataModel
import ErrataReaders
import Testing

/// A page with several error tables gives every one of them, merged; other tables are ignored.
@Suite struct MultiTableTests {
    func build(_ grids: [Grid], tables: [Int] = []) throws -> CatalogBuilder.Built {
        try CatalogBuilder.buildWithTables(grids, path: "p", options: .init(service: "S", tableIndices: tables))
    }

    func check(_ catalog: Catalog, secondModule: String) {
        #expect(catalog.entries.map(\.code) == ["SEND.001", "COMMON.500", "BOX.404"])
        #expect(catalog.entries.map(\.module) == ["Sending", "Sending", secondModule])
        #expect(catalog.modules.map(\.name) == ["Sending", secondModule])
        // A code in two tables is one entry with the rows of both.
        #expect(catalog.entry("COMMON.500")?.variants == [
            Variant(message: "Internal error.", status: 500), Variant(message: "Storage failure.", status: 503),
        ])
    }

    @Test func htmlTablesUnderHeadingsAndCaptions() throws {
        let page = try ReaderTestFiles.fixture("MultiTable/modules.html")
        let result = try build(try HTMLReader.readGrids(data: Array(page.text.utf8), path: page.path))
        check(result.catalog, secondModule: "Mailbox errors")
        #expect(result.tables.map(\.index) == [1, 2])
        #expect(result.tables.map(\.codeCount) == [2, 2])
        #expect(result.tableCount == 3)
    }

    @Test func markdownTablesUnderHeadings() throws {
        let page = try ReaderTestFiles.fixture("MultiTable/modules.md")
        let result = try build(try MarkdownReader.readGrids(text: page.text, path: page.path))
        check(result.catalog, secondModule: "Mailboxes")
        #expect(result.tables.map(\.module) == ["Sending", "Mailboxes"])
    }

    @Test func tablesPickedByIndexInPageOrder() throws {
        let page = try ReaderTestFiles.fixture("MultiTable/modules.md")
        let grids = try MarkdownReader.readGrids(text: page.text, path: page.path)
        let both = try build(grids, tables: [2, 1, 2])
        #expect(both.tables.map(\.index) == [1, 2])
        // One table alone: no module from its heading (the page's one table is not a module).
        let one = try build(grids, tables: [2])
        #expect(one.catalog.entries.map(\.code) == ["BOX.404", "COMMON.500"])
        #expect(one.catalog.entries.allSatisfy { $0.module == nil })
    }

    @Test(arguments: [("Table 3 Mailbox errors", "Mailbox errors"), ("表2 错误码", "错误码"), ("Table 4: Gateway", "Gateway"),
                      ("Tables of errors", "Tables of errors"), ("Table 5", nil), ("  ", nil)])
    func captionsBecomeModuleNames(caption: String, module: String?) {
        let grid = Grid(rows: [[Cell(text: "Code"), Cell(text: "Message")], [Cell(text: "A.1"), Cell(text: "m")]], caption: caption)
        let other = Grid(rows: [[Cell(text: "Code"), Cell(text: "Message")], [Cell(text: "B.1"), Cell(text: "n")]], caption: "Other codes")
        let catalog = try? build([grid, other]).catalog
        #expect(catalog?.entry("A.1")?.module == module)
    }
}
