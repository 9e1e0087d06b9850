import ErrataGenerator
import ErrataModel
import Foundation

/// The build-tool plugin's tool: one spec to its Swift library, written only where it changed.
///
///     errata-build --package-root DIR --spec RELATIVE --output DIR --type-prefix P
///                  [--access-level public|package|internal] [--style struct|enum] [--fixtures]
///
/// The spec is read at `--package-root`/`RELATIVE` and named by `RELATIVE` in the generated files'
/// headers, so the output does not depend on where the package is checked out. Prints nothing on
/// success; warnings and errors go to standard error as `path:line:col: warning: …`. Exit status:
/// 0 generated, 2 bad input or usage (nothing written).
@main
enum ErrataBuildTool {
    static func main() {
        do {
            let arguments = try BuildArguments(Array(CommandLine.arguments.dropFirst()))
            let result = try GenerateJob.run(arguments.config)
            report(result.warnings)
        } catch let error as BuildArguments.UsageError {
            printError("errata-build: error: \(error.message)\n\(BuildArguments.usage)")
            exit(2)
        } catch let error as Diagnostics {
            report(error.items)
            exit(2)
        } catch let error as Diagnostic {
            report([error])
            exit(2)
        } catch {
            printError("errata-build: error: \(error)")
            exit(2)
        }
    }

    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { printError(diagnostic.description) }
    }

    static func printError(_ text: String) {
        var line = text
        if !line.hasSuffix("\n") { line += "\n" }
        FileHandle.standardError.write(Data(line.utf8))
    }
}
