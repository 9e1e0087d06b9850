import ArgumentParser
import Errata
import ErrataModel
import ErrataReaders

struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print the catalog read from a spec or documentation page as JSON (docs/catalog-json.md).",
        discussion: """
            Formats: spec (YAML), html (pages, fragments, and Markdown files wrapping HTML tables), \
            text (the page's text rendering), markdown (pipe tables), rst (grid and list tables), \
            asciidoc (|=== tables, definition lists, a section per error). \
            Every error table of a page is read, and error lists without a table (a name, its \
            description and an "HTTP Status Code: N" line per error; see docs/readers.md). Which \
            tables were read, and anything suspicious, is reported on standard error.
            """
    )

    @Argument(help: ArgumentHelp("A spec (.yaml) or a documentation page.", valueName: "input"))
    var input: String

    @OptionGroup var read: ReadOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if read.format == .spec, read.source != nil {
            throw ValidationError("--source records a documentation page's URL, and a spec (--format spec) records its own: drop --source")
        }
    }

    func run() throws {
        let page = try DocumentReader.readPage(contentsOf: input, options: read.documentOptions)
        try diagnostics.report(page.tableNotes + page.warnings)
        Terminal.out(try CatalogJSON.encode(page.catalog))
    }
}
