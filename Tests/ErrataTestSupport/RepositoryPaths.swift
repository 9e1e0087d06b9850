import Foundation

/// Folders of the repository checkout the tests run in, found from this file's own path
/// (`Tests/ErrataTestSupport/RepositoryPaths.swift`), so tests need no working directory.
public enum RepositoryPaths {
    /// The repository root (the folder holding `Package.swift`).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures`: every test input and golden file.
    public static let fixtures = root.appendingPathComponent("Tests/Fixtures")

    /// `../shared`: the real pages (`corpus/`) and the seed (`seed/`), next to the checkout.
    public static let shared = root.appendingPathComponent("../shared").standardizedFileURL

    /// A path inside the repository.
    public static func path(_ relative: String) -> URL {
        root.appendingPathComponent(relative)
    }
}
