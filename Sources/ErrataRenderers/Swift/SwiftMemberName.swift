import ErrataModel

/// The Swift names the Swift renderer gives codes and modules, for tools that compare catalogs
/// (`errata diff` reports a changed member name as breaking).
public enum SwiftMemberName {
    /// The static member name of `entry`'s code: its `swiftName` override, or the name derived
    /// from the code (docs: `SwiftIdentifier`). Nil when the code has no letter or digit and no override.
    public static func of(_ entry: Entry) -> String? {
        entry.swiftName ?? SwiftIdentifier.derive(from: entry.code)
    }

    /// The case name of `module`: its `swiftName` override, or the name derived from its name.
    public static func of(_ module: Module) -> String? {
        module.swiftName ?? SwiftIdentifier.derive(from: module.name)
    }
}
