import Foundation

/// An errata command as a hint names it ("run `errata generate`"): the way the user runs errata.
///
/// The command plugin runs the tool with `ERRATA_COMMAND_PLUGIN=1` in its environment (the one
/// marker, set in Plugins/ErrataCommand/ErrataCommand.swift); then a hint names the plugin's
/// command line, `swift package --allow-writing-to-package-directory errata generate`, which does
/// the same in that package, and not a `swift run errata …` the package may not have.
public enum CommandHint {
    /// The environment variable the command plugin sets for the tool it runs.
    public static let pluginMarker = "ERRATA_COMMAND_PLUGIN"

    /// Whether this process runs under the command plugin.
    public static var runsUnderCommandPlugin: Bool {
        ProcessInfo.processInfo.environment[pluginMarker] == "1"
    }

    /// `errata <arguments>` as the user runs it: `errata generate`, or under the command plugin
    /// `swift package errata check` (and, for a command that writes files, with the permission
    /// SwiftPM asks for).
    public static func errata(_ arguments: String, writes: Bool) -> String {
        guard runsUnderCommandPlugin else { return "errata " + arguments }
        return (writes ? "swift package --allow-writing-to-package-directory errata " : "swift package errata ") + arguments
    }
}
