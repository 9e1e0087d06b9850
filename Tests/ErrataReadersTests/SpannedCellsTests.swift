import ErrataModel
@testable import ErrataReaders
import Testing

/// A cell spanning rows applies to every row it covers, in every format.
@Suite struct SpannedCellsTests {
    private func catalog(_ name: String) throws -> Catalog {
        let page = try ReaderTestFiles.fixture("ColumnRoles/\(name)")
        let grids: [Grid]
        switch name.split(separator: ".").last {
        case "html": grids = try HTMLReader.readGrids(data: Array(page.text.utf8), path: page.path)
        case "rst": grids = try RSTReader.readGrids(text: page.text, path: page.path)
        default: grids = try MarkdownReader.readGrids(text: page.text, path: page.path)
        }
        return try CatalogBuilder.build(grids, path: page.path, options: .init(service: "S"))
    }

    @Test func statusSpanningTwoRowsAppliesToBoth() throws {
        let rst = try catalog("spanned-status.rst")
        #expect(rst.entries.map(\.code) == ["WDG.0101", "WDG.0102", "WDG.0201"])
        #expect(rst.entries.flatMap(\.variants).map(\.statuses) == [[400], [400], [404]])
        // The same table in HTML (rowspan) and in Markdown (the status written twice): one catalog.
        for other in [try catalog("spanned-status.html"), try catalog("spanned-status.md")] {
            #expect(other.entries.map(\.code) == rst.entries.map(\.code))
            #expect(other.entries.map(\.variants) == rst.entries.map(\.variants))
            #expect(other.modules == rst.modules && other.notes == rst.notes)
        }
    }

    /// An RST span copy is the spanning cell, marked as a copy, at its own location.
    @Test func rstSpanCopiesCarryTheCell() throws {
        let page = try ReaderTestFiles.fixture("ColumnRoles/spanned-status.rst")
        let grid = try #require(RSTReader.readGrids(text: page.text, path: page.path).first)
        #expect(grid.rows[2][1].text == "400" && grid.rows[2][1].isSpanCopy)
        #expect(grid.rows[2][1].location == grid.rows[1][1].location)
        #expect(!grid.rows[1][1].isSpanCopy)
    }
}
