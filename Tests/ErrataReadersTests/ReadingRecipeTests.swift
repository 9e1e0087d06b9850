import ErrataModel
@testable import ErrataReaders
import Testing

/// The spec's reading recipe applied by the catalog builder: which tables, which column has which
/// role, which error layout; and a recipe that no longer fits the page is an error naming what
/// is missing and what there is.
@Suite struct ReadingRecipeTests {
    private let at = SourceLocation(path: "spec.yaml", line: 7, column: 5)

    private func grid(_ caption: String?, _ rows: [[String]], layout: ReadingRecipe.ErrorLayout = .tables) -> Grid {
        Grid(rows: rows.map { $0.map { Cell(text: $0) } }, headerRowCount: 1, caption: caption,
             location: SourceLocation(path: "p", line: 1), layout: layout)
    }

    /// An API page: two parameter tables, then the errors; and a second error table.
    private var page: [Grid] {
        [
            grid("Request parameters", [["Parameter", "Type", "Description"], ["PoolName", "String", "The pool."]]),
            grid("Response", [["Parameter", "Type", "Description"], ["RequestId", "String", "The request."]]),
            grid("Errors", [
                ["HttpCode", "Error code", "Error message", "Owner", "Note"],
                ["400", "Pool.Invalid", "The pool is invalid.", "Pools", "Rare."],
                ["404", "Pool.Missing", "The pool does not exist.", "Pools", "Common."],
            ]),
            grid("Table 4 Gateway errors", [["Error Code", "Error Message"], ["GW.1", "Gateway busy."]]),
        ]
    }

    private func built(_ recipe: ReadingRecipe, grids: [Grid]? = nil, tables: [Int] = []) throws -> CatalogBuilder.Built {
        try CatalogBuilder.buildWithTables(grids ?? page, path: "p", options: .init(service: "S", tableIndices: tables, recipe: recipe))
    }

    private func failure(_ recipe: ReadingRecipe, grids: [Grid]? = nil) -> Diagnostic? {
        #expect(throws: Diagnostic.self) { _ = try built(recipe, grids: grids) }
        do { _ = try built(recipe, grids: grids) } catch let diagnostic as Diagnostic { return diagnostic } catch {}
        return nil
    }

    @Test func withoutARecipeEveryErrorTableIsRead() throws {
        #expect(try built(ReadingRecipe()).tables.map(\.index) == [2, 3])
    }

    @Test(arguments: [
        (ReadingRecipe.TableSelector.Kind.index(3), [3]),
        (.caption("Gateway errors"), [3]),
        (.caption("gateway-errors"), [3]),
        (.caption("TABLE 4 GATEWAY ERRORS"), [3]),
        (.caption("errors"), [2, 3]),
        (.header("Error_Code"), [2, 3]),
        (.header("http code"), [2]),
    ])
    func tablesSelected(kind: ReadingRecipe.TableSelector.Kind, read: [Int]) throws {
        #expect(try built(ReadingRecipe(tables: [.init(kind)])).tables.map(\.index) == read)
    }

    /// `--table N` and the recipe's tables select together.
    @Test func tableOptionMergesWithTheRecipe() throws {
        let recipe = ReadingRecipe(tables: [.init(.caption("Gateway errors"))])
        #expect(try built(recipe, tables: [2]).tables.map(\.index) == [2, 3])
        #expect(try built(ReadingRecipe(), tables: [3]).tables.map(\.index) == [3])
    }

    @Test func selectorsThatFindNoTable() {
        let tables = "its tables are: 0 \"Request parameters\", 1 \"Response\", 2 \"Errors\", 3 \"Table 4 Gateway errors\""
        let caption = failure(ReadingRecipe(tables: [.init(.caption("Error codes"), location: at)]))
        #expect(caption?.message == "the recipe's table \"Error codes\" is not on the page; \(tables)")
        #expect(caption?.location == at)
        let index = failure(ReadingRecipe(tables: [.init(.index(9))], location: SourceLocation(path: "spec.yaml", line: 3)))
        #expect(index?.message == "the recipe's table 9 is not on the page; \(tables)")
        // A selector without a location of its own: the error is at the page.
        #expect(index?.location == SourceLocation(path: "p"))
        let header = failure(ReadingRecipe(tables: [.init(.header("Reason"))]))
        #expect(header?.message == "the recipe's table with the header \"Reason\" is not on the page; \(tables)")
        #expect(header?.location == SourceLocation(path: "p"))
        // A table selected that has no code column.
        let parameters = failure(ReadingRecipe(tables: [.init(.index(0))]))
        #expect(parameters?.message == "table 0 has no error-code column; its header is: [Parameter, Type, Description]")
    }

