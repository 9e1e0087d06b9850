import Foundation
import PackagePlugin

/// Command plugin, verb `errata`: runs the `errata` tool with the package directory as working
/// directory, so its output is byte-identical to `swift run errata`.
///
/// A package with an `errata.yml` at its root (generated code committed):
///
///     swift package --allow-writing-to-package-directory errata generate
///     swift package errata check
///
/// For `generate` and `check`, `--config <package>/errata.yml` is inserted after the subcommand
/// unless the user gives `--config` or `--spec`; all other arguments are passed through unchanged.
///
/// A package without one, whose targets hold `*.errata.yaml` specs for the build-tool plugin:
/// `generate`, `check`, `diff` and `import` run once per spec (`--target NAME`, repeatable, picks
/// targets), each report under a `== <spec>` line:
///
///     swift package errata check --upstream          # each spec against the page its source names
///     swift package errata diff --report-format json # the same, as diff's report
///     swift package --allow-writing-to-package-directory errata import     # update each spec from its page
///     swift package --allow-writing-to-package-directory errata generate   # Errata/<spec>/Docs and Fixtures
///     swift package errata check                     # those docs and fixtures are up to date
///
/// The Swift library itself is generated at build time by the build-tool plugin, so `generate`
/// here writes only the Markdown docs and JSON fixtures. A non-zero exit status of the tool fails
/// the plugin (the highest status of all specs).
@main
struct ErrataCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let errata = try context.tool(named: "errata").url
        let packageDirectory = context.package.directoryURL
        var (targets, rest) = Self.targetArguments(arguments)
        let configured = FileManager.default.fileExists(atPath: packageDirectory.appending(path: "errata.yml").path)
        guard let command = rest.first, Self.perSpecCommands.contains(command), !configured, !Self.namesCatalog(rest) else {
            if !targets.isEmpty {
                throw PluginError("--target picks targets whose *.errata.yaml specs to work on; this package has an errata.yml (or the command names its spec): drop --target")
            }
            try Self.run(errata, Self.toolArguments(rest, packageDirectory: packageDirectory), in: packageDirectory)
            return
        }
        rest.removeFirst()
        let specs = try Self.specs(in: context.package, targets: targets)
        var worst: Int32 = 0
        for spec in specs {
            print("== \(spec)")
            let status = try Self.run(errata, Self.perSpecArguments(command, spec: spec, rest: rest), in: packageDirectory, failing: false)
            worst = max(worst, status)
        }
        if worst != 0 {
            Diagnostics.error("errata \(command) failed for at least one spec (exit status \(worst))")
            exit(worst)
        }
    }

    static let perSpecCommands: Set<String> = ["generate", "check", "diff", "import"]

    /// `--target NAME` / `--target=NAME` (repeatable) taken out of the arguments.
    static func targetArguments(_ arguments: [String]) -> (targets: [String], rest: [String]) {
        var targets: [String] = []
        var rest: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--target", index + 1 < arguments.count {
                targets.append(arguments[index + 1])
                index += 2
                continue
            }
            if argument.hasPrefix("--target=") {
                targets.append(String(argument.dropFirst("--target=".count)))
            } else {
                rest.append(argument)
            }
            index += 1
        }
        return (targets, rest)
    }

    /// The options of the errata tool that take a value (`--report-format json`, `--column
    /// HttpCode=status`): the word after one is its value, not a spec or page. `--upstream` takes
    /// one only when a word that is no option follows it. `CommandPluginArgumentTests` checks this
    /// list against the tool's own options.
    static let optionsWithValues: Set<String> = [
        "--access-level", "--allow-warning", "--column", "--config", "--diagnostics", "--errors", "--fail-on", "--format", "--locale",
        "--output", "--page-format", "--report-format", "--runtime", "--service", "--source", "--spec", "--style", "--swift-output",
        "--table", "--table-header", "--timeout", "--type-prefix", "--upstream",
    ]

    /// The words of `arguments` (after the subcommand) that are neither options nor their values.
    static func positionalArguments(_ arguments: [String]) -> [String] {
        var positional: [String] = []
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                positional += arguments[index...]
                break
            }
            guard argument.hasPrefix("-") else {
                positional.append(argument)
                continue
            }
            if optionsWithValues.contains(argument), index < arguments.count, !arguments[index].hasPrefix("-") {
                index += 1
            }
        }
        return positional
    }

    /// The command names its catalog itself (`--config`, `--spec`, or a spec or page argument to
    /// diff/import): passed through as it is.
    static func namesCatalog(_ arguments: [String]) -> Bool {
        if arguments.contains(where: { argument in
            ["--config", "--spec"].contains { argument == $0 || argument.hasPrefix($0 + "=") }
        }) { return true }
        guard let command = arguments.first, command == "diff" || command == "import" else { return false }
        return !positionalArguments(arguments).isEmpty
    }

    /// The specs of the package's source targets (all, or those named), relative to the package, sorted.
    static func specs(in package: Package, targets names: [String]) throws -> [String] {
        let modules = package.targets.compactMap { $0 as? any SourceModuleTarget }
        let unknown = names.filter { name in !modules.contains { $0.name == name } }
        if !unknown.isEmpty {
            throw PluginError("no source target named \(unknown.joined(separator: ", ")); targets: \(modules.map(\.name).sorted().joined(separator: ", "))")
        }
        let root = package.directoryURL.standardizedFileURL.path
        let specs = try modules.filter { names.isEmpty || names.contains($0.name) }
            .flatMap { try SpecFiles.specs(of: $0).map { try SpecFiles.relativePath(of: $0, in: root) } }
            .sorted()
        if specs.isEmpty {
            throw PluginError("no errata.yml at the package's root and no *.errata.yaml spec in \(names.isEmpty ? "its targets" : names.joined(separator: ", ")): add a spec to a target (see README.md, \"Use as a build step\") or an errata.yml")
        }
        return specs
    }

    /// One spec's command line: docs and fixtures go to `Errata/<spec name>/`.
    static func perSpecArguments(_ command: String, spec: String, rest: [String]) -> [String] {
        let name = SpecFiles.stem(ofPath: spec)
        switch command {
        case "generate":
            return ["generate", "--spec", spec, "--output", "Errata/\(name)", "--no-swift"] + rest
        case "check" where rest.contains(where: { $0 == "--upstream" || $0.hasPrefix("--upstream=") }):
            return ["check", "--spec", spec] + rest
        case "check":
            return ["check", "--spec", spec, "--output", "Errata/\(name)", "--no-swift"] + rest
        case "diff":
            return ["diff", spec] + rest
        default:
            return ["import", "--spec", spec] + rest
        }
    }

    /// `generate …` → `generate --config <package>/errata.yml …`; anything else unchanged.
    static func toolArguments(_ arguments: [String], packageDirectory: URL) -> [String] {
        guard let command = arguments.first, ["generate", "check"].contains(command), !namesCatalog(arguments)
        else { return arguments }
        let config = packageDirectory.appending(path: "errata.yml").path
        return [command, "--config", config] + arguments.dropFirst()
    }

    /// Runs the tool; its exit status (a failure ends the plugin unless `failing` is false).
    ///
    /// The tool gets `ERRATA_COMMAND_PLUGIN=1` (ErrataModel's `CommandHint.pluginMarker`): its hints
    /// then name `swift package errata …`, the command the user ran, instead of `errata …`.
    @discardableResult
    static func run(_ tool: URL, _ arguments: [String], in directory: URL, failing: Bool = true) throws -> Int32 {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(["ERRATA_COMMAND_PLUGIN": "1"]) { $1 }
        try process.run()
        process.waitUntilExit()
        let status = process.terminationReason == .exit ? process.terminationStatus : 2
        if failing, status != 0 {
            Diagnostics.error("errata \(arguments.first ?? "") failed (exit status \(status))")
            exit(status)
        }
        return status
    }
}
