import Foundation
import PackagePlugin

/// Build-tool plugin: generates the Swift error library of every `*.errata.yaml` spec in a target
/// into the plugin work directory, at build time, with `errata-build` (which links no libxml2 and
/// prints nothing on success). Nothing generated is committed. The spec is passed relative to the
/// package, so the generated files name it that way and do not depend on the checkout's folder.
///
/// Each spec becomes one build command whose inputs are the spec and the target's `errata.yml`
/// (when present) and whose outputs are the exact files the Swift renderer writes, so the build
/// system runs the tool only when one of them changed or an output is missing.
/// Settings: see `PluginSettings` and README.md, "Use as a build step". With the default runtime
/// setting, `shared`, the generated code imports `ErrataRuntime`: the target depends on that product.
@main
struct ErrataPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        guard let module = target as? any SourceModuleTarget else { return [] }
        let specs = SpecFiles.specs(of: module)
        if specs.isEmpty { return [] }

        let settingsURL = module.directoryURL.appending(path: PluginSettings.fileName)
        let settings = try PluginSettings.read(settingsURL)
        if settings.typePrefix != nil, specs.count > 1 {
            throw PluginError("\(settingsURL.path): typePrefix applies to one spec, but target \(target.name) holds \(specs.count); remove it and each spec's types are named after its file")
        }
        let tool = try context.tool(named: "errata-build")
        let packageRoot = context.package.directoryURL.standardizedFileURL.path

        return try specs.map { spec in
            let prefix = settings.typePrefix ?? SpecFiles.typePrefix(for: spec)
            let outputDirectory = context.pluginWorkDirectoryURL.appending(path: SpecFiles.stem(of: spec))
            let relative = try SpecFiles.relativePath(of: spec, in: packageRoot)
            return .buildCommand(
                displayName: "Generating \(prefix) error types from \(spec.lastPathComponent)",
                executable: tool.url,
                arguments: [
                    "--package-root", packageRoot, "--spec", relative, "--output", outputDirectory.path,
                    "--type-prefix", prefix, "--access-level", settings.accessLevel, "--style", settings.style,
                    "--runtime", settings.runtime,
                ] + (settings.fixtures ? ["--fixtures"] : []),
                inputFiles: [spec] + (settings.exists ? [settingsURL] : []),
                outputFiles: SpecFiles.swiftFileNames(
                    typePrefix: prefix, fixtures: settings.fixtures, embeddedRuntime: settings.runtime == "embedded"
                ).map { outputDirectory.appending(path: $0) })
        }
    }
}
