import ArgumentParser
import Errata
import ErrataModel

/// How warnings and notes are printed on standard error.
enum DiagnosticFormat: String, CaseIterable, ExpressibleByArgument {
    /// `path:line:col: warning: message`
    case text
    /// GitHub Actions workflow commands: `::warning file=…,line=…::message`
    case github
}

/// Warnings: how they are printed, and whether they fail the command.
struct DiagnosticOptions: ParsableArguments {
    @Flag(help: "Treat warnings as errors: report them and exit 2, writing nothing.")
    var strict = false

    @Option(
        name: .customLong("diagnostics"),
        help: ArgumentHelp("How warnings and notes are printed on standard error: text (path:line:col: warning: …) or github (::warning file=…,line=…::…).", valueName: "format"))
    var format: DiagnosticFormat = .text

    /// Prints `items` in the chosen format; with `--strict`, throws when any is a warning.
    func report(_ items: [Diagnostic]) throws {
        Terminal.report(items, format: format)
        if strict, items.contains(where: { $0.severity == .warning }) {
            throw Diagnostic.error("warnings are errors with --strict; nothing was written")
        }
    }
}
