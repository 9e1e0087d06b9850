import ErrataModel
@testable import ErrataReaders
import ErrataTestSupport
import Testing

/// Error lists as other vendors write them: bullet items, a heading per error without a status
/// line, Markdown definition lists; what is not one; and the recipe's error layout.
@Suite struct ErrorListFormsTests {
    static func read(_ name: String, layout: ReadingRecipe.ErrorLayout? = nil) throws -> (grids: [Grid], catalog: Catalog?, path: String) {
        let file = try ReaderTestFiles.fixture("Vendors/\(name)")
        let grids = try MarkdownReader.readGrids(text: file.text, path: file.path, errorLayout: layout)
        let catalog = grids.isEmpty ? nil : try CatalogBuilder.build(grids, path: file.path, options: .init(service: "S"))
        return (grids, catalog, file.path)
    }

    /// The one grid of a fixture page, checked to be of `layout` under `caption`.
    static func onlyList(_ name: String, layout: ReadingRecipe.ErrorLayout, caption: String) throws -> (grid: Grid, catalog: Catalog?, path: String) {
        let (grids, catalog, path) = try read(name)
        let grid = try #require(grids.only)
        #expect(grid.layout == layout)
        #expect(grid.caption == caption)
        return (grid, catalog, path)
    }

    static func rows(_ catalog: Catalog?) -> [[String]] {
        (catalog?.entries ?? []).flatMap { entry in
            entry.variants.map { [entry.code, $0.message, $0.description, $0.status.map(String.init) ?? "-"] }
        }
    }

    // MARK: Bullet lists

