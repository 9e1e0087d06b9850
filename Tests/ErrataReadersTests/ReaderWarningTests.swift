import ErrataModel
import ErrataReaders
import Testing

/// Suspicious rows are read as well as they can be and reported, never changed or dropped in silence.
@Suite struct ReaderWarningTests {
    func build(_ markdown: String) throws -> CatalogBuilder.Built {
        let grids = try MarkdownReader.readGrids(text: markdown, path: "p.md")
        return try CatalogBuilder.buildWithTables(grids, path: "p.md", options: .init(service: "S"))
    }

    @Test func codesBrokenByAStraySpaceStayCodes() throws {
        let built = try build("""
            | Error Code | Error Message |
            |---|---|
            | DCS.4854 | Instance busy. |
            | DCS. 4855 | Instance locked. |
            | NoSuchKey | Key missing. |
            | IncorrectNumberOf FilesInPostRequest | Wrong file count. |
            | Contact support | If a code is missing, write to us. |
            """)
        #expect(built.catalog.entries.map(\.code) == ["DCS.4854", "DCS. 4855", "NoSuchKey", "IncorrectNumberOf FilesInPostRequest"])
        #expect(built.catalog.notes.map(\.label) == ["Contact support"])
        #expect(built.warnings.map(\.description) == [
            "p.md:4:3: warning: the code cell \"DCS. 4855\" holds a space, as if the page broke a code; read as the code \"DCS. 4855\", as written — check it against the API [code-with-space]",
            "p.md:6:3: warning: the code cell \"IncorrectNumberOf FilesInPostRequest\" holds a space, as if the page broke a code; read as the code \"IncorrectNumberOf FilesInPostRequest\", as written — check it against the API [code-with-space]",
        ])
    }

    /// A lone label in the code column that is no group row (not bold, not spanning) is read as
    /// before — a code when code-shaped, else a note — and reported as looking like a heading.
    @Test func rowsThatLookLikeHeadings() throws {
        let built = try build("""
            | Error Code | Error Message |
            |---|---|
            | Vision | |
            | VIS.0001 | Picture is empty. |
            | VIS.0002 | Picture too large. |
            | Image checks | |
            | VIS.0003 | Picture is blurred. |
            | VIS.0004 | |
            """)
        #expect(built.catalog.entries.map(\.code) == ["Vision", "VIS.0001", "VIS.0002", "VIS.0003", "VIS.0004"])
        #expect(built.catalog.notes.map(\.text) == ["Image checks"])
        #expect(built.warnings.map(\.description) == [
            "p.md:3:3: warning: the row holds only \"Vision\", shaped unlike the table's other codes, as a heading would be; read as a code without a message — if it names a group of codes, make it bold or let it span the row [heading-read-as-code]",
            "p.md:6:3: warning: the row holds only \"Image checks\" in the code column, as a heading would; read as a note — if it names a group of codes, make it bold or let it span the row [heading-read-as-note]",
        ])
    }

    @Test func statusThatIsNoHTTPStatus() throws {
        let built = try build("""
            | Status Code | Error Code | Error Message |
            |---|---|---|
            | 4000 | ELB.1 | Bad listener. |
            | 400/500 | ELB.2 | Busy. |
            """)
        #expect(built.catalog.entry("ELB.1")?.variants.map(\.statuses) == [[]])
        #expect(built.catalog.entry("ELB.1")?.variants.map(\.columns) == [[Column(name: "Status Code", value: "4000")]])
        #expect(built.catalog.entry("ELB.2")?.variants.map(\.statuses) == [[400, 500]])
        #expect(built.catalog.entry("ELB.2")?.variants.map(\.columns) == [[]])
        #expect(built.warnings.map(\.description) == [
            "p.md:3:3: warning: the status \"4000\" of code \"ELB.1\" is not an HTTP status (100-599); the row is read without a status and keeps the text as its column \"Status Code\" [status-not-http]",
        ])
    }

    @Test func codeShapedTextInAnotherColumnAndRepeatedRows() throws {
        let built = try build("""
            | Error Code | Error Message | Description |
            |---|---|---|
            | ELB.1001 | Listener missing. | No listener. |
            | ELB.1002 | ELB.1003 | Shifted. |
            | ELB.1001 | Listener missing. | No listener. |
            """)
        // The repeated row is one row: one variant, not two (and no `_v2` fixture).
        #expect(built.catalog.entry("ELB.1001")?.variants == [Variant(message: "Listener missing.", description: "No listener.")])
        #expect(built.warnings.map(\.message) == [
            "the message of code \"ELB.1002\" is \"ELB.1003\", which looks like a code; are the columns shifted?",
            "code \"ELB.1001\" is listed again with the same row (first at p.md:3:3); the two are read as one row",
        ])
        #expect(built.warnings.allSatisfy { $0.severity == .warning })
    }

    @Test func ordinaryTablesGiveNoWarning() throws {
        let built = try build("""
            | Error Code | Error Message | HTTP Status |
            |---|---|---|
            | A.1 | Failed. | 400 |
            | A.2 | Not found. | 404 |
            |  | Also sent as this. | 410 |
            """)
        #expect(built.warnings.isEmpty)
    }
}
