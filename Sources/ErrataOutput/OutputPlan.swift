/// Everything the output stage should make true on disk.
///
/// Every file in ``ownedDirectories`` (recursively) is either listed in ``files`` or an orphan:
/// ``OutputWriter`` removes orphans and ``DriftChecker`` reports them. Files outside owned folders
/// are allowed; nothing outside an owned folder is ever removed, except leftover temporary files
/// named after a listed file (`.<name>.errata-tmp-<hex>`).
///
/// Paths may be absolute or relative to the working directory; they are normalized lexically
/// (`a//b/./c` becomes `a/b/c`) and reports use the normalized form.
/// Files named `.DS_Store` inside owned folders are ignored: never reported, never removed.
public struct OutputPlan: Hashable, Sendable {
    /// The files to write or check, with their exact bytes.
    public var files: [OutputFile]
    /// Folders Errata owns: every file in them is either one it generates or an orphan.
    public var ownedDirectories: [String]

    public init(files: [OutputFile], ownedDirectories: [String] = []) {
        self.files = files
        self.ownedDirectories = ownedDirectories
    }
}