    @Test func bulletItemsWithRangesAsNotes() throws {
        let (grid, catalog, path) = try Self.onlyList("render-errors.md", layout: .list, caption: "Errors")
        #expect(grid.location == SourceLocation(path: path, line: 7, column: 3))
        #expect(Self.rows(catalog) == [
            ["RND_1001", "The template was not found.", "", "-"],
            ["RND_1002", "A font of the template is missing.", "", "-"],
            ["RND_1003", "The image is too large.", "Images over 20 MB are refused; scale it down first.", "413"],
        ])
        #expect(catalog?.notes == [
            Note(text: "`1100-1199`\n\nReserved for the billing service."), Note(text: "1200 to 1299\n\nReserved for partners."),
        ])
        #expect(catalog?.entry("RND_1002")?.location == SourceLocation(path: path, line: 8, column: 3))
        #expect(grid.rows[3][3].location == SourceLocation(path: path, line: 13, column: 3))
    }

    @Test func itemShapes() throws {
        let text = """
            ## Error codes

            * `E_ONE` - First.
            * **E_TWO:** Second.
            * __E3__ — Third
              goes on.
            * E4 – Fourth.
            * 4xx: a class.
            * A sentence here, not a code: skipped.
            """
        let grid = try #require(try MarkdownReader.readGrids(text: text, path: "s.md").only)
        #expect(grid.rows.map { $0.map(\.text) } == [
            ["Error Code", "Message", "Description", "HTTP Status Code"],
            ["E_ONE", "First.", "", ""], ["E_TWO", "Second.", "", ""], ["E3", "Third goes on.", "", ""],
            ["E4", "Fourth.", "", ""], ["4xx\n\na class.", "", "", ""],
        ])
        #expect(grid.rows[1][0].markdown == "`E_ONE`")
    }

    @Test func rangeShapes() {
        for range in ["1000-1099", "1000 – 1099", "1000 to 1099", "4xx", "4XX", "50x"] {
            #expect(ErrorList.isRange(range), "\(range)")
        }
        for code in ["E1000", "1000", "4x4", "xx", "1000-", "1000-10a", "A-1"] {
            #expect(!ErrorList.isRange(code), "\(code)")
        }
    }

    @Test func htmlBulletListIsReadByTheSameRules() throws {
        let html = """
            <h2>Errors</h2>
            <ul>
            <li><code>RND_1001</code> — The template was not found.</li>
            <li><strong>RND_1002</strong>: A font is missing.<p>Install the font.</p><p>HTTP Status Code: 424</p></li>
            <li><code>1100-1199</code> - Reserved.</li>
            </ul>
            <h2>Request body</h2>
            <ul><li><code>WidgetName</code> – The name.</li><li><code>WidgetSize</code> – The size.</li></ul>
            """
        let grids = try HTMLReader.readGrids(data: Array(html.utf8), path: "l.html")
        let grid = try #require(grids.only)
        #expect(grid.layout == .list)
        #expect(grid.caption == "Errors")
        let catalog = try CatalogBuilder.build(grids, path: "l.html", options: .init(service: "S"))
        #expect(Self.rows(catalog) == [
            ["RND_1001", "The template was not found.", "", "-"], ["RND_1002", "A font is missing.", "Install the font.", "424"],
        ])
        #expect(catalog.notes == [Note(text: "`1100-1199`\n\nReserved.")])
        #expect(catalog.entry("RND_1002")?.location?.line == 4)
    }

    // MARK: Headings without a status line

    @Test func headingPerErrorUnderAnErrorHeading() throws {
        let (_, catalog, path) = try Self.onlyList("ledger-errors.md", layout: .headings, caption: "Error codes")
        #expect(Self.rows(catalog) == [
            ["account_closed", "The account was closed and takes no new entries.",
             "The account was closed and takes no new entries.\n\nOpen a new account, or reopen this one from the dashboard.", "-"],
            ["amount_too_large", "The amount is over the account's limit.", "", "-"],
            ["currency_mismatch", "The entry's currency is not the account's.", "", "-"],
        ])
        #expect(catalog?.entry("account_closed")?.location == SourceLocation(path: path, line: 7, column: 1))
    }

    @Test func headingsOfOneSeparatedShapeWithoutAnErrorHeading() throws {
        let text = """
            ## Reference

            ### card_declined
            The card was declined.

            ### card_expired
            The card has expired.

            ### card_stolen
            The card was reported stolen.
            """
        let grid = try #require(try MarkdownReader.readGrids(text: text, path: "r.md").only)
        #expect(grid.rows.dropFirst().map { $0[0].text } == ["card_declined", "card_expired", "card_stolen"])
        // Two are not enough, nor three of different shapes.
        let two = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(8).joined(separator: "\n")
        #expect(try MarkdownReader.readGrids(text: two, path: "r.md").isEmpty)
        let mixed = text.replacingOccurrences(of: "### card_stolen", with: "### CardStolen")
        #expect(try MarkdownReader.readGrids(text: mixed, path: "r.md").isEmpty)
    }

    // MARK: Definition lists

    @Test func markdownDefinitionList() throws {
        let (grid, catalog, path) = try Self.onlyList("definition-list.md", layout: .terms, caption: "Errors")
        #expect(Self.rows(catalog) == [
            ["VaultSealed", "The vault is sealed and answers nothing.", "", "503"],
            ["KeyRotationPending", "A key rotation is under way.",
             "A key rotation is under way.\n\nWait for it to finish before writing.", "409"],
            ["TokenExpired", "The token cannot be used any more.", "", "401"],
            ["TokenRevoked", "The token cannot be used any more.", "", "401"],
        ])
        #expect(catalog?.entry("VaultSealed")?.location == SourceLocation(path: path, line: 5, column: 1))
        #expect(grid.rows[1][2].location == SourceLocation(path: path, line: 7, column: 3))
    }

    // MARK: Not error lists

    @Test(arguments: ["parameters.md", "glossary.md"])
    func parameterListsAndGlossariesAreNotErrors(name: String) throws {
        #expect(try Self.read(name).grids.isEmpty)
    }

    // MARK: The recipe's layout

    @Test func tablesLayoutReadsNoList() throws {
        for name in ["render-errors.md", "ledger-errors.md", "definition-list.md"] {
            #expect(try Self.read(name, layout: .tables).grids.isEmpty, "\(name)")
        }
        let html = "<h2>Errors</h2><dl><dt>E1</dt><dd>Gone.</dd><dd>HTTP Status Code: 410</dd></dl>"
        #expect(try HTMLReader.read(data: Array(html.utf8), path: "d.html", errorLayout: .tables).grids.isEmpty)
        #expect(try HTMLReader.read(data: Array(html.utf8), path: "d.html").grids.count == 1)
    }

    @Test func aLayoutTakesItsFormWithoutTheTestsAndNoOther() throws {
        let names = try Self.read("parameters.md", layout: .names)
        #expect(names.grids.map(\.layout) == [.names])
        #expect(names.catalog?.entries.map(\.code) == ["FunctionName", "Qualifier"])
        let headings = try Self.read("parameters.md", layout: .headings)
        #expect(headings.catalog?.entries.map(\.code) == ["page_size", "page_token"])
        let list = try Self.read("parameters.md", layout: .list)
        #expect(list.catalog?.entries.map(\.code) == ["WidgetName", "WidgetSize", "WidgetColor"])
        let terms = try Self.read("glossary.md", layout: .terms)
        #expect(terms.catalog?.entries.map(\.code) == ["Endpoint", "Region"])
        #expect(terms.catalog?.entry("Region")?.variants.only?.message == "A geographic area that holds data centres.")
        // The layout given, other forms are not read.
        #expect(try Self.read("render-errors.md", layout: .terms).grids.isEmpty)
    }

    @Test func recipeLayoutThroughTheFrontDoor() throws {
        let file = try ReaderTestFiles.fixture("Vendors/glossary.md")
        let data = Array(file.text.utf8)
        #expect(throws: Diagnostic.self) { try DocumentReader.read(data: data, path: file.path) }
        let catalog = try DocumentReader.read(data: data, path: file.path, options: .init(recipe: ReadingRecipe(errors: .terms)))
        #expect(catalog.entries.map(\.code) == ["Endpoint", "Region"])
    }

    @Test func layoutReachesThePageReaders() throws {
        let file = try ReaderTestFiles.fixture("Vendors/glossary.md")
        let page = PageInput(data: Array(file.text.utf8), path: file.path, errorLayout: .list)
        let grid = try #require(try MarkdownPageReader.read(page).grids.only)
        #expect(grid.rows.dropFirst().map { $0[0].text } == ["Tenant", "Quota", "Workspace"])
        let html = "<ul><li><code>Tenant</code>: An organisation.</li><li><code>Quota</code>: A limit.</li></ul>"
        let htmlPage = PageInput(data: Array(html.utf8), path: "g.html", errorLayout: .list)
        #expect(try HTMLPageReader.read(htmlPage).grids.first?.rows.count == 3)
        #expect(try HTMLPageReader.read(PageInput(data: Array(html.utf8), path: "g.html")).grids.isEmpty)
    }
}
