import ArgumentParser
import ErrataSync
import ErrataGenerator

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate the Swift library, Markdown docs and JSON fixtures from the spec(s).",
        discussion: """
            Reads errata.yml in the working directory (or --config), or a single --spec with --output. \
            Everything is rendered in memory first; then each changed file is written atomically, \
            unchanged files are left alone (their modification time too), and files in the output \
            folders that errata no longer generates are removed.
            """
    )

    @OptionGroup var catalogs: CatalogOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        guard !OptionChecks.deferred else { return }
        try catalogs.validate(for: .generation)
    }

    func run() throws {
        let config = try catalogs.load()
        let result = try GenerateJob.run(config, review: { try diagnostics.report($0, allowing: config.allowWarnings) })
        Terminal.out(result.write.summary)
    }
}
