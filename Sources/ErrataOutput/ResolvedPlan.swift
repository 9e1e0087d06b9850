/// A path as reported (`display`, normalized as given) and as used (`absolute`).
struct ResolvedPath: Hashable, Comparable {
    var display: String
    var absolute: String

    init(display: String, absolute: String) {
        self.display = display
        self.absolute = absolute
    }

    /// Normalizes a plan path; `nil` when it is empty.
    init?(_ raw: String) {
        guard let normalized = PathName.normalize(raw) else { return nil }
        self.init(display: normalized, absolute: PathName.absolute(normalized))
    }

    static func < (lhs: ResolvedPath, rhs: ResolvedPath) -> Bool { lhs.display < rhs.display }

    var parent: ResolvedPath {
        ResolvedPath(display: PathName.parent(of: display), absolute: PathName.parent(of: absolute))
    }

    func appending(_ name: String) -> ResolvedPath {
        ResolvedPath(display: PathName.join(display, name), absolute: PathName.join(absolute, name))
    }

    /// Every proper ancestor from `/` down to the parent. Ancestors above what `display` names
    /// (e.g. above the working directory) are displayed by their absolute path.
    var ancestors: [ResolvedPath] {
        var displays: [String] = []
        var current = display
        while true {
            let up = PathName.parent(of: current)
            if up == current || up == "." || PathName.lastComponent(of: current) == ".." { break }
            displays.append(up)
            current = up
        }
        let absolutes = PathName.ancestors(of: absolute).reversed()
        return zip(absolutes, displays + Array(repeating: "", count: absolutes.count))
            .map { ResolvedPath(display: $1.isEmpty ? $0 : $1, absolute: $0) }
            .reversed()
    }
}

/// A validated plan: normalized paths, sorted, without duplicates or file/folder conflicts.
struct ResolvedPlan {
    struct File {
        var path: ResolvedPath
        var contents: [UInt8]
    }

    var files: [File]
    var ownedDirectories: [ResolvedPath]
    var fileSet: Set<String>

    init(_ plan: OutputPlan) throws {
        var files: [File] = []
        var byAbsolute: [String: String] = [:]
        for file in plan.files {
            guard let path = ResolvedPath(file.path), path.absolute != "/", path.display != "." else {
                throw OutputError(path: file.path, reason: .invalidPath)
            }
            if byAbsolute[path.absolute] != nil { throw OutputError(path: path.display, reason: .listedTwice) }
            byAbsolute[path.absolute] = path.display
            files.append(File(path: path, contents: file.contents))
        }
        var owned: [ResolvedPath] = []
        for raw in plan.ownedDirectories {
            guard let path = ResolvedPath(raw), path.absolute != "/" else {
                throw OutputError(path: raw, reason: .invalidPath)
            }
            if let file = byAbsolute[path.absolute] { throw OutputError(path: file, reason: .conflictsWith(path.display)) }
            if !owned.contains(where: { $0.absolute == path.absolute }) { owned.append(path) }
        }
        for path in files.map(\.path) + owned {
            for ancestor in PathName.ancestors(of: path.absolute) {
                if let file = byAbsolute[ancestor] { throw OutputError(path: file, reason: .conflictsWith(path.display)) }
            }
        }
        self.files = files.sorted { $0.path < $1.path }
        self.ownedDirectories = owned.sorted()
        self.fileSet = Set(byAbsolute.keys)
    }

    /// The owned folder a path lies strictly inside (the innermost one), if any.
    func ownedDirectory(containing absolute: String) -> ResolvedPath? {
        ownedDirectories
            .filter { PathName.isStrictlyInside(absolute, $0.absolute) }
            .max { $0.absolute.count < $1.absolute.count }
    }
}
