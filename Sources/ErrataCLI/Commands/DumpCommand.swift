import ArgumentParser
import ErrataSync
import ErrataModel
import ErrataReaders
import ErrataSpec

struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print the catalog read from a spec or documentation page as JSON (docs/catalog-json.md).",
        discussion: """
            Page formats (--page-format): html (pages and fragments), text (the page's text \
            rendering), markdown (Markdown and MDX: pipe tables and raw HTML tables), rst (grid and \
            list tables), asciidoc (|=== tables, definition lists, a section per error); a spec \
            (YAML) is read as it is. Every error table of a page is read, and error lists without \
            a table (see docs/readers.md). Which tables were read, and anything \
            suspicious, is reported on standard error; --explain also says why each table and each \
            column's role was chosen. With --spec, the page is read as the spec's recipe \
            (reading:) says, and INPUT defaults to the spec's source.
            """
    )

    @Argument(help: ArgumentHelp("A spec (.yaml) or a documentation page (default with --spec: the spec's source).", valueName: "input"))
    var input: String?

    @Option(help: ArgumentHelp("Read the page as this spec's recipe says (its reading: key), as import, diff and check --upstream do.", valueName: "file"))
    var spec: String?

    @Flag(help: "Also say which tables were read and why, and each column's role and why (header, content or recipe).")
    var explain = false

    @OptionGroup var read: ReadOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        guard !OptionChecks.deferred else { return }
        if read.page.format == .spec, read.source != nil {
            throw ValidationError("--source records a documentation page's URL, and a spec (--page-format spec) records its own: drop --source")
        }
        if input == nil, spec == nil {
            throw ValidationError("Missing expected argument '<input>': give a spec or a page, or --spec FILE to read the page the spec's source names")
        }
    }

    func run() throws {
        var options = read.documentOptions
        var input = self.input
        if let spec {
            let catalog = try CatalogStage().spec(at: spec).catalog
            options = options.forPage(of: catalog)
            input = try input ?? UpstreamCheckJob.source(of: catalog, path: spec)
        }
        guard let input else { return }
        let page = try UpstreamPage.readPage(input, options: options)
        try diagnostics.report((explain ? page.reading.explanation : page.reading.tableNotes) + page.validated.warnings)
        Terminal.out(try CatalogJSON.encode(page.validated.catalog))
    }
}
