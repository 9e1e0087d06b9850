import ErrataModel
import Foundation

/// A spec the build-tool plugin is to build must share its target folder with a Swift file.
///
/// SwiftPM drops a target whose folder holds no Swift source: it warns "Source files for target …
/// should be located under …", the plugin never runs for it (it cannot report anything), and a
/// target depending on it fails with "no such module". So `errata import`, which writes the spec,
/// says so, naming the file to add.
public enum PluginTargetCheck {
    /// A warning when `spec` is a build-tool plugin spec (`*.errata.yaml`) whose folder holds no
    /// `.swift` file; nil otherwise.
    public static func warning(forSpec spec: String) -> Diagnostic? {
        guard spec.hasSuffix(".errata.yaml") else { return nil }
        let folder = URL(fileURLWithPath: spec).deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        if names.contains(where: { $0.hasSuffix(".swift") }) { return nil }
        let target = folder.lastPathComponent
        let folderPath = (spec as NSString).deletingLastPathComponent
        let file = (folderPath.isEmpty ? "" : folderPath + "/") + "\(target).swift"
        return .warning(
            .noSwiftFile, "the folder holds no .swift file, so SwiftPM skips target \(target) and the build-tool plugin does not run "
                + "for it: add \(file) (it may be empty, or hold your own code) before `swift build`",
            at: SourceLocation(path: spec))
    }
}
