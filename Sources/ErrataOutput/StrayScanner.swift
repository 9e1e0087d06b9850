/// Finds files on disk that a plan does not list: orphans in owned folders (recursively, never
/// through a symbolic link) and leftover temporary files next to listed files elsewhere.
enum StrayScanner {
    /// Names inside owned folders that are neither reported nor removed.
    static let ignoredNames: Set<String> = [".DS_Store"]

    struct Stray: Comparable {
        var path: ResolvedPath
        /// The owned folder it was found in; `nil` for a temporary file outside owned folders.
        var ownedRoot: ResolvedPath?

        static func < (lhs: Stray, rhs: Stray) -> Bool { lhs.path < rhs.path }
    }

    /// Every stray, sorted by path. Throws when an owned folder is a symbolic link or not a folder.
    static func strays(in plan: ResolvedPlan) throws -> [Stray] {
        var found: [String: Stray] = [:]
        for root in plan.ownedDirectories {
            switch try FileSystem.kind(of: root.absolute, display: root.display) {
            case .missing: continue
            case .directory: break
            case .symbolicLink: throw OutputError(path: root.display, reason: .symbolicLink)
            case .regular, .other: throw OutputError(path: root.display, reason: .notADirectory)
            }
            try walk(root, root: root, plan: plan, into: &found)
        }
        var listings: [String: [String]] = [:]
        for file in plan.files where plan.ownedDirectory(containing: file.path.absolute) == nil {
            let folder = file.path.parent
            if listings[folder.absolute] == nil {
                let isFolder = try FileSystem.kind(of: folder.absolute, display: folder.display) == .directory
                listings[folder.absolute] = isFolder ? try FileSystem.entries(of: folder.absolute, display: folder.display) : []
            }
            let prefix = TemporaryFileName.prefix(for: PathName.lastComponent(of: file.path.absolute))
            for name in listings[folder.absolute]! where name.hasPrefix(prefix) && TemporaryFileName.isTemporary(name) {
                let path = folder.appending(name)
                if found[path.absolute] == nil && !plan.fileSet.contains(path.absolute) {
                    found[path.absolute] = Stray(path: path, ownedRoot: nil)
                }
            }
        }
        return found.values.sorted()
    }

    private static func walk(
        _ folder: ResolvedPath, root: ResolvedPath, plan: ResolvedPlan, into found: inout [String: Stray]
    ) throws {
        for name in try FileSystem.entries(of: folder.absolute, display: folder.display) {
            let path = folder.appending(name)
            if try FileSystem.kind(of: path.absolute, display: path.display) == .directory {
                try walk(path, root: root, plan: plan, into: &found)
            } else if !ignoredNames.contains(name) && !plan.fileSet.contains(path.absolute) && found[path.absolute] == nil {
                found[path.absolute] = Stray(path: path, ownedRoot: root)
            }
        }
    }
}
