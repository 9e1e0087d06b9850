import ArgumentParser
import ErrataGenerator
import ErrataSync
import Foundation

@main
struct ErrataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "errata",
        abstract: "Turns a vendor's error-code documentation into Swift code, Markdown docs and JSON fixtures, and keeps them in sync.",
        discussion: """
            Exit status: 0 success (and "in sync"), 1 drift found, 2 bad input or any other error.
            """,
        version: ErrataVersion.current,
        subcommands: [GenerateCommand.self, CheckCommand.self, DiffCommand.self, DumpCommand.self, ImportCommand.self, StringsCommand.self]
    )

    /// Runs the command. Exit status: 0 success, 1 drift (the commands throw `ExitCode(1)`),
    /// 2 for everything else that goes wrong: bad input, bad usage, I/O errors.
    static func main() {
        do {
            var command = try parse(UpstreamArgument.withImplicitValue(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch {
            if error is ExitCode || exitCode(for: error) == .success {
                exit(withError: error)  // --help, --version, and the drift status
            }
            // A usage error: the parser's message (without its "Error: "), the usage line, and
            // which help to see.
            let message = fullMessage(for: error)
            Terminal.error(ErrorText.describe(error) ?? "error: " + (message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message))
            Foundation.exit(2)
        }
    }

    /// The command the arguments name. The parser checks the options' combinations (each
    /// `validate()`) before it looks for arguments it did not use, so a misspelled option would be
    /// reported as a missing one (`--ouput` as "--spec needs --output"): when parsing fails, the
    /// arguments are parsed again without those checks, and a problem found then (an unknown
    /// option, with its "did you mean") is the one reported.
    static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        do {
            return try parseAsRoot(arguments)
        } catch {
            try OptionChecks.$deferred.withValue(true) { _ = try parseAsRoot(arguments) }
            throw error
        }
    }
}

/// Whether the commands' `validate()` checks run (see `ErrataCommand.parse`).
enum OptionChecks {
    @TaskLocal static var deferred = false
}
