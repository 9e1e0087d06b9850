import ArgumentParser
import ErrataSync
import ErrataRenderers
import ErrataGenerator
import ErrataModel

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that the generated files match the spec(s), or with --upstream that the spec matches its page; exit 1 on drift.",
        discussion: """
            Regenerates everything in memory and compares it byte for byte with the files on disk. \
            Reports missing, changed (with a unified diff) and orphaned files. Writes nothing. \
            With --upstream PAGE (a file or an http(s) URL; --upstream alone: the spec's source), \
            compares instead the spec (--spec FILE, \
            or the only catalog of errata.yml) with the documentation page, as `errata diff` does, \
            on what a page can give: codes, modules, messages, descriptions, solutions, statuses \
            and notes, graded for the catalog's swift.style (with --spec: --style); the page is read as the spec's recipe (reading:) says, amended by the page options. With --locale TAG, \
            compares the spec's TAG translation (its TAG texts where it has them, its own elsewhere; \
            other columns left out) with the TAG page (--upstream alone: the locale's source). \
            Exit status: 0 in sync, 1 drift, 2 error.
            """
    )

    @OptionGroup var catalogs: CatalogOptions

    @Flag(name: .long, help: "Only list the files that differ; no diffs.")
    var quiet = false

    @Option(help: ArgumentHelp("Compare the spec with this documentation page (a file or an http/https URL).", valueName: "page"))
    var upstream: String?

    /// Nil unless given: it goes with --upstream alone.
    @Option(help: ArgumentHelp("With --upstream: which differences are drift (default: any).", valueName: "severity"))
    var failOn: DiffThreshold?

    @Option(name: .customLong("report-format"), help: ArgumentHelp("How the report is printed.", valueName: "format"))
    var format: CheckFormat = .text

    @OptionGroup(title: "With --upstream: how the page is read (default: the spec's recipe)")
    var page: PageOptions

    /// Nil unless given: it goes with --upstream alone.
    @Option(help: ArgumentHelp("With --upstream: compare the spec's translation into this language (a BCP 47 tag such as zh-Hans) with that language's page.", valueName: "tag"))
    var locale: String?

    @OptionGroup var fetch: FetchOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    /// Refuses what the chosen check does not use, saying what to do instead.
    func validate() throws {
        guard !OptionChecks.deferred else { return }
        guard upstream != nil else {
            try catalogs.validate(for: .generation)
            if failOn != nil {
                throw ValidationError(
                    "--fail-on grades the differences from the documentation page and goes with --upstream; without it, check fails on any drift of the generated files: drop --fail-on")
            }
            if fetch.timeout != nil {
                throw ValidationError("--timeout goes with --upstream, the only page check fetches: drop --timeout")
            }
            if page.format != nil || page.namesTablesOrColumns {
                throw ValidationError(
                    "--page-format, --table, --table-header, --column and --errors say how check --upstream reads the page; without --upstream no page is read: drop them, or add --upstream")
            }
            if locale != nil {
                throw ValidationError(
                    "--locale goes with --upstream (the spec's translation compared with that language's page); the generated files have no translations to check: drop --locale, or add --upstream")
            }
            if quiet, format == .github {
                throw ValidationError("--quiet shortens the text report; --report-format github prints one annotation per file: drop --quiet")
            }
            return
        }
        try catalogs.validate(for: .upstream)
        if let locale { try LocaleArgument.validate(locale) }
        if quiet {
            throw ValidationError("check --upstream prints how the spec differs from its page, not a list of files: drop --quiet")
        }
        if diagnostics.isGiven {
            throw ValidationError(
                "check --upstream reports no warnings, so --strict, --allow-warning and --diagnostics change nothing: drop them (errata dump PAGE --strict reports a page's warnings)")
        }
    }

    func run() throws {
        if let upstream {
            try checkUpstream(upstream)
            return
        }
        let config = try catalogs.load()
        let result = try CheckJob.run(config)
        var diagnostics = diagnostics
        if format == .github, diagnostics.format == nil { diagnostics.format = .github }
        try diagnostics.report(result.warnings, allowing: config.allowWarnings)
        let report = result.drift
        if report.isInSync {
            Terminal.out(report.summary)
            return
        }
        switch format {
        case .text: Terminal.out(quiet ? report.summary : report.fullReport)
        case .github: Terminal.out((report.gitHubAnnotations.map(\.description) + [report.summary.split(separator: "\n").last.map(String.init) ?? ""]).joined(separator: "\n"))
        }
        throw ExitCode(1)
    }

    private func checkUpstream(_ given: String) throws {
        // The spec, and the Swift style that grades new codes: --spec with --style, or errata.yml's catalog.
        let spec: String
        let style: SwiftStyle
        if let given = catalogs.spec {
            (spec, style) = (given, catalogs.style ?? .struct)
        } else {
            let config = try catalogs.load()
            (spec, style) = (try UpstreamCheckJob.spec(of: config), UpstreamCheckJob.style(of: config))
        }
        let result = try UpstreamCheckJob.run(
            spec: spec, upstream: given == UpstreamArgument.specSource ? nil : given, options: page.documentOptions,
            fetch: fetch.fetchOptions, style: style, locale: locale)
        let (changes, upstream) = (result.changes, result.upstream)
        let subject = locale.map { "\(spec) (\($0))" } ?? spec
        if changes.isEmpty {
            Terminal.out("in sync: \(subject) matches \(upstream)")
            return
        }
        switch format {
        case .text:
            let fix = locale.map {
                "run `\(CommandHint.errata("import \(upstream) --spec \(spec) --locale \($0)", writes: true))` to update the spec's \($0) texts (its codes, messages and statuses come from its own page)"
            } ?? "run `\(CommandHint.errata("import \(upstream) --spec \(spec)", writes: true))` to update the spec"
            Terminal.out("\(subject) differs from \(upstream):\n" + changes.textReport + fix)
        case .github:
            Terminal.out((changes.gitHubAnnotations(prefer: .old, fallbackPath: spec).map(\.description) + [changes.summaryLine]).joined(separator: "\n"))
        }
        if changes.fails(on: failOn ?? .any) { throw ExitCode(1) }
    }
}
