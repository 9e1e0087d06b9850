import ArgumentParser
import ErrataSync
import ErrataModel

/// Warnings: how they are printed, and whether they fail the command.
struct DiagnosticOptions: ParsableArguments {
    @Flag(help: "Treat warnings as errors, but those --allow-warning names: report them and exit 2, writing nothing.")
    var strict = false

    @Option(
        name: .customLong("allow-warning"),
        help: ArgumentHelp(
            "With --strict, accept the warning of this name (printed in brackets after it; repeatable; docs/diagnostics.md).",
            valueName: "name"))
    var allowedWarnings: [String] = []

    /// Nil unless given: `check --report-format github` then prints warnings as annotations too.
    @Option(
        name: .customLong("diagnostics"),
        help: ArgumentHelp("How warnings and notes are printed on standard error (default: text).", valueName: "format"))
    var format: DiagnosticFormat?

    /// Whether any option was given.
    var isGiven: Bool { strict || format != nil || !allowedWarnings.isEmpty }

    func validate() throws {
        for text in allowedWarnings {
            do {
                _ = try Diagnostic.Name(naming: text)
            } catch let problem as Diagnostic {
                throw ValidationError("--allow-warning: " + problem.message)
            }
        }
        if !allowedWarnings.isEmpty, !strict {
            throw ValidationError("--allow-warning names the warnings --strict accepts; without --strict no warning fails the command: add --strict, or drop --allow-warning")
        }
    }

    /// Prints `items` in the chosen format; with `--strict`, throws when any is a warning
    /// `--allow-warning` does not accept.
    func report(_ items: [Diagnostic]) throws {
        try report(items, allowing: [])
    }

    /// `report(_:)`, also accepting the warnings `allowing` names (`allowWarnings` in `errata.yml`).
    func report(_ items: [Diagnostic], allowing: [Diagnostic.Name]) throws {
        Terminal.report(items, format: format ?? .text)
        guard strict else { return }
        let allowed = Set(allowing + allowedWarnings.compactMap(Diagnostic.Name.init(rawValue:)))
        let refused = items.filter { $0.severity == .warning && !($0.name.map(allowed.contains) ?? false) }
        if !refused.isEmpty {
            let names = Set(refused.compactMap(\.name?.rawValue)).sorted().joined(separator: ", ")
            throw Diagnostic.error(
                "warnings are errors with --strict (\(names)); nothing was written — settle them, or accept them by name with --allow-warning NAME or allowWarnings in errata.yml")
        }
    }
}
