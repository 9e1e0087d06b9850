import Foundation
import PackagePlugin

/// Build-tool plugin of the Swift renderer: embeds the source files of the `ErrataRuntime` target
/// into the renderer at build time (`errata-embed-runtime`), for the embedded runtime mode. The
/// files are the command's inputs, so a change to the runtime re-embeds it.
@main
struct ErrataRuntimeSource: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        guard let runtime = try context.package.targets(named: ["ErrataRuntime"]).first as? any SourceModuleTarget else {
            return []
        }
        let files = runtime.sourceFiles(withSuffix: "swift").map(\.url).sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRuntimeFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding the ErrataRuntime sources",
                executable: try context.tool(named: "errata-embed-runtime").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]),
        ]
    }
}
