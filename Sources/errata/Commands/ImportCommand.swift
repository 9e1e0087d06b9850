import ArgumentParser
import Errata
import ErrataModel

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Create or update a spec from a documentation page.",
        discussion: """
            Reads the page's error table (any format `dump` reads) and writes the spec. An existing \
            spec is updated: codes, modules, messages, descriptions, solutions, statuses and notes \
            come from the page; the service name, source URL, swiftName, deprecated, retryable and \
            remarks are kept. The error body format is inferred from the page's sample response (a \
            JSON or XML code block holding one of its codes) and reported; a spec's hand-edited \
            errorBody is kept. Prints the codes added, removed and changed. \
            The spec is written atomically, and not at all when nothing changed.
            """
    )

    @Argument(help: ArgumentHelp("The documentation page: a file, or an http/https URL (default: the source the existing spec names).", valueName: "input"))
    var input: String?

    @Option(help: ArgumentHelp("The spec to create or update.", valueName: "file"))
    var spec: String

    @OptionGroup var read: ReadOptions
    @OptionGroup var fetch: FetchOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let input = try self.input ?? UpstreamCheckJob.source(of: spec)
        let result = try ImportJob.run(
            input: input, spec: spec, options: read.documentOptions, fetch: fetch.fetchOptions, review: diagnostics.report)
        let diff = result.diff
        var lines = diff.added.compactMap(\.code).map { "added: \($0)" } + diff.removed.compactMap(\.code).map { "removed: \($0)" }
        lines += diff.changedCodes.map { "changed: \($0) (\(diff.changedFields(of: $0).joined(separator: ", ")))" }
        if !diff.notes.isEmpty { lines.append("notes: \(diff.notes.count) changed") }
        let verb = result.created ? "created" : (result.write.changedNothing ? "unchanged" : "updated")
        lines.append("\(verb) \(spec): \(diff.added.count) added, \(diff.removed.count) removed, \(diff.changedCodes.count) changed")
        Terminal.out(lines.joined(separator: "\n"))
    }
}
