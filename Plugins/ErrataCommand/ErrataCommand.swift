import Foundation
import PackagePlugin

/// Command plugin, verb `errata`: runs the `errata` tool on the package's `errata.yml` with the
/// package directory as working directory, so its output is byte-identical to `swift run errata`.
///
///     swift package --allow-writing-to-package-directory errata generate
///     swift package errata check
///
/// For `generate` and `check`, `--config <package>/errata.yml` is inserted after the subcommand
/// unless the user gives `--config` or `--spec` (which works without one); all other arguments
/// are passed through unchanged.
/// A non-zero exit status of the tool fails the plugin.
@main
struct ErrataCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let errata = try context.tool(named: "errata")
        let packageDirectory = context.package.directoryURL
        let process = Process()
        process.executableURL = errata.url
        process.arguments = Self.toolArguments(arguments, packageDirectory: packageDirectory)
        process.currentDirectoryURL = packageDirectory
        try process.run()
        process.waitUntilExit()
        let status = process.terminationStatus
        guard process.terminationReason == .exit, status == 0 else {
            Diagnostics.error("errata \(arguments.first ?? "") failed (exit status \(status))")
            exit(status == 0 ? 2 : status)
        }
    }

    /// `generate …` → `generate --config <package>/errata.yml …`; anything else unchanged.
    static func toolArguments(_ arguments: [String], packageDirectory: URL) -> [String] {
        guard let command = arguments.first, ["generate", "check"].contains(command),
            !arguments.contains(where: { argument in
                ["--config", "--spec"].contains { argument == $0 || argument.hasPrefix($0 + "=") }
            })
        else { return arguments }
        let config = packageDirectory.appending(path: "errata.yml").path
        return [command, "--config", config] + arguments.dropFirst()
    }
}