    @Test(arguments: [
        (ReadingRecipe.Role.code, 4), (.message, 4), (.description, 4), (.solution, 4), (.status, 4), (.module, 4),
    ])
    func columnByHeaderGetsEachRole(role: ReadingRecipe.Role, position: Int) throws {
        let recipe = ReadingRecipe(tables: [.init(.index(2))], columns: [.init(.header("Owner"), role: role)])
        let result = try built(recipe)
        let read = try #require(result.tables.first?.columns[position - 1])
        #expect(read.role == role)
        #expect(read.reason == .recipe)
        #expect(read.detail == "the recipe's column \"Owner\" is the \(role.rawValue)")
        let variant = try #require(result.catalog.entries.first?.variants.first)
        switch role {
        case .code: #expect(result.catalog.entries.map(\.code) == ["Pools"])
        case .message: #expect(variant.message == "Pools")
        case .description: #expect(variant.description == "Pools")
        case .solution: #expect(variant.solution == "Pools")
        case .status: #expect(variant.statuses == [])
        case .module: #expect(result.catalog.entries.first?.module == "Pools")
        case .ignore: break
        }
    }

    /// A rule's role taken from the column that had it; `ignore` drops a column, not even kept.
    @Test func columnsByPositionOverrideAndIgnore() throws {
        let recipe = ReadingRecipe(tables: [.init(.index(2))], columns: [
            .init(.position(5), role: .message), .init(.position(4), role: .ignore),
        ])
        let result = try built(recipe)
        #expect(result.catalog.entry("Pool.Invalid")?.variants == [Variant(
            message: "Rare.", statuses: [400], columns: [Column(name: "Error message", value: "The pool is invalid.")])])
        let columns = try #require(result.tables.first?.columns)
        #expect(columns.map(\.role) == [.status, .code, nil, nil, .message])
        #expect(columns.map(\.reason) == [.header, .header, .kept, .recipe, .recipe])
        #expect(columns[3].detail == "the recipe's column 4 is ignored")
        #expect(!result.warnings.contains { $0.message.contains("Owner") })
    }

    /// A code column the recipe names on a page whose headers name none.
    @Test func codeColumnNamedByTheRecipe() throws {
        let grids = [grid(nil, [["Key", "Words"], ["alpha", "First."], ["beta", "Second."]])]
        #expect(throws: Diagnostic.self) { _ = try built(ReadingRecipe(), grids: grids) }
        let result = try built(ReadingRecipe(columns: [.init(.header("key"), role: .code)]), grids: grids)
        #expect(result.catalog.entries.map(\.code) == ["alpha", "beta"])
        #expect(result.catalog.entry("beta")?.variants.first?.message == "Second.")
    }

    @Test func columnsThatFitNoTable() {
        let missing = failure(ReadingRecipe(tables: [.init(.index(3))], columns: [.init(.header("HttpCode"), role: .status, location: at)]))
        #expect(missing?.message == "the recipe's column \"HttpCode\" is in no table read; their headers are: [Error Code, Error Message]")
        #expect(missing?.location == at)
        let past = failure(ReadingRecipe(tables: [.init(.index(2))], columns: [.init(.position(7), role: .solution)]))
        #expect(past?.message == "the recipe's column 7 is past the table's 5 columns")
        let pastOne = failure(ReadingRecipe(columns: [.init(.position(3), role: .solution)]))
        #expect(pastOne?.message == "the recipe's column 3 is past table 3's 2 columns")
    }

    @Test func errorLayoutPicksGridsOfThatLayout() throws {
        let list = grid("Errors", [["Error Code", "Description", "HTTP Status Code"], ["ThrottlingException", "Slow down.", "429"]], layout: .names)
        let grids = page + [list]
        #expect(try built(ReadingRecipe(), grids: grids).tables.map(\.index) == [2, 3, 4])
        #expect(try built(ReadingRecipe(errors: .names), grids: grids).tables.map(\.index) == [4])
        #expect(try built(ReadingRecipe(errors: .tables), grids: grids).tables.map(\.index) == [2, 3])
        let absent = failure(ReadingRecipe(errors: .headings, location: at), grids: grids)
        #expect(absent?.message.hasPrefix("the recipe's errors written as headings are not on the page; its tables are: 0 \"Request parameters\"") == true)
        #expect(absent?.location == at)
        let mismatch = failure(ReadingRecipe(tables: [.init(.index(4))], errors: .tables), grids: grids)
        #expect(mismatch?.message == "the recipe reads errors written as tables, but its table 4 \"Errors\" is written as names")
    }
}
