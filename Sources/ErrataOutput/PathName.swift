#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lexical path arithmetic on `/`-separated strings (no file-system access except `getcwd`).
enum PathName {
    /// Collapses `//` and `.` components, resolves `..` where a previous component exists, and
    /// drops a trailing `/`. Relative paths stay relative; returns `nil` for an empty path.
    static func normalize(_ path: String) -> String? {
        guard !path.isEmpty else { return nil }
        let isAbsolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                    continue
                }
                if isAbsolute { continue }
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        if isAbsolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// The normalized absolute form of a normalized path, relative ones resolved against the
    /// working directory.
    static func absolute(_ normalized: String) -> String {
        if normalized.hasPrefix("/") { return normalized }
        return normalize(currentDirectory() + "/" + normalized) ?? normalized
    }

    static func currentDirectory() -> String {
        guard let pointer = getcwd(nil, 0) else { return "." }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// `a/b/c` → `a/b`, `/a` → `/`, `a` → `.`, `/` → `/`.
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    static func join(_ directory: String, _ name: String) -> String {
        if directory == "." { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// True when `path` lies strictly inside `directory` (both absolute and normalized).
    static func isStrictlyInside(_ path: String, _ directory: String) -> Bool {
        if directory == "/" { return path != "/" }
        return path.hasPrefix(directory + "/")
    }

    /// Every proper ancestor of an absolute normalized path, from `/` down to its parent.
    static func ancestors(of path: String) -> [String] {
        var result: [String] = []
        var current = parent(of: path)
        while true {
            result.append(current)
            if current == "/" { break }
            current = parent(of: current)
        }
        return result.reversed()
    }
}
