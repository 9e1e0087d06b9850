import ArgumentParser
import Errata
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
        subcommands: [GenerateCommand.self, CheckCommand.self, DumpCommand.self]
    )

    /// Runs the command; diagnostics and usage errors exit with status 2, drift with 1.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if let text = ErrorText.describe(error) {
                Terminal.error(text)
                Foundation.exit(2)
            }
            if exitCode(for: error) == .validationFailure {
                Terminal.error(fullMessage(for: error))
                Terminal.error("Usage: \(usageString(for: error))")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    private static func usageString(for error: any Error) -> String {
        message(for: error).isEmpty ? helpMessage() : "errata --help"
    }
}
