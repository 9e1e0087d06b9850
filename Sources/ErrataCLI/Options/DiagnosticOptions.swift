import ArgumentParser
import ErrataSync
import ErrataModel

/// Warnings: how they are printed, and whether they fail the command.
struct DiagnosticOptions: ParsableArguments {
    @Flag(help: "Treat warnings as errors: report them and exit 2, writing nothing.")
    var strict = false

    /// Nil unless given: `check --report-format github` then prints warnings as annotations too.
    @Option(
        name: .customLong("diagnostics"),
        help: ArgumentHelp("How warnings and notes are printed on standard error (default: text).", valueName: "format"))
    var format: DiagnosticFormat?

    /// Whether either option was given.
    var isGiven: Bool { strict || format != nil }

    /// Prints `items` in the chosen format; with `--strict`, throws when any is a warning.
    func report(_ items: [Diagnostic]) throws {
        Terminal.report(items, format: format ?? .text)
        if strict, items.contains(where: { $0.severity == .warning }) {
            throw Diagnostic.error("warnings are errors with --strict; nothing was written")
        }
    }
}
