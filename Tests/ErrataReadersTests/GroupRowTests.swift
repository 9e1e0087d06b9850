import ErrataModel
import ErrataReaders
import Testing

/// Group rows: a row holding only a module's name starts that module; it is never a code or a note.
@Suite struct GroupRowTests {
    static let expected: [(code: String, module: String?)] = [
        ("VIS.0001", "Vision"), ("VIS.0002", "Vision"), ("GW.0101", "Gateway"),
    ]

    func catalog(_ grids: [Grid], path: String) throws -> Catalog {
        try CatalogBuilder.build(grids, path: path, options: .init(service: "S"))
    }

    func check(_ catalog: Catalog, note: Note) {
        #expect(catalog.entries.map(\.code) == Self.expected.map(\.code))
        #expect(catalog.entries.map(\.module) == Self.expected.map(\.module))
        #expect(catalog.modules.map(\.name) == ["Vision", "Gateway"])
        #expect(catalog.notes == [note])
    }

    @Test func htmlRowSpanningEveryColumn() throws {
        let page = try ReaderTestFiles.fixture("GroupRows/groups.html")
        let grids = try HTMLReader.readGrids(data: Array(page.text.utf8), path: page.path)
        check(try catalog(grids, path: page.path), note: Note(text: "If another code appears, write to support."))
    }

    @Test func markdownLoneBoldCell() throws {
        let page = try ReaderTestFiles.fixture("GroupRows/groups.md")
        let grids = try MarkdownReader.readGrids(text: page.text, path: page.path)
        check(try catalog(grids, path: page.path), note: Note(label: "Other", text: "If another code appears, write to support."))
    }

    @Test func rstCellAcrossEveryColumn() throws {
        let page = try ReaderTestFiles.fixture("GroupRows/groups.rst")
        let grids = try RSTReader.readGrids(text: page.text, path: page.path)
        check(try catalog(grids, path: page.path), note: Note(text: "If another code appears, write to support."))
    }

    /// The text rendering gives a row spanning the table as one cell between two rows' cells.
    @Test func textRenderingOneCellBetweenRows() throws {
        let page = try ReaderTestFiles.fixture("GroupRows/groups.txt")
        let grids = try TextReader.readGrids(text: page.text, path: page.path)
        check(try catalog(grids, path: page.path), note: Note(text: "If another code appears, write to support."))
    }

    /// A label that is shaped like the codes, or a code cell that is, is never a group row.
    @Test func textRenderingWithoutGroupRows() throws {
        let text = """
            Error Code |
            Error Message |
            ---|---|
            Throttled |
            Too many requests. |
            Denied |
            Access denied. |
            """
        let grids = try TextReader.readGrids(text: text, path: "t.txt")
        let catalog = try catalog(grids, path: "t.txt")
        #expect(catalog.entries.map(\.code) == ["Throttled", "Denied"])
        #expect(catalog.modules.isEmpty)
    }

    /// `| Vision | | | |` in a table with a module column: the module cell alone names the group.
    @Test func loneCellInTheModuleColumn() throws {
        let text = """
            | Module | Code | Message |
            |---|---|---|
            | Vision | | |
            | | VIS.0001 | Picture is empty. |
            | Gateway | | |
            | | GW.0101 | Route not found. |
            """
        let grids = try MarkdownReader.readGrids(text: text, path: "t.md")
        let catalog = try catalog(grids, path: "t.md")
        #expect(catalog.entries.map(\.code) == ["VIS.0001", "GW.0101"])
        #expect(catalog.entries.map(\.module) == ["Vision", "Gateway"])
        #expect(catalog.notes.isEmpty)
    }

    /// What stays as it was: sentences and "Other" are notes, a lone code is a code, a lone
    /// non-bold cell in the code column is not a group.
    @Test func rowsThatAreNotGroups() throws {
        let text = """
            | Code | Message | Description |
            |---|---|---|
            | A.1 | First. | d |
            | **Contact support when a code is not listed here.** | | |
            | Other | | |
            | A.2 | | |
            | Plain | | |
            """
        let grids = try MarkdownReader.readGrids(text: text, path: "t.md")
        let catalog = try catalog(grids, path: "t.md")
        #expect(catalog.entries.map(\.code) == ["A.1", "A.2", "Plain"])
        #expect(catalog.entries.allSatisfy { $0.module == nil })
        #expect(catalog.modules.isEmpty)
        #expect(catalog.notes.map(\.text) == ["**Contact support when a code is not listed here.**", "Other"])
    }
}
