import ErrataModel
import ErrataSpec
import ErrataTestSupport
import Foundation
import Testing

/// The reading recipe end to end: `import` with options records it in the spec, and every later
/// `import`, `dump --spec`, `diff` and `check --upstream` reads the page the same way with no
/// option; a recipe the page no longer fits is an error at the recipe, exit 2.
///
/// The page (`Tests/Fixtures/Readers/Recipe/acme-queue-createqueue.md`) is an API reference page
/// of an invented service: two parameter tables, then two error tables whose headers errata does
/// not know (`Fault`, `Wording`, `Remark`, `Owner`). errata's own guess reads both error tables,
/// `Remark` as the description and `Owner` kept as a column; the recipe makes `Remark` the
/// solution and leaves `Owner` out.
@Suite struct RecipeCLITests {
    static let page = ErrataCLI.repoRoot.appendingPathComponent("Tests/Fixtures/Readers/Recipe/acme-queue-createqueue.md")

    /// A workspace with the page as `page.md`.
    func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try FileManager.default.copyItem(at: Self.page, to: workspace.url("page.md"))
        return workspace
    }

    func catalog(_ json: String) throws -> Catalog {
        try JSONDecoder().decode(Catalog.self, from: Data(json.utf8))
    }

    func edit(_ workspace: Workspace, _ file: String, _ change: (String) -> String) throws {
        let url = workspace.url(file)
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
    }

    static let options = [
        "--table", "Error codes", "--table", "Throttling errors", "--column", "Remark=solution", "--column", "Owner=ignore",
    ]

    /// One import with options; then nothing needs to be said again.
    @Test func importRecordsTheRecipeAndEveryLaterCommandAppliesIt() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let first = try workspace.run(["import", "page.md", "--spec", "queue.yaml"] + Self.options)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("created queue.yaml: 5 added"), "\(first.stdout)")
        let spec = try CatalogStage().spec(at: workspace.url("queue.yaml").path).catalog
        #expect(spec.reading == ReadingRecipe(
            tables: [.init(.caption("Error codes")), .init(.caption("Throttling errors"))],
            columns: [.init(.header("Remark"), role: .solution), .init(.header("Owner"), role: .ignore)]))
        #expect(spec.entries.map(\.code) == [
            "InvalidQueueName.Malformed", "QueueNotFound", "QueueAlreadyExists", "Throttling.User", "ServiceUnavailable",
        ])
        let throttled = try #require(spec.entry("Throttling.User")?.variants.first)
        #expect(throttled.statuses == [429])
        #expect(throttled.solution == "Wait a second, then retry.")
        #expect(throttled.columns.isEmpty)
        let text = try String(contentsOf: workspace.url("queue.yaml"), encoding: .utf8)
        #expect(text.contains("reading:\n  tables:\n  - {caption: Error codes}\n  - {caption: Throttling errors}\n  columns:\n  - {header: Remark, role: solution}\n  - {header: Owner, role: ignore}\n"))

        let again = try workspace.run("import", "page.md", "--spec", "queue.yaml")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("unchanged queue.yaml: 0 added, 0 removed, 0 changed"), "\(again.stdout)")

        let byRecipe = try workspace.run("dump", "--spec", "queue.yaml")
        #expect(byRecipe.status == 0, "\(byRecipe.stderr)")
        let byOptions = try workspace.run(["dump", "page.md"] + Self.options)
        #expect(try catalog(byRecipe.stdout).entries == catalog(byOptions.stdout).entries)
        let guessed = try workspace.run("dump", "page.md")
        #expect(try catalog(guessed.stdout).entries != catalog(byRecipe.stdout).entries, "the page needs its recipe")

        let diff = try workspace.run("diff", "queue.yaml")
        #expect(diff.status == 0, "\(diff.stdout)\(diff.stderr)")
        let upstream = try workspace.run("check", "--upstream", "--spec", "queue.yaml")
        #expect(upstream.status == 0, "\(upstream.stdout)\(upstream.stderr)")
        #expect(upstream.stdout.contains("in sync: queue.yaml matches page.md"))
    }

    /// Options given to a later command amend the recipe for that run only.
    @Test func optionsAmendTheRecipeForOneRun() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["import", "page.md", "--spec", "queue.yaml"] + Self.options).status == 0)
        let one = try workspace.run("dump", "--spec", "queue.yaml", "--table", "Error codes")
        #expect(try catalog(one.stdout).entries.count == 3, "\(one.stderr)")
        let spec = try CatalogStage().spec(at: workspace.url("queue.yaml").path).catalog
        #expect(spec.reading.tables.count == 2)
    }

    /// A column by position, and tables by a header cell.
    @Test func positionsAndHeaderSelectors() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let result = try workspace.run("import", "page.md", "--spec", "queue.yaml", "--table-header", "Fault", "--column", "5=ignore")
        #expect(result.status == 0, "\(result.stderr)")
        let spec = try CatalogStage().spec(at: workspace.url("queue.yaml").path).catalog
        #expect(spec.reading == ReadingRecipe(tables: [.init(.header("Fault"))], columns: [.init(.position(5), role: .ignore)]))
        #expect(spec.entries.count == 5)
        #expect(spec.entries.allSatisfy { $0.variants.allSatisfy { $0.columns.isEmpty } })
        #expect(try workspace.run("check", "--upstream", "--spec", "queue.yaml").status == 0)
    }

    /// What the recipe names is gone from the page: exit 2 at the recipe's line, naming it.
    @Test(arguments: [
        ("## Throttling errors", "## Rate limits", "Throttling errors"),
        ("| HttpCode | Fault | Wording | Remark | Owner |", "| HttpCode | Fault | Wording | Notes | Owner |", "Remark"),
    ])
    func aRecipeThatNoLongerFitsIsAnError(old: String, new: String, missing: String) throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["import", "page.md", "--spec", "queue.yaml"] + Self.options).status == 0)
        try edit(workspace, "page.md") { $0.replacingOccurrences(of: old, with: new) }
        let before = try String(contentsOf: workspace.url("queue.yaml"), encoding: .utf8)
        for command in [["check", "--upstream", "--spec", "queue.yaml"], ["import", "page.md", "--spec", "queue.yaml"], ["diff", "queue.yaml"], ["dump", "--spec", "queue.yaml"]] {
            let result = try workspace.run(command)
            #expect(result.status == 2, "\(command): \(result.stdout)\(result.stderr)")
            #expect(result.stderr.contains("queue.yaml:"), "\(command): \(result.stderr)")
            #expect(result.stderr.contains(missing), "\(command): \(result.stderr)")
        }
        #expect(try String(contentsOf: workspace.url("queue.yaml"), encoding: .utf8) == before)
    }

    /// The page's format, for a page whose name does not say it.
    @Test func theFormatIsRemembered() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try FileManager.default.moveItem(at: workspace.url("page.md"), to: workspace.url("page.txt"))
        let guessed = try workspace.run(["import", "page.txt", "--spec", "queue.yaml"] + Self.options)
        #expect(guessed.status == 2, "a .txt file is the text rendering unless told")
        let told = try workspace.run(["import", "page.txt", "--spec", "queue.yaml", "--page-format", "markdown"] + Self.options)
        #expect(told.status == 0, "\(told.stderr)")
        #expect(try CatalogStage().spec(at: workspace.url("queue.yaml").path).catalog.reading.format == .markdown)
        #expect(try workspace.run("check", "--upstream", "--spec", "queue.yaml").status == 0)
        #expect(try workspace.run("import", "--spec", "queue.yaml").stdout.contains("unchanged"))
    }

    /// `errors: tables` leaves a page's error list out; `errors: names` reads only the list.
    @Test func theErrorLayoutPicksTablesOrLists() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let page = """
            # Errors

            | Error Code | Message |
            |---|---|
            | Q.0001 | The queue is full. |

            ## Common errors

            **AccessDenied**

            You are not allowed to do this.

            HTTP Status Code: 403

            **Throttled**

            Too many requests.

            HTTP Status Code: 429

            """
        try page.write(to: workspace.url("mixed.md"), atomically: true, encoding: .utf8)
        let all = try workspace.run("dump", "mixed.md")
        #expect(try catalog(all.stdout).entries.map(\.code) == ["Q.0001", "AccessDenied", "Throttled"], "\(all.stderr)")
        #expect(try workspace.run("import", "mixed.md", "--spec", "t.yaml", "--errors", "tables").status == 0)
        #expect(try CatalogStage().spec(at: workspace.url("t.yaml").path).catalog.entries.map(\.code) == ["Q.0001"])
        #expect(try workspace.run("import", "mixed.md", "--spec", "n.yaml", "--errors", "names").status == 0)
        #expect(try CatalogStage().spec(at: workspace.url("n.yaml").path).catalog.entries.map(\.code) == ["AccessDenied", "Throttled"])
        #expect(try workspace.run("check", "--upstream", "--spec", "n.yaml").status == 0)
    }

    /// `--explain` lists each table read and each column's role with its reason.
    @Test func explainSaysWhy() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let result = try workspace.run(["dump", "page.md", "--explain"] + Self.options)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("note: read table 2 (\u{201C}Error codes\u{201D}): 3 codes"), "\(result.stderr)")
        #expect(result.stderr.contains("column 4 \"Remark\": solution (the recipe's column \"Remark\" is the solution)"), "\(result.stderr)")
        #expect(result.stderr.contains("column 1 \"HttpCode\": status (header \"HttpCode\")"), "\(result.stderr)")
        #expect(result.stderr.contains("column 5 \"Owner\": ignored (the recipe's column \"Owner\" is ignored)"), "\(result.stderr)")
        #expect(result.stderr.contains("column 2 \"Fault\": code (3 of 3 cells are distinct code-shaped identifiers)"), "\(result.stderr)")
    }
}
