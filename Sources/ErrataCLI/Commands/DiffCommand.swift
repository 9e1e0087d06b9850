import ArgumentParser
import ErrataSync
import ErrataReaders
import ErrataRenderers

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of an error table; every change is tagged with a rule and a severity.",
        discussion: """
            OLD and NEW are specs or documentation pages in any format `dump` reads (formats may \
            differ; each is detected from its name and contents), or http(s) URLs; without NEW, OLD \
            is a spec compared with the page its source names. A page compared with a spec is read \
            as the spec's recipe (reading:) says; the page options amend it. Codes are matched \
            by their text, the rows of a code by exact message, then HTTP status, then position. \
            Rules and severities: docs/diff-rules.md; with --style enum a new code is breaking (a new \
            case breaks exhaustive switches). \
            With --locale TAG, OLD is a spec with that locale, compared as TAG's page shows it (its \
            TAG translations in place of its texts, where it has them; other columns left out) \
            with NEW, that page (default: the locale's source in the spec). \
            Exit status: 0 no differences, 1 differences (with --fail-on breaking: breaking ones), 2 error.
            """
    )

    @Argument(help: ArgumentHelp("The old version.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp(
        "The new version (default, when OLD is a spec: the page its 'source' names; with --locale, the locale's source).", valueName: "new"))
    var new: String?

    @Option(name: .customLong("report-format"), help: ArgumentHelp("How the report is printed.", valueName: "format"))
    var format: DiffFormat = .text

    @Option(help: ArgumentHelp("Which differences make the exit status 1.", valueName: "severity"))
    var failOn: DiffThreshold = .any

    @OptionGroup var page: PageOptions

    @Option(help: ArgumentHelp("The Swift style of the generated library, which grades new codes: struct (default; a new code is an addition) or enum (breaking).", valueName: "style"))
    var style: SwiftStyle = .struct

    @Option(help: ArgumentHelp("Compare the spec OLD's translation into this language (a BCP 47 tag such as zh-Hans) with that language's page.", valueName: "tag"))
    var locale: String?

    @OptionGroup var fetch: FetchOptions

    func validate() throws {
        guard !OptionChecks.deferred else { return }
        if let locale { try LocaleArgument.validate(locale) }
    }

    func run() throws {
        let result = try DiffJob.run(
            old: old, new: new, options: page.documentOptions, fetch: fetch.fetchOptions, style: style,
            locale: locale)
        let changes = result.changes
        switch format {
        case .text: Terminal.out(changes.textReport)
        case .json: Terminal.out(try changes.jsonReport())
        case .github:
            let lines = changes.gitHubAnnotations(prefer: .new, fallbackPath: result.new).map(\.description)
            Terminal.out((lines + [changes.isEmpty ? "no differences" : changes.summaryLine]).joined(separator: "\n"))
        }
        if changes.fails(on: failOn) { throw ExitCode(1) }
    }
}
