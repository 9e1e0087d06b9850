import ArgumentParser
import ErrataSync
import ErrataModel

struct StringsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring the translations of a String Catalog (.xcstrings) into the spec.",
        discussion: """
            Every localization marked translated, of every language in the catalog but its source \
            language, is written into the spec; a language the spec does not list is added to its \
            locales. Left out: needs_review and untranslated strings, and (with a warning) a \
            translation of a text the spec has changed since. Refused, with the line and column in \
            the catalog: a key that names no text of the spec (export again), a source language \
            other than the spec's, malformed JSON. The spec's texts, messages and codes never \
            change; it is written atomically, and not at all when no translation changed.
            """
    )

    @Argument(help: ArgumentHelp("The translated String Catalog.", valueName: "file.xcstrings"))
    var strings: String

    @Option(help: ArgumentHelp("The spec to write the translations into.", valueName: "file"))
    var spec: String

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        guard !OptionChecks.deferred else { return }
        if !strings.hasSuffix(".xcstrings") {
            throw ValidationError(
                "strings import reads a String Catalog, a file ending in .xcstrings; \(strings) is not one (the spec goes with --spec)")
        }
    }

    func run() throws {
        let result = try StringsImportJob.run(strings: strings, spec: spec, review: diagnostics.report)
        var lines = result.locales.map { locale in
            var line = "\(locale.tag): \(locale.added) added, \(locale.changed) changed, \(locale.unchanged) unchanged"
            var left: [String] = []
            if locale.needsReview > 0 { left.append("\(locale.needsReview) needs review") }
            if locale.untranslated > 0 { left.append("\(locale.untranslated) not translated") }
            if locale.skipped > 0 { left.append("\(locale.skipped) with a warning") }
            if !left.isEmpty { line += "; left out: " + left.joined(separator: ", ") }
            return line
        }
        lines += result.addedLocales.map { "added locale \($0) to the spec's locales" }
        lines.append("\(result.changedNothing ? "unchanged" : "updated") \(spec)")
        Terminal.out(lines.joined(separator: "\n"))
    }
}
