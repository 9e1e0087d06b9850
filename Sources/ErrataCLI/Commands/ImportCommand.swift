import ArgumentParser
import ErrataSync
import ErrataModel

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Create or update a spec from a documentation page.",
        discussion: """
            Reads the page's error table (any format `dump` reads) and writes the spec. An existing \
            spec is updated: codes, modules, messages, descriptions, solutions, statuses and notes \
            come from the page; the service name, source URL, reading recipe, swiftName, deprecated, \
            retryable, remarks and translations are kept. The page is read as the spec's recipe \
            (reading:) says; --page-format, --table, --table-header, --column and --errors amend \
            the recipe, and the spec records them, so every later import, dump --spec, diff and \
            check --upstream reads the page the same way (docs/spec-format.md, "Reading the page"). The error body format is inferred from the page's sample response (a \
            JSON or XML code block holding one of its codes) and reported; a spec's hand-edited \
            errorBody is kept. Prints the codes added, removed and changed. \
            With --locale TAG, the page is the same table in another language, and only the spec's \
            TAG translations change: each page code the spec has gives its rows' descriptions and \
            solutions (rows paired by wire message, then HTTP status, then position), its module's \
            name and the notes theirs; a text equal to the spec's own is no translation. Codes only \
            on the page or only in the spec, and rows whose wire message differs, are reported as \
            warnings; codes, messages and statuses never change. The locale is added to the spec's \
            locales with the page (or --source) as its source. \
            The spec is written atomically, and not at all when nothing changed.
            """
    )

    @Argument(help: ArgumentHelp(
        "The documentation page: a file, or an http/https URL (default: the source the existing spec names; with --locale, the locale's source).",
        valueName: "input"))
    var input: String?

    @Option(help: ArgumentHelp("The spec to create or update.", valueName: "file"))
    var spec: String

    @Option(help: ArgumentHelp(
        "The page's language, a BCP 47 tag (e.g. zh-Hans): add its texts to the existing spec as translations into that language.",
        valueName: "tag"))
    var locale: String?

    @Flag(help: "Also say which tables were read and why, and each column's role and why (header, content or recipe).")
    var explain = false

    @OptionGroup var read: ReadOptions
    @OptionGroup var fetch: FetchOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        guard !OptionChecks.deferred else { return }
        guard let locale else { return }
        try LocaleArgument.validate(locale)
        if read.service != nil {
            throw ValidationError(
                "--service names the service of a new spec; import --locale adds translations to an existing spec, which keeps its service name: drop --service")
        }
    }

    func run() throws {
        if let locale {
            try importTranslations(locale)
            return
        }
        let result = try ImportJob.run(
            input: input, spec: spec, options: read.documentOptions, fetch: fetch.fetchOptions, explain: explain,
            review: diagnostics.report)
        let diff = result.diff
        var lines = diff.added.compactMap(\.code).map { "added: \($0)" } + diff.removed.compactMap(\.code).map { "removed: \($0)" }
        lines += diff.changedCodes.map { "changed: \($0) (\(diff.changedFields(of: $0).joined(separator: ", ")))" }
        if !diff.notes.isEmpty { lines.append("notes: \(diff.notes.count) changed") }
        let verb = result.created ? "created" : (result.write.changedNothing ? "unchanged" : "updated")
        lines.append("\(verb) \(spec): \(diff.added.count) added, \(diff.removed.count) removed, \(diff.changedCodes.count) changed")
        Terminal.out(lines.joined(separator: "\n"))
        if let warning = PluginTargetCheck.warning(forSpec: spec) {
            Terminal.report([warning], format: diagnostics.format ?? .text)
        }
    }

    private func importTranslations(_ locale: String) throws {
        let result = try LocaleImportJob.run(
            input: input, spec: spec, locale: locale, options: read.documentOptions, fetch: fetch.fetchOptions,
            review: diagnostics.report)
        let merge = result.merge
        var lines: [String] = []
        if merge.localeChanged, let declared = merge.catalog.locales.first(where: { $0.tag == locale }) {
            lines.append("locale: \(locale) (source: \(declared.source ?? "none"))")
        }
        lines += merge.translatedCodes.map { "translated: \($0.code) (\($0.fields.joined(separator: ", ")))" }
        lines += merge.translatedModules.map { "translated module: \($0)" }
        if merge.translatedNotes > 0 { lines.append("notes: \(merge.translatedNotes) translated") }
        let verb = result.write.changedNothing ? "unchanged" : "updated"
        lines.append(
            "\(verb) \(spec) (\(locale)): \(count(merge.matched.count, "code")) matched, \(merge.onlyOnPage.count) only on the page, "
                + "\(merge.onlyInSpec.count) only in the spec, \(count(merge.messageDifferences.count, "row")) with another wire message; "
                + "translations changed: \(count(merge.translatedCodes.count, "code")), \(count(merge.translatedModules.count, "module")), "
                + count(merge.translatedNotes, "note"))
        Terminal.out(lines.joined(separator: "\n"))
    }

    /// `1 code`, `2 codes`.
    private func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
